/**
 * The programme as plain data: what `GET /api/documents/:id` returns and what the grid renders.
 * Ids are stable and never shown; codes (Doel 3, 3.10) are stored human labels that are
 * never renumbered behind the user's back. The rows' fields are inferred from their
 * declarations in shared/schema/; this file only adds how they nest.
 */
import type { activity, goal, goalIndicator, measurement, priority, result, resultIndicator, subGoal } from '../schema/index.ts';
import type { RowOf } from '../schema/row-kind.ts';
import type { DIRECTIONS, EntityKind, INDICATOR_STATUSES, POLARITIES, SCOPES } from './entities.ts';

export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

export type Direction = (typeof DIRECTIONS)[number];

export type Scope = (typeof SCOPES)[number];

export type Polarity = (typeof POLARITIES)[number];

/** A measurement of an indicator (shared/schema/measurement.ts). */
export type Measurement = RowOf<typeof measurement>;

export interface GoalIndicator extends RowOf<typeof goalIndicator> {
  measurements: Measurement[];
}

export interface ResultIndicator extends RowOf<typeof resultIndicator> {
  measurements: Measurement[];
}

export type Activity = RowOf<typeof activity>;

/** One place in the advisory body's ranking of the results (shared/schema/priority.ts). */
export type Priority = RowOf<typeof priority>;

export interface Result extends RowOf<typeof result> {
  indicators: ResultIndicator[];
  activities: Activity[];
}

export interface SubGoal extends RowOf<typeof subGoal> {
  results: Result[];
  activities: Activity[];
}

export interface Goal extends RowOf<typeof goal> {
  indicators: GoalIndicator[];
  subGoals: SubGoal[];
}

export interface ProgrammeMeta {
  id: string;
  name: string;
  documentNumber: string;
  municipality: string;
  period: string;
  focusAreas: string[];
}

/**
 * A row that is in the document but not in the tree: its parent, or an ancestor, is gone (most
 * often deleted by a colleague while this row was added offline). `row` is its id and fields as
 * read, without child lists: its children are orphans of their own, so every row is listed once.
 */
export interface Orphan {
  kind: EntityKind;
  id: string;
  /** Its own parent id, which may itself be an orphan. */
  parentId: string | null;
  /** The first id up the chain that names no row of an allowed kind; null when a row that needs a parent has none. */
  missingParentId: string | null;
  row: Record<string, unknown> & { id: string };
}

export interface Programme extends ProgrammeMeta {
  schemaVersion: number;
  goals: Goal[];
  /** The advisory body's ranking; absent in programmes built from files that have none. */
  priorities?: Priority[];
  /** Set by readProgramme (empty when none); absent in programmes built from files. */
  orphans?: Orphan[];
}
