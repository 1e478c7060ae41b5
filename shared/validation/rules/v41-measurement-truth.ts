/**
 * V41: one truth per measurement. Two measurements of one indicator with the same period,
 * scope, subgroup and source (shared/monitoring/truth.ts) are one measurement: different values
 * are a conflict (a warning on the later one); the same value twice is a duplicate (info). A
 * voorlopig value beside a definitief one is the provisional figure the final one replaced
 * (info: progress already follows the definitief one). A period Koers cannot read cannot be
 * compared, nor placed in the series (a warning on the period). V24 compares only the texts of
 * nulmeting cells; this compares the measurement rows.
 */
import type { GoalIndicator, Measurement, ResultIndicator } from '../../model/types.ts';
import { parsePeriod, truthKey } from '../../monitoring/index.ts';
import { finding } from '../finding.ts';
import type { Finding, GoalRule } from '../types.ts';
import { num, quote } from './helpers.ts';

function describe(m: Measurement, label: string): string {
  const parts = [label, m.scope && m.scope !== 'gemeente' ? m.scope : null, m.subgroup.trim() || null, m.source.trim() ? `bron ${quote(m.source, 40)}` : null];
  return parts.filter((p) => p).join(', ');
}

function check(ind: GoalIndicator | ResultIndicator, out: Finding[]): void {
  const seen = new Map<string, Measurement[]>();
  for (const m of ind.measurements) {
    const period = parsePeriod(m.period);
    if (!period) {
      if (m.period.trim() === '') out.push(finding('V41', 'warning', 'measurement', m.id, 'period', 'Deze meting heeft geen periode. Vul in waarover de waarde gaat, bijvoorbeeld 2025, 2025-Q3 of 2025-10.'));
      else out.push(finding('V41', 'warning', 'measurement', m.id, 'period', `Koers kan de periode ${quote(m.period)} niet lezen, dus de meting telt niet mee in de voortgang. Schrijf bijvoorbeeld 2025, 2025-Q3, 2025-10 of 2024-01-01/2024-06-30.`));
      continue;
    }
    const key = truthKey(ind.id, period.key, m.scope, m.subgroup, m.source);
    const earlier = seen.get(key) ?? [];
    for (const other of earlier) {
      if (other.value === m.value) {
        out.push(finding('V41', 'info', 'measurement', m.id, null, `Deze meting staat er twee keer (${describe(m, period.label)}, dezelfde waarde). Verwijder er één.`));
        continue;
      }
      const a = other.valueStatus === 'final';
      const b = m.valueStatus === 'final';
      const values = `${other.value === null ? 'geen waarde' : num(other.value)} en ${m.value === null ? 'geen waarde' : num(m.value)}`;
      if (a !== b) {
        const provisional = a ? m : other;
        out.push(finding('V41', 'info', 'measurement', provisional.id, 'valueStatus', `Er is een definitieve waarde voor ${describe(m, period.label)} (${values}); de voortgang volgt die. De voorlopige meting kan weg.`));
        continue;
      }
      out.push(finding('V41', 'warning', 'measurement', m.id, 'value', `Twee metingen voor ${describe(m, period.label)} hebben een andere waarde (${values}). Houd één waarde aan, of geef de tweede een eigen bron of subgroep.`));
    }
    seen.set(key, [...earlier, m]);
  }
}

export const v41: GoalRule = {
  id: 'V41',
  title: 'Eén waarde per meting',
  scope: 'goal',
  check(goal) {
    const out: Finding[] = [];
    for (const ind of goal.indicators) check(ind, out);
    for (const sub of goal.subGoals) for (const res of sub.results) for (const ind of res.indicators) check(ind, out);
    return out;
  },
};
