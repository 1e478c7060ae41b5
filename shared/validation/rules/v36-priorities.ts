/**
 * V36: the advisory body's ranking of the results (the programme's priority rows) points to
 * existing results, its places run from 1 without gaps, and a shared place is marked as such.
 * Both conventions after a shared place are valid, 1, 2, 3, 3, 5 (skip; Dronten's ASD for
 * Bestaanszekerheid) and 1, 2, 3, 3, 4 (count on; the ASD for Gezond Samenleven); the marks
 * say which places are shared, so the ranking can be read without guessing.
 */
import { overlapScore } from '../../indicator/words.ts';
import type { Priority, Result } from '../../model/types.ts';
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

function place(item: Priority): string {
  return item.rank === null ? 'Een prioriteit zonder plaats' : `Prioriteit ${item.rank}`;
}

function itemFindings(item: Priority, results: Map<string, Result>, goalCodes: Set<string>, count: number): Finding[] {
  const out: Finding[] = [];
  const code = item.code.trim();
  const result = results.get(code);
  if (code === '') {
    out.push(finding('V36', 'error', 'priority', item.id, 'code', `${place(item)} noemt geen resultaatcode. Vul de code in van het resultaat waar de prioriteit over gaat.`));
  } else if (!result) {
    const isGoal = goalCodes.has(code) ? ` ("${code}" is een doelnummer, geen resultaatcode)` : '';
    out.push(finding('V36', 'error', 'priority', item.id, 'code', `${place(item)} verwijst naar resultaat "${code}", maar dat resultaat bestaat niet in dit programma${isGoal}. Koppel de prioriteit aan een bestaand resultaat, in de versie die gerangschikt is.`));
  } else if (item.result.trim() !== '' && overlapScore(item.result, result.text) < 0.6) {
    out.push(finding('V36', 'warning', 'priority', item.id, 'result', `De gerangschikte tekst ${quote(item.result, 70)} wijkt af van het huidige resultaat ${code} ${quote(result.text, 70)}. Controleer of de prioriteit nog over hetzelfde resultaat gaat, en leg vast op welke versie zij is gegeven.`));
  }
  if (item.rank === null || !Number.isInteger(item.rank) || item.rank < 1 || item.rank > count) {
    out.push(finding('V36', 'error', 'priority', item.id, 'rank', `Plaats ${item.rank === null ? '(leeg)' : String(item.rank)} ligt niet tussen 1 en ${count}, het aantal prioriteiten. Geef elke prioriteit een plaats van 1 tot en met ${count}.`));
  }
  return out;
}

export const v36: ProgrammeRule = {
  id: 'V36',
  title: 'Prioriteiten verwijzen naar bestaande resultaten',
  scope: 'programme',
  check(env) {
    const items = env.programme.priorities ?? [];
    if (items.length === 0) return [];
    const results = new Map<string, Result>();
    for (const g of env.programme.goals) for (const s of g.subGoals) for (const r of s.results) results.set(r.code.trim(), r);
    const goalCodes = new Set(env.programme.goals.map((g) => g.code.trim()));
    const out = items.flatMap((item) => itemFindings(item, results, goalCodes, items.length));

    const ranks = items.map((i) => i.rank).filter((r): r is number => r !== null && Number.isInteger(r));
    for (const item of items) {
      if (item.rank === null || item.tie === 'tie') continue;
      const sharing = items.filter((other) => other !== item && other.rank === item.rank);
      if (sharing.length === 0) continue;
      out.push(finding('V36', 'warning', 'priority', item.id, 'tie', `Plaats ${item.rank} wordt gedeeld met ${sharing.map((o) => o.code.trim() || quote(o.result, 30)).join(' en ')}, maar is niet gemarkeerd als gelijke stand. Markeer een gedeelde plaats als gelijke stand, of geef een eigen plaats.`));
    }
    if (!fits(ranks, 'competition') && !fits(ranks, 'dense')) {
      out.push(finding('V36', 'error', 'programme', env.programme.id, 'priorities', `De plaatsen (${[...ranks].sort((a, b) => a - b).join(', ')}) vormen geen geldige rangorde: elke plaats volgt op de vorige, ook na een gelijke stand (1, 2, 3, 3, 5 of 1, 2, 3, 3, 4). Herstel de nummering.`));
    }
    return out;
  },
};
