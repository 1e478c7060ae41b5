/** The finance rules' vocabulary: a rule reads a plan, its computed totals and the context. */
import type { BudgetTotals } from '../../budget/totals.ts';
import type { BudgetLine, BudgetPlan } from '../../budget/types.ts';
import type { Programme } from '../../model/types.ts';
import type { Finding, RuleId } from '../types.ts';

export interface BudgetValidationContext {
  /** The programmes links may point at (V35); without them the link checks that need them stay silent. */
  programmes?: readonly Programme[];
}

export interface BudgetEnv {
  plan: BudgetPlan;
  totals: BudgetTotals;
  lines: ReadonlyMap<string, BudgetLine>;
  /** "Thema 2 / BSO+ voorziening": how a message names a line. */
  nameOf(lineId: string): string;
  context: BudgetValidationContext;
}

export interface BudgetRule {
  id: RuleId;
  /** Short Dutch name for a problems panel. */
  title: string;
  check(env: BudgetEnv): Finding[];
}
