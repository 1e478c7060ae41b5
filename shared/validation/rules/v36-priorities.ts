/**
 * V36: a priority item points to an existing result (in the version that was ranked), ranks run
 * 1..10 per pillar, and ties follow a declared convention. The ASD ranked the concept of
 * 13-02-2025: Bestaanszekerheid counts 1,2,3,3,5 (competition), Gezond Samenleven 1..5,5,6..10
 * (dense). Input: context.priorities in the shape of shared/seed/asd-priorities.json.
 */
import { overlapScore } from '../../indicator/words.ts';
import type { Result } from '../../model/types.ts';
import type { PriorityItem, PriorityList } from '../context.ts';
import { finding } from '../finding.ts';
import type { Finding, ProgrammeRule } from '../types.ts';
import { quote } from './helpers.ts';

function fits(ranks: number[], convention: 'competition' | 'dense'): boolean {
  const sorted = [...ranks].sort((a, b) => a - b);
  return sorted.every((rank, i) => {
    const better = sorted.slice(0, i).filter((r) => r < rank);
    const expected = convention === 'competition' ? better.length + 1 : new Set(better).size + 1;
    return rank === expected;
  });
}

function itemId(list: PriorityList, item: PriorityItem): string {
  return `priority:${list.programme}:${String(item.code)}`;
}

export const v36: ProgrammeRule = {
  id: 'V36',
  title: 'Prioriteiten verwijzen naar bestaande resultaten',
  scope: 'programme',
  check(env) {
    const lists = (env.context.priorities?.programmes ?? []).filter((l) => l && l.programme === env.programme.id);
    if (lists.length === 0) return [];
    const results = new Map<string, Result>();
    for (const g of env.programme.goals) for (const s of g.subGoals) for (const r of s.results) results.set(r.code.trim(), r);
    const goalCodes = new Set(env.programme.goals.map((g) => g.code.trim()));
    const out: Finding[] = [];
    for (const list of lists) {
      const items = Array.isArray(list.priorities) ? list.priorities : [];
      for (const item of items) {
        const code = String(item.code ?? '').trim();
        const result = results.get(code);
        const id = itemId(list, item);
        if (!result) {
          const isGoal = goalCodes.has(code) ? ` ("${code}" is een doelnummer, geen resultaatcode)` : '';
          out.push(finding('V36', 'error', 'priorityItem', id, 'code', `Prioriteit ${item.rank} verwijst naar resultaat "${code}", maar dat resultaat bestaat niet in dit programma${isGoal}. Koppel de prioriteit aan een bestaand resultaat, in de versie die gerangschikt is.`));
        } else if (typeof item.result === 'string' && overlapScore(item.result, result.text) < 0.6) {
          out.push(finding('V36', 'warning', 'priorityItem', id, 'result', `De gerangschikte tekst ${quote(item.result, 70)} wijkt af van het huidige resultaat ${code} ${quote(result.text, 70)}. Controleer of de prioriteit nog over hetzelfde resultaat gaat, en leg vast op welke versie zij is gegeven.`));
        }
        if (!Number.isInteger(item.rank) || item.rank < 1 || item.rank > 10) {
          out.push(finding('V36', 'error', 'priorityItem', id, 'rank', `Rangnummer ${String(item.rank)} ligt niet tussen 1 en 10. Een top-10 heeft rangnummers 1 tot en met 10.`));
        }
      }
      const ranks = items.map((i) => i.rank).filter((r) => Number.isInteger(r));
      const tied = [...new Set(ranks.filter((r, i) => ranks.indexOf(r) !== i))];
      const field = `priorities:${list.programme}`;
      if (tied.length > 0) {
        const unmarked = items.filter((i) => tied.includes(i.rank) && items.some((x) => 'tie' in x) && i.tie !== true);
        if (unmarked.length > 0) {
          out.push(finding('V36', 'warning', 'programme', env.programme.id, field, `Gedeelde plaats zonder markering (${unmarked.map((i) => i.code).join(', ')}). Markeer een gedeelde plaats expliciet als gelijke stand.`));
        }
        if (!list.convention) {
          const shared = tied.map((r) => `${r}: ${items.filter((i) => i.rank === r).map((i) => i.code).join(' en ')}`).join('; ');
          out.push(finding('V36', 'warning', 'programme', env.programme.id, field, `Er zijn gedeelde plaatsen (${shared}), maar de rangschikkingsconventie is niet vastgelegd. Leg vast of na een gedeelde plaats een nummer wordt overgeslagen (1, 2, 3, 3, 5) of niet (1, 2, 3, 3, 4).`));
        }
      }
      const convention = list.convention;
      const ok = convention ? fits(ranks, convention) : fits(ranks, 'competition') || fits(ranks, 'dense');
      if (!ok) {
        out.push(finding('V36', 'error', 'programme', env.programme.id, field, `De rangnummers (${[...ranks].sort((a, b) => a - b).join(', ')}) volgen ${convention ? `de vastgelegde conventie (${convention === 'competition' ? 'overslaan na gelijke stand' : 'doortellen na gelijke stand'})` : 'geen geldige rangorde'}. Herstel de nummering.`));
      }
    }
    return out;
  },
};
