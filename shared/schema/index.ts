/**
 * The registry of row kinds: the one declaration of each kind of row of a programme. A new
 * kind is one file here and one entry in ROW_KINDS (plus where it hangs in tree.ts).
 */
import type { FieldDef, FieldOwner } from './fields.ts';
import { activity } from './activity.ts';
import { goalIndicator } from './goal-indicator.ts';
import { goal } from './goal.ts';
import { measurement } from './measurement.ts';
import { priority } from './priority.ts';
import { resultIndicator } from './result-indicator.ts';
import { result } from './result.ts';
import type { RowKind } from './row-kind.ts';
import { subGoal } from './sub-goal.ts';

export { activity, goal, goalIndicator, measurement, priority, result, resultIndicator, subGoal };

/** In document order: a parent kind comes before its children. */
export const ROW_KINDS = [goal, goalIndicator, subGoal, result, resultIndicator, activity, measurement, priority] as const;

export type EntityKind = (typeof ROW_KINDS)[number]['kind'];

const BY_KIND = new Map<string, RowKind>(ROW_KINDS.map((k) => [k.kind, k]));

export function rowKind(kind: EntityKind): RowKind<EntityKind> {
  return BY_KIND.get(kind) as RowKind<EntityKind>;
}

/** The fields of a kind in declaration order, the order every reader writes them. */
export function fieldsOf(kind: EntityKind): readonly (readonly [string, FieldDef])[] {
  return Object.entries(rowKind(kind).fields);
}

/** The fields of a kind in export order. */
export function exportFieldsOf(kind: EntityKind): readonly (readonly [string, FieldDef])[] {
  return [...fieldsOf(kind)].sort((a, b) => a[1].export.position - b[1].export.position);
}

export function fieldsOwnedBy(kind: EntityKind, owner: FieldOwner): string[] {
  return fieldsOf(kind)
    .filter(([, f]) => f.owner === owner)
    .map(([name]) => name);
}
