/**
 * V29: gereserveerd + toegekend stays within beschikbaar, per year and cumulatively (what was
 * not spent in one year reaches the next only by a carry-over, so cumulatively counts the carry
 * in as well). Checked for the plan as a whole, and for every line that has money of its own
 * (an allocation or a transfer in): a theme that only reserves draws on the plan's pool.
 */
import { finding } from '../finding.ts';
import type { Finding } from '../types.ts';
import type { BudgetRule } from './types.ts';
import { euro, yearField } from './helpers.ts';

export const v29: BudgetRule = {
  id: 'V29',
  title: 'Niet meer bestemd dan beschikbaar',
  check({ plan, totals, nameOf }) {
    const out: Finding[] = [];
    let cumulativeAvailable = 0;
    let cumulativeEarmarked = 0;
    let reportedCumulative = false;
    for (const year of totals.years) {
      const f = totals.planTotal(year);
      const earmarked = f.gereserveerd + f.toegekend;
      cumulativeAvailable += f.beschikbaar;
      cumulativeEarmarked += earmarked;
      if (earmarked > f.beschikbaar) {
        // Money left in earlier years reaches this one only by a carry-over decision.
        const fix =
          cumulativeEarmarked <= cumulativeAvailable
            ? `Uit eerdere jaren is genoeg over: leg een overheveling naar ${year} vast.`
            : 'Verlaag een reservering of toekenning, of leg een verschuiving naar deze regels vast.';
        out.push(
          finding('V29', 'error', 'budget', plan.id, yearField(year), `In ${year} is ${euro(earmarked)} gereserveerd en toegekend, maar is er ${euro(f.beschikbaar)} beschikbaar: ${euro(earmarked - f.beschikbaar)} te veel. ${fix}`),
        );
      }
      if (!reportedCumulative && cumulativeEarmarked > cumulativeAvailable) {
        reportedCumulative = true;
        out.push(
          finding('V29', 'error', 'budget', plan.id, `cumulatief:${year}`, `Tot en met ${year} is ${euro(cumulativeEarmarked)} gereserveerd en toegekend, meer dan de ${euro(cumulativeAvailable)} die er tot dan beschikbaar was (overhevelingen meegeteld): ${euro(cumulativeEarmarked - cumulativeAvailable)} te veel.`),
        );
      }
    }
    for (const line of plan.lines) {
      const whole = totals.line(line.id);
      if (whole.toegewezen === 0 && whole.verschovenIn === 0) continue;
      for (const year of totals.years) {
        const f = totals.line(line.id, year);
        const earmarked = f.gereserveerd + f.toegekend;
        if (earmarked > f.beschikbaar) {
          out.push(
            finding('V29', 'error', 'budgetLine', line.id, yearField(year), `${nameOf(line.id)}: in ${year} is ${euro(earmarked)} gereserveerd en toegekend, maar is er ${euro(f.beschikbaar)} beschikbaar: ${euro(earmarked - f.beschikbaar)} te veel.`),
          );
        }
      }
    }
    return out;
  },
};
