/**
 * What the budget plans pay for in one programme, per row: the roll-ups of the plans
 * (BudgetTotals.rollUps: each link's share of its line, split without losing a cent) added up
 * per linked row, and carried up the programme's tree, so an activity, a result, an uitwerking
 * and a goal each get what is linked to them and below them. A row nothing reaches has no
 * entry: "nog niet gekoppeld", not zero.
 */
import type { Programme } from '../model/types.ts';
import type { Cents } from './money.ts';
import type { RollUp } from './totals.ts';

export interface RowCost {
  /** Gereserveerd + toegekend over all years. */
  bestemd: Cents;
  besteed: Cents;
  /** The links on the row itself and below it. */
  links: number;
}

export function programmeCosts(programme: Pick<Programme, 'id' | 'goals'>, rollUps: readonly RollUp[]): Map<string, RowCost> {
  const own = new Map<string, RowCost>();
  for (const r of rollUps) {
    if (r.programmeId !== programme.id) continue;
    add(own, r.rowId, { bestemd: r.bestemd, besteed: r.besteed, links: r.links });
  }
  const out = new Map<string, RowCost>();
  const visit = (rowId: string, children: readonly RowCost[]): RowCost | null => {
    let cost = own.get(rowId) ?? null;
    for (const c of children) cost = cost ? sum(cost, c) : { ...c };
    if (cost) out.set(rowId, cost);
    return cost;
  };
  const present = (costs: (RowCost | null)[]) => costs.filter((c): c is RowCost => c !== null);
  for (const goal of programme.goals) {
    const subs = goal.subGoals.map((sub) => {
      const results = sub.results.map((result) => visit(result.id, present(result.activities.map((a) => visit(a.id, [])))));
      return visit(sub.id, present([...results, ...sub.activities.map((a) => visit(a.id, []))]));
    });
    visit(goal.id, present(subs));
  }
  return out;
}

function sum(a: RowCost, b: RowCost): RowCost {
  return { bestemd: a.bestemd + b.bestemd, besteed: a.besteed + b.besteed, links: a.links + b.links };
}

function add(map: Map<string, RowCost>, rowId: string, cost: RowCost): void {
  const found = map.get(rowId);
  map.set(rowId, found ? sum(found, cost) : cost);
}
