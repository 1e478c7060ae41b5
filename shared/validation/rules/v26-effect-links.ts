/**
 * V26: the sentence "Aan dit maatschappelijk effect zijn nog twee andere doelen gekoppeld ..."
 * must follow from the links. The links are derived (framework.ts); this rule compares what a
 * document states (context.statedEffectLinks) with them. Without the other programmes only this
 * programme's own goals can be checked.
 */
import { titleKey } from '../../indicator/words.ts';
import { finding } from '../finding.ts';
import { findProgramme, frameworkGoals, frameworkOf, linkedGoals, nearTitle } from '../framework.ts';
import type { Finding, ProgrammeRule } from '../types.ts';
import { quote } from './helpers.ts';

export const v26: ProgrammeRule = {
  id: 'V26',
  title: 'Gekoppelde doelen volgen uit de koppelingen',
  scope: 'programme',
  check(env) {
    const stated = (env.context.statedEffectLinks ?? []).filter((s) => s.programmeId === env.programme.id);
    if (stated.length === 0) return [];
    const complete = (env.context.otherProgrammes?.length ?? 0) > 0;
    const programmes = frameworkOf(env.programme, env.context.otherProgrammes);
    const goals = frameworkGoals(programmes);
    const out: Finding[] = [];
    for (const s of stated) {
      if (!env.programme.goals.some((g) => g.id === s.goalId)) continue;
      const derived = linkedGoals(env.programme.id, s.goalId, goals);
      const derivedTitles = derived.map((g) => g.title);
      const problems: string[] = [];
      for (const item of s.goals) {
        const inOther = item.programme ? findProgramme(item.programme, programmes) : env.programme;
        if (!complete && inOther !== env.programme) continue;
        if (derived.some((g) => titleKey(g.title) === titleKey(item.title))) continue;
        const near = nearTitle(item.title, derivedTitles) ?? nearTitle(item.title, goals.map((g) => g.title));
        problems.push(`${quote(item.title, 70)} is geen doel bij dit effect${near ? ` (bedoeld is waarschijnlijk ${quote(near, 70)})` : ''}`);
      }
      if (complete) {
        const named = new Set(s.goals.map((g) => titleKey(g.title)));
        const missing = derived.filter((g) => !named.has(titleKey(g.title)) && !s.goals.some((x) => nearTitle(x.title, [g.title]) !== null));
        for (const g of missing) problems.push(`${quote(g.title, 70)} (${g.programme.name}) ontbreekt in de opsomming`);
        if (s.count !== null && s.count !== derived.length) problems.push(`de tekst spreekt van ${s.count} andere doelen, de koppelingen geven er ${derived.length}`);
      }
      if (problems.length === 0) continue;
      out.push(finding('V26', 'error', 'goal', s.goalId, 'societalEffect', `De opsomming van doelen bij dit maatschappelijk effect klopt niet met de koppelingen: ${problems.join('; ')}. Laat deze opsomming genereren uit de koppelingen in plaats van haar te typen.`));
    }
    return out;
  },
};

