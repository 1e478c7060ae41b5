/**
 * V34: the plan names its money's source consistently: a circular ("decembercirculaire 2021")
 * is named with one year throughout (Dordrecht's decision names 2021 and 2022, 004:8, 19, 121).
 * Read from the funding source, the co-financing sources and the notes.
 */
import { finding } from '../finding.ts';
import type { Finding } from '../types.ts';
import type { BudgetRule } from './types.ts';

const CIRCULAR = /\b(decembercirculaire|meicirculaire|septembercirculaire|junicirculaire|maartcirculaire)\s*(?:van\s*)?(\d{4})\b/gi;

export const v34: BudgetRule = {
  id: 'V34',
  title: 'Eén bron voor het geld',
  check({ plan }) {
    const texts = [plan.settings.fundingSource, ...plan.shares.map((s) => s.source), ...plan.lines.map((l) => l.note), ...plan.movements.map((m) => m.note)];
    const years = new Map<string, Set<string>>();
    for (const text of texts) {
      for (const match of text.matchAll(CIRCULAR)) {
        const name = match[1]!.toLowerCase();
        years.set(name, (years.get(name) ?? new Set()).add(match[2]!));
      }
    }
    const out: Finding[] = [];
    for (const [name, found] of years) {
      if (found.size < 2) continue;
      const list = [...found].sort().join(' en ');
      out.push(finding('V34', 'warning', 'budget', plan.id, 'fundingSource', `Het plan noemt de ${name} van ${list}. Controleer welke het is en noem hem overal hetzelfde.`));
    }
    return out;
  },
};
