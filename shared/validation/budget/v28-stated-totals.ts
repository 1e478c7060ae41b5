/**
 * V28: totals are computed, never typed. A total a source typed (a "Totaal" column per line, a
 * "Totaal" row for the plan, kept as a stated total) must equal the sum of the cells it stands
 * for; when it differs, the typed one is wrong or a line is.
 */
import { AMOUNT_KIND_LABELS } from '../../schema/budget/index.ts';
import { finding } from '../finding.ts';
import type { Finding } from '../types.ts';
import type { BudgetRule } from './types.ts';
import { euro } from './helpers.ts';

export const v28: BudgetRule = {
  id: 'V28',
  title: 'Totalen worden berekend',
  check({ plan, totals, lines, nameOf }) {
    const out: Finding[] = [];
    for (const stated of plan.stated) {
      if (stated.lineId !== null && !lines.has(stated.lineId)) continue; // V30 reports a total of a line that is gone
      const own = stated.lineId !== null && totals.hasOwnCells(stated.lineId, stated.soort);
      const computed = totals.entered(stated.lineId, stated.year, stated.soort, own ? 'own' : 'subtree');
      if (computed === stated.value) continue;
      const what = `${stated.year === null ? 'Het opgegeven totaal' : `Het opgegeven totaal van ${stated.year}`} ${AMOUNT_KIND_LABELS[stated.soort].toLowerCase()}`;
      const of = stated.lineId === null ? 'de som van alle regels' : own ? `de som van de jaren van ${nameOf(stated.lineId)}` : `de som van ${nameOf(stated.lineId)} en zijn onderdelen`;
      const diff = euro(Math.abs(stated.value - computed));
      const message = `${what} (${euro(stated.value)}) wijkt af van ${of} (${euro(computed)}): ${diff} ${stated.value > computed ? 'te veel' : 'te weinig'}. Een totaal wordt berekend, niet getypt: controleer de bedragen of het totaal in de bron.`;
      const field = `totaal:${stated.soort}${stated.year === null ? '' : `:${stated.year}`}`;
      out.push(stated.lineId === null ? finding('V28', 'error', 'budget', plan.id, field, message) : finding('V28', 'error', 'budgetLine', stated.lineId, field, message));
    }
    return out;
  },
};
