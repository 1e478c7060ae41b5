/**
 * A budget plan as GET /api/documents/:id returns it: every line with its cells per year (as
 * stored: cents, or hundredths of an hour for a line in hours), its co-financing and links, and
 * the computed figures per year and over all years; the plan's totals per year, per theme and
 * over all years; the movements and stated totals as entered; the roll-up per linked row.
 * Every amount is whole euro cents.
 */
import { yearsOf } from './settings.ts';
import type { Figures, RollUp, BudgetTotals } from './totals.ts';
import type { AmountKind, BudgetLine, BudgetLink, BudgetMovement, BudgetPlan, BudgetShare, StatedTotal } from './types.ts';
import type { BudgetSettings } from './settings.ts';

interface BudgetLineReport extends BudgetLine {
  /** year -> kind -> stored value. */
  amounts: Record<string, Partial<Record<AmountKind, number>>>;
  /** year -> figures of the line with its sub-lines. */
  totals: Record<string, Figures>;
  /** Over all years. */
  total: Figures;
  shares: BudgetShare[];
  links: BudgetLink[];
}

export interface BudgetReport {
  kind: 'budget';
  id: string;
  name: string;
  schemaVersion: number;
  settings: BudgetSettings;
  /** The years the table shows. */
  years: number[];
  /** Years beyond those that hold an entry (V30 says so). */
  otherYears: number[];
  lines: BudgetLineReport[];
  movements: BudgetMovement[];
  stated: StatedTotal[];
  /** Cells of lines that are gone, listed so nothing is silently dropped. */
  strayAmounts: BudgetPlan['amounts'];
  totals: {
    perYear: Record<string, Figures>;
    total: Figures;
    themes: { lineId: string; total: Figures }[];
  };
  rollUps: RollUp[];
}

export function budgetReport(plan: BudgetPlan, totals: BudgetTotals): BudgetReport {
  const years = yearsOf(plan.settings);
  const shown = new Set(years);
  const amountsOf = new Map<string, Record<string, Partial<Record<AmountKind, number>>>>();
  const lineIds = new Set(plan.lines.map((l) => l.id));
  const stray: BudgetPlan['amounts'] = [];
  for (const cell of plan.amounts) {
    if (!lineIds.has(cell.lineId)) {
      stray.push(cell);
      continue;
    }
    const byYear = amountsOf.get(cell.lineId) ?? {};
    (byYear[cell.year] ??= {})[cell.soort] = cell.value;
    amountsOf.set(cell.lineId, byYear);
  }
  const sharesOf = groupBy(plan.shares, (s) => s.lineId);
  const linksOf = groupBy(plan.links, (l) => l.lineId);
  const allYears = totals.years;
  const perYear = (figures: (year: number) => Figures) => Object.fromEntries(allYears.map((y) => [String(y), figures(y)]));
  return {
    kind: 'budget',
    id: plan.id,
    name: plan.name,
    schemaVersion: plan.schemaVersion,
    settings: plan.settings,
    years,
    otherYears: allYears.filter((y) => !shown.has(y)),
    lines: plan.lines.map((line) => ({
      ...line,
      amounts: amountsOf.get(line.id) ?? {},
      totals: perYear((y) => totals.line(line.id, y)),
      total: totals.line(line.id),
      shares: sharesOf.get(line.id) ?? [],
      links: linksOf.get(line.id) ?? [],
    })),
    movements: plan.movements,
    stated: plan.stated,
    strayAmounts: stray,
    totals: {
      perYear: perYear((y) => totals.planTotal(y)),
      total: totals.planTotal(),
      themes: totals.themes().map((t) => ({ lineId: t.line.id, total: t.total })),
    },
    rollUps: totals.rollUps(),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}
