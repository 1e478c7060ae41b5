/** The public face of a budget plan's Y.Doc: everything outside shared/doc/budget imports from here. */
export {
  addBudgetRow,
  deleteBudgetRow,
  setAmount,
  setAmounts,
  setBudgetField,
  setStatedTotals,
  writeBudgetBatch,
  type CellWrite,
  type NewBudgetRow,
  type StatedWrite,
} from './operations.ts';
export { budgetUndoScope } from './layout.ts';
export { isBudgetDoc, readBudgetPlan, readBudgetSettings } from './read.ts';
export { seedBlankBudget } from './settings.ts';
export { observeBudget, type BudgetChange } from './observe.ts';
export { budgetUpdateProblem, rightsNeeded, writesUnderDeleted } from './update-guard.ts';
