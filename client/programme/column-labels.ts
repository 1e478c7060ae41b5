/**
 * The names of the grid's columns, read from the schema: a column that shows a field is named by
 * the field's heading; the column that lists a result's indicators, one per line, by that kind.
 */
import type { FieldDef } from '../../shared/schema/fields.ts';
import { resultIndicator, rowKind, type EntityKind } from '../../shared/schema/index.ts';

// A kind or field name from stored history may be one this build does not know.
function fieldOf(kind: EntityKind, name: string): FieldDef | undefined {
  const fields = (rowKind(kind) as ReturnType<typeof rowKind> | undefined)?.fields;
  return fields && Object.hasOwn(fields, name) ? fields[name] : undefined;
}

/** The result table's column that holds its indicators as lines (not a stored field of a result). */
export const RESULT_INDICATORS_COLUMN = 'indicatorsText';

/** The grid header of a column of a kind's table, or undefined when no field or list is shown there. */
export function columnHeading(kind: EntityKind, colId: string): string | undefined {
  if (kind === 'result' && colId === RESULT_INDICATORS_COLUMN) return resultIndicator.fields.text.heading;
  return fieldOf(kind, colId)?.heading;
}

/** The field's own name (history, change requests), with the same fallback for the indicators column. */
export function columnLabel(kind: EntityKind, colId: string): string | undefined {
  if (kind === 'result' && colId === RESULT_INDICATORS_COLUMN) return resultIndicator.label;
  return fieldOf(kind, colId)?.label;
}
