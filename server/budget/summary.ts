/** The line per budget plan in GET /api/documents?kind=budget: what it is and what it adds up to. */
import { computeBudget } from '../../shared/budget/totals.ts';
import type { Cents } from '../../shared/budget/money.ts';
import { periodText } from '../../shared/programmes/settings.ts';
import type { BudgetPlan } from '../../shared/budget/types.ts';

export interface BudgetSummary {
  kind: 'budget';
  id: string;
  name: string;
  municipality: string;
  /** The allocation period, "2022-2026". */
  period: string;
  fundingSource: string;
  archived: false;
  lines: number;
  /** Over all years, in cents. */
  total: { beschikbaar: Cents; bestemd: Cents; besteed: Cents; nogNietBestemd: Cents };
  connected: number;
}

export function summariseBudget(plan: BudgetPlan, connected: number): BudgetSummary {
  const total = computeBudget(plan).planTotal();
  return {
    kind: 'budget',
    id: plan.id,
    name: plan.name,
    municipality: plan.settings.municipality,
    period: periodText(plan.settings.periodStart, plan.settings.periodEnd),
    fundingSource: plan.settings.fundingSource,
    archived: false,
    lines: plan.lines.length,
    total: { beschikbaar: total.beschikbaar, bestemd: total.gereserveerd + total.toegekend, besteed: total.besteed, nogNietBestemd: total.nogNietBestemd },
    connected,
  };
}
