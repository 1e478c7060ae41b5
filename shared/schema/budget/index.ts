/**
 * The registry of budget plan row kinds, apart from the programme's (shared/schema/index.ts):
 * a budget plan is a document kind of its own. A new kind is one file here and one entry in
 * BUDGET_ROW_KINDS (plus its place in CHILD_LISTS).
 */
import type { FieldDef } from '../fields.ts';
import type { RowKind } from '../row-kind.ts';
import { budgetLine } from './line.ts';
import { budgetLink } from './link.ts';
import { budgetMovement } from './movement.ts';
import { budgetShare } from './share.ts';

export { budgetLine, budgetLink, budgetMovement, budgetShare };
export { AMOUNT_KINDS, AMOUNT_KIND_LABELS, amountCell, isAmountKind, statedCell, type AmountKind } from './amount.ts';

/** A parent kind comes before its children. */
export const BUDGET_ROW_KINDS = [budgetLine, budgetShare, budgetLink, budgetMovement] as const;

export type BudgetKind = (typeof BUDGET_ROW_KINDS)[number]['kind'];

export const BUDGET_KINDS: readonly BudgetKind[] = BUDGET_ROW_KINDS.map((k) => k.kind);

const BY_KIND = new Map<string, RowKind>(BUDGET_ROW_KINDS.map((k) => [k.kind, k]));

export function budgetRowKind(kind: BudgetKind): RowKind<BudgetKind> {
  return BY_KIND.get(kind) as RowKind<BudgetKind>;
}

const FIELDS_OF = new Map<string, readonly (readonly [string, FieldDef])[]>(BUDGET_ROW_KINDS.map((k) => [k.kind, Object.entries(k.fields)]));

/** The fields of a kind in declaration order (read for every row of every reading: made once). */
export function budgetFieldsOf(kind: BudgetKind): readonly (readonly [string, FieldDef])[] {
  return FIELDS_OF.get(kind)!;
}

export function budgetField(kind: BudgetKind, field: string): FieldDef | undefined {
  const fields = budgetRowKind(kind).fields;
  return Object.prototype.hasOwnProperty.call(fields, field) ? fields[field] : undefined;
}

/** Lines nest thema > actielijn > sub-item: at most this deep. */
export const MAX_LINE_DEPTH = 3;
