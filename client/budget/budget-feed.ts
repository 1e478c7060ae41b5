/**
 * A budget plan as plain data with its computed totals, kept up to date from the document. A
 * burst of transactions is read once per animation frame; when only cells changed, the totals
 * follow by their differences (BudgetTotals.updateCells), anything else rebuilds them. The
 * totals object is mutable, so every reading comes with a new `version` for React.
 */
import type * as Y from 'yjs';
import { isBudgetDoc, observeBudget, readBudgetPlan, type BudgetChange } from '../../shared/doc/budget/index.ts';
import { BudgetTotals, type CellChange } from '../../shared/budget/totals.ts';
import type { BudgetPlan } from '../../shared/budget/types.ts';
import type { Feature } from '../doc-session/document-session.ts';
import { Store } from '../programme/store.ts';

export interface BudgetState {
  plan: BudgetPlan;
  totals: BudgetTotals;
  /** Grows with every reading: the totals changed in place. */
  version: number;
}

export class BudgetFeed implements Feature {
  readonly state = new Store<BudgetState | null>(null);
  private readonly stop: () => void;
  private cells: CellChange[] = [];
  private structure = true;
  private frame: number | null = null;
  private version = 0;

  constructor(private readonly doc: Y.Doc) {
    this.stop = observeBudget(doc, (change: BudgetChange) => {
      if (change.structure) this.structure = true;
      else this.cells.push(...change.cells);
      this.schedule();
    });
    this.schedule();
  }

  destroy(): void {
    this.stop();
    if (this.frame !== null) cancelAnimationFrame(this.frame);
  }

  private schedule(): void {
    if (this.frame !== null) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      this.read();
    });
  }

  private read(): void {
    if (!isBudgetDoc(this.doc)) return; // not synced yet
    const plan = readBudgetPlan(this.doc);
    const prev = this.state.get();
    let totals: BudgetTotals;
    if (!prev || this.structure) totals = new BudgetTotals(plan);
    else {
      totals = prev.totals;
      totals.updateCells(this.cells);
    }
    this.structure = false;
    this.cells = [];
    this.state.set({ plan, totals, version: ++this.version });
  }
}
