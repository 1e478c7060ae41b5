/**
 * Writes a paste plan as one transaction under the session's origin: one update on the wire,
 * one undo step. Updates go through the same writers as a typed edit (the council lock, the
 * result's indicator lines); added rows are appended under the table's parent.
 */
import type * as Y from 'yjs';
import { addRows, DocError, type EditOrigin } from '../../shared/doc/index.ts';
import { EDITABLE_FIELDS, type EntityKind, type FieldValue } from '../../shared/model/entities.ts';
import type { PastePlan } from './paste-plan.ts';

export interface PasteTarget<Row extends { id: string }> {
  doc: Y.Doc;
  origin: EditOrigin;
  undoManager: Y.UndoManager;
  kind: EntityKind;
  parentId: string;
  rowsById: ReadonlyMap<string, Row>;
  /** Stored fields of one row, as a typed edit writes them (council lock included). */
  writeFields(rowId: string, values: Record<string, FieldValue>): void;
  /** The table's own edit handler, for columns that are not a stored field. */
  onEdit(row: Row, field: string, value: unknown): void;
  /** A row as the table would show it right after adding it, for onEdit. */
  blankRow(id: string): Row;
}

/** Applies the plan; returns the ids of the added rows. Throws (after undoing itself) on failure. */
export function applyPastePlan<Row extends { id: string }>(target: PasteTarget<Row>, plan: PastePlan): string[] {
  const { doc, origin, undoManager, kind, parentId } = target;
  const stored = (field: string) => Object.prototype.hasOwnProperty.call(EDITABLE_FIELDS[kind], field);
  const stackBefore = undoManager.undoStack.length;
  let added: string[] = [];
  try {
    doc.transact(() => {
      for (const { rowId, values } of plan.updates) {
        const row = target.rowsById.get(rowId);
        if (!row) throw new DocError('unknown-row', 'Een rij is intussen verwijderd; er is niets geplakt.');
        const [own, derived] = split(values, stored);
        if (Object.keys(own).length > 0) target.writeFields(rowId, own);
        for (const [field, value] of Object.entries(derived)) target.onEdit(row, field, value);
      }
      if (plan.newRows.length === 0) return;
      const parts = plan.newRows.map((values) => split(values, stored));
      added = addRows(doc, kind, parts.map(([own]) => ({ parentId, fields: own })), origin);
      added.forEach((id, i) => {
        for (const [field, value] of Object.entries(parts[i]![1])) target.onEdit(target.blankRow(id), field, value);
      });
    }, origin);
  } catch (error) {
    // Yjs keeps what a failed transaction wrote and sends it. A paste is all or nothing, so the
    // partial write is undone at once, and that undo is not offered as a redo.
    if (undoManager.undoStack.length > stackBefore) {
      undoManager.undo();
      undoManager.redoStack.pop();
    }
    if (error instanceof DocError) throw error;
    console.error('paste failed', error);
    throw new Error('Plakken is mislukt; er is niets gewijzigd.');
  }
  return added;
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
