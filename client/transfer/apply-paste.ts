/**
 * Writes a paste plan; runs inside the paste action's one transaction (client/actions/
 * paste-action.ts: one update on the wire, one undo step, all or nothing). Updates go through
 * the same writers as a typed edit (the council lock, the result's indicator lines); added rows
 * are appended under the table's parent.
 */
import type * as Y from 'yjs';
import { addRows, DocError, type EditOrigin } from '../../shared/doc/index.ts';
import { EDITABLE_FIELDS, type EntityKind, type FieldValue } from '../../shared/model/entities.ts';
import type { PastePlan } from './paste-plan.ts';

export interface PasteTarget<Row extends { id: string }> {
  doc: Y.Doc;
  origin: EditOrigin;
  kind: EntityKind;
  parentId: string | null;
  rowsById: ReadonlyMap<string, Row>;
  /** Stored fields of one row, as a typed edit writes them (council lock included). */
  writeFields(rowId: string, values: Record<string, FieldValue>): void;
  /** The table's own cell writer, for columns that are not a stored field. */
  onEdit(row: Row, field: string, value: unknown): void;
  /** A row as the table would show it right after adding it, for onEdit. */
  blankRow(id: string): Row;
}

/** The stored values a plan writes (for the value check before anything is written). */
export function pastedStoredValues(kind: EntityKind, plan: PastePlan): { field: string; value: FieldValue }[] {
  const all = [...plan.updates.map((u) => u.values), ...plan.newRows];
  return all.flatMap((values) => Object.entries(split(values, storedIn(kind))[0]).map(([field, value]) => ({ field, value })));
}

/** Applies the plan; returns the ids of the added rows. Call inside one transaction. */
export function applyPastePlan<Row extends { id: string }>(target: PasteTarget<Row>, plan: PastePlan): string[] {
  const { doc, origin, kind, parentId } = target;
  const stored = storedIn(kind);
  for (const { rowId, values } of plan.updates) {
    const row = target.rowsById.get(rowId);
    if (!row) throw new DocError('unknown-row', 'Een rij is intussen verwijderd; er is niets geplakt.');
    const [own, derived] = split(values, stored);
    if (Object.keys(own).length > 0) target.writeFields(rowId, own);
    for (const [field, value] of Object.entries(derived)) target.onEdit(row, field, value);
  }
  if (plan.newRows.length === 0) return [];
  const parts = plan.newRows.map((values) => split(values, stored));
  const added = addRows(doc, kind, parts.map(([own]) => ({ parentId, fields: own })), origin);
  added.forEach((id, i) => {
    for (const [field, value] of Object.entries(parts[i]![1])) target.onEdit(target.blankRow(id), field, value);
  });
  return added;
}

function storedIn(kind: EntityKind): (field: string) => boolean {
  return (field) => Object.prototype.hasOwnProperty.call(EDITABLE_FIELDS[kind], field);
}

function split(
  values: Record<string, FieldValue>,
  stored: (field: string) => boolean,
): [Record<string, FieldValue>, Record<string, FieldValue>] {
  const own: Record<string, FieldValue> = {};
  const derived: Record<string, FieldValue> = {};
  for (const [field, value] of Object.entries(values)) (stored(field) ? own : derived)[field] = value;
  return [own, derived];
}
