/**
 * The six row kinds of a programme, their parent kinds and the fields a user may set, as the
 * operations, the server's update guard and the grid's column definitions see them. All of it
 * derives from the row-kind declarations in shared/schema/; nothing here restates a field.
 */
import { fieldProblem, type FieldDef } from '../schema/fields.ts';
import { goalIndicator, ROW_KINDS, rowKind, type EntityKind } from '../schema/index.ts';

export { MAX_TEXT_LENGTH, type FieldSpec } from '../schema/fields.ts';
export type { EntityKind } from '../schema/index.ts';

export const ENTITY_KINDS: readonly EntityKind[] = ROW_KINDS.map((k) => k.kind);

const gi = goalIndicator.fields;

export const INDICATOR_STATUSES = gi.status.values;

/** How a target is stated: the comparator of a streefwaarde. */
export const DIRECTIONS = gi.direction.values;

export const SCOPES = gi.baselineScope.values;

export const POLARITIES = gi.polarity.values;

/** Parent kinds of each row kind; `activity` may hang under a sub-goal or a result. */
export const PARENT_KINDS = Object.fromEntries(ROW_KINDS.map((k) => [k.kind, k.parents])) as Record<
  EntityKind,
  readonly (EntityKind | 'programme')[]
>;

export const EDITABLE_FIELDS = Object.fromEntries(ROW_KINDS.map((k) => [k.kind, k.fields])) as unknown as Record<
  EntityKind,
  Readonly<Record<string, FieldDef>>
>;

export type FieldValue = string | number | boolean | null;

export function isEntityKind(value: unknown): value is EntityKind {
  return typeof value === 'string' && (ENTITY_KINDS as readonly string[]).includes(value);
}

export function isEditableField(kind: EntityKind, field: string): boolean {
  return Object.prototype.hasOwnProperty.call(rowKind(kind).fields, field);
}

/** Returns null when the value fits the field, else a Dutch reason. */
export function checkFieldValue(kind: EntityKind, field: string, value: unknown): string | null {
  if (!isEditableField(kind, field)) return `Onbekend veld "${field}".`;
  return fieldProblem(rowKind(kind).fields[field]!, value);
}
