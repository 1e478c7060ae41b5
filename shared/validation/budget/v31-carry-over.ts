/**
 * V31: a carry-over (overheveling) moves what is left of a year to a later one: remainder(N) =
 * beschikbaar(N) + overgeheveld in(N) - besteed(N), and what goes out of N may not exceed it.
 * Each carry-over names its decision. Every other movement is a decided entry too: without its
 * decision it is a warning (a carry-over without one is an error, as the rule says).
 */
import { finding } from '../finding.ts';
import type { Finding } from '../types.ts';
import type { BudgetRule } from './types.ts';
import { MOVEMENT_NOUN, euro, isDecided, yearField } from './helpers.ts';

export const v31: BudgetRule = {
  id: 'V31',
  title: 'Overhevelingen binnen het restant en met besluit',
  check({ plan, totals, lines, nameOf }) {
    const out: Finding[] = [];
    const carried = new Set<string>();
    for (const m of plan.movements) {
      if (m.type === null) continue;
      if (!isDecided(m)) {
        const severity = m.type === 'carryOver' ? 'error' : 'warning';
        out.push(finding('V31', severity, 'budgetMovement', m.id, 'decisionDate', `Deze ${MOVEMENT_NOUN[m.type]} noemt geen besluit. Vul de datum in en wie besloot of het kenmerk van het besluit.`));
      }
      if (m.type !== 'carryOver' || m.year === null) continue;
      const to = m.toYear ?? m.year + 1;
      if (to <= m.year) out.push(finding('V31', 'error', 'budgetMovement', m.id, 'toYear', `Een overheveling gaat naar een later jaar; ${to} ligt niet na ${m.year}.`));
      else if (m.lineId !== null && lines.has(m.lineId)) carried.add(`${m.lineId}|${m.year}`);
    }
    for (const key of carried) {
      const [lineId, yearText] = key.split('|') as [string, string];
      const year = Number(yearText);
      const f = totals.lineOwn(lineId, year);
      if (f.overgeheveldUit > f.overhevelbaar) {
        out.push(
          finding('V31', 'error', 'budgetLine', lineId, yearField(year), `${nameOf(lineId)}: uit ${year} wordt ${euro(f.overgeheveldUit)} overgeheveld, maar er is maar ${euro(Math.max(0, f.overhevelbaar))} over (beschikbaar plus wat erin kwam, min wat besteed is). Verlaag de overheveling.`),
        );
      }
    }
    return out;
  },
};
