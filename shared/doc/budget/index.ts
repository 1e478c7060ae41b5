/** The public face of a budget plan's Y.Doc: everything outside shared/doc/budget imports from here. */
export { BUDGET_SCHEMA_VERSION, budgetUndoScope, type AmountKey } from './layout.ts';
export {
  addBudgetRow,
  addBudgetRows,
  deleteBudgetRow,
  setAmount,
  setAmounts,
  setBudgetField,
  setStatedTotals,
  writeBudgetBatch,
  type BudgetBatch,
  type CellWrite,
  type NewBudgetRow,
  type StatedWrite,
} from './operations.ts';
export { isBudgetDoc, readBudgetPlan, readBudgetSettings } from './read.ts';
export { seedBlankBudget, writeBudgetSettings } from './settings.ts';
export { observeBudget, type BudgetChange } from './observe.ts';
