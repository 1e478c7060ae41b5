/**
 * What the budget plans pay for in the open programme, live (a programme session feature): the
 * plans this user can read are opened as document sessions of their own (read only: nothing
 * is ever written to them from here, and no presence is announced), each with a BudgetFeed,
 * so a financieel adviseur's changed amount or a policy officer's new link changes the
 * programme grid's Kosten at once. Costs per row: shared/budget/programme-costs.ts.
 */
import { programmeCosts, type RowCost } from '../../shared/budget/programme-costs.ts';
import type { RollUp } from '../../shared/budget/totals.ts';
import type { Programme } from '../../shared/model/types.ts';
import { DocumentSession, type Feature } from '../doc-session/document-session.ts';
import { Store } from '../programme/store.ts';
import { fetchBudgets } from './budget-api.ts';
import { BudgetFeed } from './budget-feed.ts';

/** Null: no plan pays for anything in this programme, so the grids show no Kosten column. */
export type CostIndex = ReadonlyMap<string, RowCost> | null;

export class LiveCosts implements Feature {
  readonly costs = new Store<CostIndex>(null);
  private readonly sessions: DocumentSession[] = [];
  private readonly rollUps = new Map<string, readonly RollUp[]>();
  private readonly aborted = new AbortController();
  private readonly stop: () => void;
  private destroyed = false;

  constructor(
    private readonly programmeId: string,
    private readonly programme: Store<Programme | null>,
  ) {
    this.stop = programme.subscribe(() => this.refresh());
    fetchBudgets(this.aborted.signal).then(
      (plans) => {
        if (!this.destroyed) for (const plan of plans) this.open(plan.id);
      },
      () => {}, // no costs shown; the programme itself works
    );
  }

  destroy(): void {
    this.destroyed = true;
    this.aborted.abort();
    this.stop();
    for (const session of this.sessions.splice(0)) session.destroy();
  }

  private open(planId: string): void {
    const session = new DocumentSession(planId);
    // Present in the programme, not in the plan: the plan's page shows who edits it.
    session.provider.awareness.setLocalState(null);
    const feed = session.attach(new BudgetFeed(session.doc));
    session.own(
      feed.state.subscribe(() => {
        const state = feed.state.get();
        this.rollUps.set(planId, state ? state.totals.rollUps().filter((r) => r.programmeId === this.programmeId) : []);
        this.refresh();
      }),
    );
    this.sessions.push(session);
  }

  private refresh(): void {
    const programme = this.programme.get();
    const all = [...this.rollUps.values()].flat();
    this.costs.set(programme && all.length > 0 ? programmeCosts(programme, all) : null);
  }
}
