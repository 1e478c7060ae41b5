/** Findings and rules: the vocabulary of the validation engine. */
import type { EntityKind } from '../model/entities.ts';
import type { BudgetKind } from '../schema/budget/index.ts';
import type { Activity, Goal, GoalIndicator, Measurement, Priority, Programme, Result, ResultIndicator, SubGoal } from '../model/types.ts';
import type { ValidationContext } from './context.ts';
import type { IndicatorReading, ParseMemo } from './reading.ts';
import type { ProgrammeIndex } from './model-index.ts';

export type Severity = 'error' | 'warning' | 'info';

/** The words the interface uses. */
export const SEVERITY_LABELS: Record<Severity, string> = { error: 'fout', warning: 'waarschuwing', info: 'info' };

export type RuleId = `V${number}`;

/** A budget plan's findings name a budget row kind, or `budget` for the plan as a whole. */
export type FindingEntityKind = EntityKind | 'programme' | 'engine' | 'budget' | BudgetKind;

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  entityKind: FindingEntityKind;
  entityId: string;
  /** The cell the finding is about, null for the row as a whole. */
  field: string | null;
  /** Dutch: what is wrong and how to fix it. */
  message: string;
  /** ruleId|entityId|field: stable across edits, so an acknowledgement can find it again. */
  key: string;
}

type EntityEntry =
  | { kind: 'goal'; entity: Goal }
  | { kind: 'goalIndicator'; entity: GoalIndicator }
  | { kind: 'subGoal'; entity: SubGoal }
  | { kind: 'result'; entity: Result }
  | { kind: 'resultIndicator'; entity: ResultIndicator }
  | { kind: 'activity'; entity: Activity }
  | { kind: 'measurement'; entity: Measurement }
  | { kind: 'priority'; entity: Priority };

export type IndexEntry = EntityEntry & {
  id: string;
  parentId: string | null;
  goalId: string | null;
  /** Depth-first position in the programme: the order findings are listed in. */
  position: number;
};

export interface RuleEnv {
  programme: Programme;
  context: ValidationContext;
  index: ProgrammeIndex;
  memo: ParseMemo;
  indicator(ind: GoalIndicator): IndicatorReading;
  /** First and last year of the programme period ("2025-2028"). */
  periodStart: number | null;
  periodEnd: number | null;
  /** Year from context.today, or null. */
  currentYear: number | null;
  nominalBaselineYear(goalId: string | null): number | null;
}

interface RuleBase {
  id: RuleId;
  /** Short Dutch name for a problems panel. */
  title: string;
}

/** Reads only the entity itself (and the context): re-run when that entity changes. */
export interface EntityRule extends RuleBase {
  scope: 'entity';
  kinds: readonly EntityKind[];
  check(entry: IndexEntry, env: RuleEnv): Finding[];
}

/** Reads one goal's subtree: re-run when anything in it changes. */
export interface GoalRule extends RuleBase {
  scope: 'goal';
  check(goal: Goal, env: RuleEnv): Finding[];
}

/** Reads the whole programme or the context: re-run on every update (they are cheap). */
export interface ProgrammeRule extends RuleBase {
  scope: 'programme';
  check(env: RuleEnv): Finding[];
}

export type Rule = EntityRule | GoalRule | ProgrammeRule;
