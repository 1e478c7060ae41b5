/**
 * A budget plan as plain data: what shared/doc/budget reads out of its Y.Doc, what the
 * computation (./totals.ts) and the finance rules (shared/validation/budget/) work on, and
 * what GET /api/documents/:id returns (with the totals). Row types are inferred from their
 * kinds' declarations in shared/schema/budget/; only the links between rows are written here.
 */
import type { RowOf } from '../schema/row-kind.ts';
import type { AmountKind, budgetLine, budgetLink, budgetMovement, budgetShare } from '../schema/budget/index.ts';
import type { Cents } from './money.ts';
import type { BudgetSettings } from './settings.ts';

export type { AmountKind };

export type BudgetLine = RowOf<typeof budgetLine> & {
  parentId: string | null;
  /** 0 thema, 1 actielijn, 2 sub-item. */
  depth: number;
  /** True when its parent is gone (deleted while a colleague added under it); shown at the top. */
  orphan: boolean;
};

export type BudgetMovement = RowOf<typeof budgetMovement>;

export type BudgetShare = RowOf<typeof budgetShare> & { lineId: string };

export type BudgetLink = RowOf<typeof budgetLink> & { lineId: string };

/** One cell of the matrix as stored. */
export interface AmountCell {
  lineId: string;
  year: number;
  soort: AmountKind;
  /** Cents, or hundredths of an hour per week for a line in hours. */
  value: number;
}

/** A total as typed in a source (a "Totaal" column or row): checked by V28, never used. */
export interface StatedTotal {
  /** Null: the whole plan (a "Totaal" row). */
  lineId: string | null;
  /** Null: over all years (a "Totaal" column). */
  year: number | null;
  soort: AmountKind;
  value: Cents;
}

export interface BudgetPlan {
  kind: 'budget';
  id: string;
  name: string;
  schemaVersion: number;
  settings: BudgetSettings;
  /** Depth-first in document order; orphans at the end. */
  lines: BudgetLine[];
  amounts: AmountCell[];
  stated: StatedTotal[];
  /** In document order. */
  movements: BudgetMovement[];
  shares: BudgetShare[];
  links: BudgetLink[];
}
