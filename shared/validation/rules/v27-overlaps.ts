/**
 * V27: a topic in one programme's overlap list with a partner programme appears in the partner's
 * mirrored list. Needs context.overlaps (the lists are not in the model yet). Each programme
 * reports its own topics that the partner does not mirror.
 */
import { titleKey } from '../../indicator/words.ts';
import { finding } from '../finding.ts';
import { frameworkOf, nearTitle } from '../framework.ts';
import type { Finding, ProgrammeRule } from '../types.ts';
import { quote } from './helpers.ts';

export const v27: ProgrammeRule = {
  id: 'V27',
  title: 'Overlappende onderwerpen gespiegeld',
  scope: 'programme',
  check(env) {
    const lists = env.context.overlaps ?? [];
    const out: Finding[] = [];
    const programmes = frameworkOf(env.programme, env.context.otherProgrammes);
    const nameOf = (id: string) => programmes.find((p) => p.id === id)?.name ?? id;
    for (const own of lists) {
      if (own.programmeId !== env.programme.id) continue;
      const mirror = lists.find((l) => l.programmeId === own.partnerProgrammeId && l.partnerProgrammeId === own.programmeId);
      const field = `overlaps:${own.partnerProgrammeId}`;
      if (!mirror) {
        out.push(finding('V27', 'warning', 'programme', env.programme.id, field, `Dit programma noemt overlappende onderwerpen met ${nameOf(own.partnerProgrammeId)}, maar dat programma heeft geen lijst terug. Neem de onderwerpen daar ook op.`));
        continue;
      }
      const theirs = new Set(mirror.topics.map(titleKey));
      const missing = own.topics.filter((t) => !theirs.has(titleKey(t)));
      if (missing.length === 0) continue;
      const described = missing.map((t) => {
        const near = nearTitle(t, mirror.topics, 0.5);
        return near ? `${quote(t)} (daar staat ${quote(near)})` : quote(t);
      });
      out.push(finding('V27', 'warning', 'programme', env.programme.id, field, `Deze overlappende onderwerpen staan niet in de lijst van ${nameOf(own.partnerProgrammeId)}: ${described.join(', ')}. Neem ze daar ook op, of maak de formulering gelijk.`));
    }
    return out;
  },
};
