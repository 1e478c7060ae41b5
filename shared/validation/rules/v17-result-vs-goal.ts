/**
 * V17: a result that states a target on the same measure as a goal indicator must not
 * contradict it. Doel 4: goal "Maximaal 2,3%" against result "daalt of blijft maximaal 3,6%".
 * Same measure = same unit and most of the indicator's words in the result text.
 */
import type { Comparator } from '../../indicator/types.ts';
import { overlapScore } from '../../indicator/words.ts';
import { finding } from '../finding.ts';
import type { Finding, GoalRule } from '../types.ts';
import { num, quote } from './helpers.ts';

const NUMERIC = new Set(['max', 'min', 'exact', 'range']);

function contradicts(a: Comparator, b: Comparator): boolean {
  if (a.value === null || b.value === null) return false;
  if (a.kind === b.kind) return a.value !== b.value || (a.kind === 'range' && a.high !== b.high);
  const lo = (c: Comparator) => (c.kind === 'min' || c.kind === 'exact' || c.kind === 'range' ? c.value! : -Infinity);
  const hi = (c: Comparator) => (c.kind === 'max' || c.kind === 'exact' ? c.value! : c.kind === 'range' ? (c.high ?? Infinity) : Infinity);
  return lo(a) > hi(b) || lo(b) > hi(a);
}

function show(c: Comparator): string {
  const v = num(c.value ?? NaN, c.unit);
  switch (c.kind) {
    case 'max':
      return `maximaal ${v}`;
    case 'min':
      return `minimaal ${v}`;
    case 'range':
      return `tussen ${v} en ${num(c.high ?? NaN, c.unit)}`;
    default:
      return v;
  }
}

export const v17: GoalRule = {
  id: 'V17',
  title: 'Resultaat spreekt doel niet tegen',
  scope: 'goal',
  check(goal, env) {
    const out: Finding[] = [];
    const goalTargets = goal.indicators
      .map((ind) => ({ ind, c: env.indicator(ind).target.comparators[0] }))
      .filter((x): x is { ind: typeof x.ind; c: Comparator } => !!x.c && NUMERIC.has(x.c.kind) && x.c.subgroup === null);
    if (goalTargets.length === 0) return out;
    for (const sub of goal.subGoals) {
      for (const res of sub.results) {
        if (!/\d/.test(res.text)) continue;
        const parsed = env.memo.cell(res.text, 'target', env.periodEnd);
        const rc = parsed.comparators[0];
        if (!rc || !NUMERIC.has(rc.kind) || rc.value === null) continue;
        for (const { ind, c } of goalTargets) {
          if (c.unit !== rc.unit || overlapScore(ind.indicator, res.text) < 0.6) continue;
          if (!contradicts(c, rc)) continue;
          out.push(finding('V17', 'warning', 'result', res.id, 'text', `Dit resultaat noemt ${show(rc)}, terwijl het doel voor ${quote(ind.indicator)} ${show(c)} als streefwaarde heeft. Breng resultaat en doel in overeenstemming, of leg uit waarom ze verschillen.`));
        }
      }
    }
    return out;
  },
};
