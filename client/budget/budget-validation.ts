/**
 * The finance rules V28-V35 while typing: the shared engine (shared/validation/budget/) runs on
 * the feed's plan and its live totals after each reading, with the programmes the links point
 * at (V35), exactly as GET /api/documents/:id/validation runs it on the server.
 */
import type { Programme } from '../../shared/model/types.ts';
import { validateBudget } from '../../shared/validation/budget/index.ts';
import type { Finding } from '../../shared/validation/types.ts';
import type { Feature } from '../doc-session/document-session.ts';
import { Store } from '../programme/store.ts';
import type { BudgetFeed } from './budget-feed.ts';

export class LiveBudgetValidation implements Feature {
  readonly findings = new Store<readonly Finding[]>([]);
  private programmes: readonly Programme[] | undefined;
  private readonly stop: () => void;

  constructor(private readonly feed: BudgetFeed) {
    this.stop = feed.state.subscribe(() => this.run());
    this.run();
  }

  /** The programmes as fetched; until then the checks that need them stay silent. */
  setProgrammes(programmes: readonly Programme[]): void {
    this.programmes = programmes;
    this.run();
  }

  destroy(): void {
    this.stop();
  }

  private run(): void {
    const state = this.feed.state.get();
    if (!state) return;
    const context = this.programmes ? { programmes: this.programmes } : {};
    this.findings.set(validateBudget(state.plan, context, state.totals));
  }
}
