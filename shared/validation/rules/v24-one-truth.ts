/**
 * V24: one value per (measure, period, scope). Conflicts are looked for in three places: within
 * one cell, between goal indicators with the same wording and source (across programmes), and
 * between a nulmeting and the figures the uitwerking's problem text quotes for the same year.
 * Different years are a series, not a conflict.
 */
import { splitClauses } from '../../indicator/clauses.ts';
import type { Measure } from '../../indicator/types.ts';
import { fold, overlapScore, titleKey } from '../../indicator/words.ts';
import type { GoalIndicator, Programme } from '../../model/types.ts';
import { finding } from '../finding.ts';
import { frameworkOf } from '../framework.ts';
import type { Finding, ProgrammeRule, RuleEnv } from '../types.ts';
import { num, quote } from './helpers.ts';

const scopeKey = (m: Measure) => m.scope ?? 'gemeente';
const periodKey = (m: Measure) => m.period?.text.trim().toLowerCase() ?? '';

function withinCell(ind: GoalIndicator, env: RuleEnv): Finding[] {
  const ms = env.indicator(ind).baseline.measures.filter((m) => m.role !== 'reference' && m.period !== null && m.label !== null);
  const seen = new Map<string, Measure>();
  const out: Finding[] = [];
  for (const m of ms) {
    const key = `${fold(m.label ?? '')}|${scopeKey(m)}|${periodKey(m)}|${m.subgroup ?? ''}|${m.unit ?? ''}`;
    const other = seen.get(key);
    if (other && other.value !== m.value) {
      out.push(finding('V24', 'warning', 'goalIndicator', ind.id, 'baseline', `De nulmeting noemt voor dezelfde grootheid en periode twee waarden (${num(other.value, other.unit)} en ${num(m.value, m.unit)}). Houd één waarde aan en zet eventuele andere bronnen in een meetreeks.`));
    }
    seen.set(key, m);
  }
  return out;
}

function acrossIndicators(env: RuleEnv): Finding[] {
  const out: Finding[] = [];
  const others = frameworkOf(env.programme, env.context.otherProgrammes).slice(1);
  const entries: { programme: Programme; ind: GoalIndicator }[] = [env.programme, ...others].flatMap((programme) =>
    programme.goals.flatMap((g) => g.indicators.map((ind) => ({ programme, ind }))),
  );
  // Group by wording and source first; only indicators that share both need their cells read.
  const byName = new Map<string, typeof entries>();
  for (const e of entries) {
    const key = `${titleKey(e.ind.indicator)}|${titleKey(e.ind.source)}`;
    byName.set(key, [...(byName.get(key) ?? []), e]);
  }
  for (const group of byName.values()) {
    if (group.length < 2 || !group.some((e) => e.programme === env.programme)) continue;
    const read = group.flatMap(({ programme, ind }) => {
      const baseline = env.memo.cell(ind.baseline, 'baseline', null);
      const primary = baseline.measures.find((m) => m.role === 'primary') ?? null;
      const year = primary?.period?.year ?? ind.baselineYear;
      if (!primary || year === null || primary.subgroup !== null) return [];
      return [{ programme, ind, value: primary.value, year, key: `${year}|${scopeKey(primary)}|${primary.unit ?? ''}` }];
    });
    for (const item of read) {
      if (item.programme !== env.programme) continue;
      const clash = read.find((o) => o !== item && o.key === item.key && o.value !== item.value);
      if (!clash) continue;
      const where = clash.programme === env.programme ? 'elders in dit programma' : `in ${clash.programme.name}`;
      out.push(finding('V24', 'warning', 'goalIndicator', item.ind.id, 'baseline', `Dezelfde indicator heeft ${where} voor ${item.year} een andere nulmeting (${num(clash.value)} tegenover ${num(item.value)}). Kies één bron van waarheid voor deze meting en verwijs ernaar.`));
    }
  }
  return out;
}

function againstNarrative(env: RuleEnv): Finding[] {
  const out: Finding[] = [];
  for (const goal of env.programme.goals) {
    for (const ind of goal.indicators) {
      const r = env.indicator(ind);
      const p = r.primary;
      if (!p || p.unit !== '%' || r.baselineYear === null || p.subgroup !== null) continue;
      for (const sub of goal.subGoals) {
        if (!sub.problem.includes('%')) continue;
        // Only sentences that quote a percentage for the same year can conflict; parse just those.
        const year = String(r.baselineYear);
        for (const clause of splitClauses(sub.problem)) {
          if (!clause.text.includes('%') || !clause.text.includes(year) || overlapScore(ind.indicator, clause.text) < 0.6) continue;
          const m = env.memo.cell(clause.text, 'baseline', null).measures.find(
            (x) => x.unit === '%' && x.period?.year === r.baselineYear && scopeKey(x) === scopeKey(p) && x.value !== p.value,
          );
          if (!m) continue;
          out.push(finding('V24', 'warning', 'goalIndicator', ind.id, 'baseline', `De nulmeting noemt ${num(p.value, '%')} voor ${r.baselineYear}, maar de probleemanalyse van ${quote(sub.title, 50)} noemt ${num(m.value, '%')} voor hetzelfde jaar. Kies één waarde en laat de tekst naar de tabel verwijzen.`));
        }
      }
    }
  }
  return out;
}

export const v24: ProgrammeRule = {
  id: 'V24',
  title: 'Eén waarde per meting',
  scope: 'programme',
  check(env) {
    const within = env.programme.goals.flatMap((g) => g.indicators.flatMap((ind) => withinCell(ind, env)));
    return [...within, ...acrossIndicators(env), ...againstNarrative(env)];
  },
};
