/**
 * The rows of the budget grid from real plans (tests/shared/budget/fixtures.ts): the line's own
 * cells of the kind shown, in Dutch notation (hours per week for a line in hours), the computed
 * total with everything under it, and "nog niet gekoppeld" where a line pays for nothing.
 */
import { describe, expect, it } from 'vitest';
import { budgetRows, shownAmount } from '../../client/budget/budget-rows.ts';
import { computeBudget } from '../../shared/budget/totals.ts';
import { budgetPlan, DRONTEN, HEUVELLAND } from '../shared/budget/fixtures.ts';

const noName = (programmeId: string, rowId: string) => `${programmeId}/${rowId}`;

describe('budget grid rows', () => {
  it('Dronten: each line with its own cells of one kind and its computed total, themes first', () => {
    const plan = budgetPlan(DRONTEN);
    const rows = budgetRows(plan, computeBudget(plan), 'gereserveerd', noName);
    const theme2 = rows.find((r) => r.id === 't2')!;
    const bso = rows.find((r) => r.id === 't2-bso')!;
    expect(theme2).toMatchObject({ depth: 0, level: 'Thema', code: '2', amounts: {}, total: '€ 123.600' });
    expect(bso).toMatchObject({ depth: 1, level: 'Actielijn', label: 'BSO+ voorziening', amounts: { 2022: '47.600' }, total: '€ 47.600' });
    expect(shownAmount(bso.unit, bso.amounts[2022]!)).toBe('€ 47.600');
    expect(rows.every((r) => r.links === 'nog niet gekoppeld')).toBe(true);
    // Another kind shows other cells; totals stay computed from the entries.
    expect(budgetRows(plan, computeBudget(plan), 'besteed', noName).find((r) => r.id === 't2-bso')).toMatchObject({ amounts: {}, total: '€ 0' });
  });

  it('Heuvelland: hours per week show as hours, their total as money at the rate', () => {
    const plan = budgetPlan(HEUVELLAND);
    const consulent = budgetRows(plan, computeBudget(plan), 'toegekend', noName).find((r) => r.id === 'al1-consulent')!;
    expect(consulent.amounts[2025]).toBe('16');
    expect(shownAmount(consulent.unit, consulent.amounts[2025]!)).toBe('16 u/wk');
    // 16 hours x € 85,50 x the plan's 40 weeks = € 54.720 a year, in two years.
    expect(consulent.total).toBe('€ 109.440');
  });
});
