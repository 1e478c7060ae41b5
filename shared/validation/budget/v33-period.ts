/**
 * V33: money is spent within the allocation period, or a decision covers the years beyond it:
 * a carry-over into that year or a decided reservation in it (003 spends 2026-2029 from an
 * allocation to 2027, 003:200-205). A warning: such plans exist, but need their decision.
 */
import { finding } from '../finding.ts';
import type { Finding } from '../types.ts';
import type { BudgetRule } from './types.ts';
import { euro, isDecided, yearField } from './helpers.ts';

export const v33: BudgetRule = {
  id: 'V33',
  title: 'Besteding binnen de periode, of met besluit',
  check({ plan, totals, lines, nameOf }) {
    const out: Finding[] = [];
    const { periodStart, periodEnd } = plan.settings;
    const covered = new Set<string>();
    for (const m of plan.movements) {
      if (!isDecided(m) || m.lineId === null || m.year === null) continue;
      if (m.type === 'carryOver') covered.add(`${m.lineId}|${m.toYear ?? m.year + 1}`);
      if (m.type === 'reservation') covered.add(`${m.lineId}|${m.year}`);
    }
    const isCovered = (lineId: string, year: number) => {
      for (let id: string | null = lineId; id !== null; id = lines.get(id)?.parentId ?? null) if (covered.has(`${id}|${year}`)) return true;
      return false;
    };
    const seen = new Set<string>();
    for (const cell of plan.amounts) {
      if (cell.value === 0 || cell.soort === 'beschikbaar' || !lines.has(cell.lineId)) continue;
      if (cell.year >= periodStart && cell.year <= periodEnd) continue;
      const key = `${cell.lineId}|${cell.year}`;
      if (seen.has(key) || isCovered(cell.lineId, cell.year)) continue;
      seen.add(key);
      const f = totals.lineOwn(cell.lineId, cell.year);
      const amount = euro(f.gereserveerd + f.toegekend + f.besteed);
      out.push(
        finding('V33', 'warning', 'budgetLine', cell.lineId, yearField(cell.year), `${nameOf(cell.lineId)}: in ${cell.year} staat ${amount}, buiten de periode van de middelen (${periodStart}-${periodEnd}), en geen besluit dekt dat jaar. Leg een overheveling naar ${cell.year} of een reservering met besluit vast.`),
      );
    }
    return out;
  },
};
