/**
 * The one write path for the fields of a row and for adding or deleting a row. Every action
 * that changes table content ends here; the council lock is a step inside it
 * (client/council/council-write.ts), so no caller can write around it.
 */
import type * as Y from 'yjs';
import { readField, setField, type EditOrigin } from '../../shared/doc/index.ts';
import type { EntityKind, FieldValue } from '../../shared/model/entities.ts';
import {
  councilFieldsOf,
  requestFieldChange,
  requestRowChange,
  rowPassFor,
  type CouncilWriteContext,
  type RowChange,
} from '../council/council-write.ts';

/**
 * Writes fields of one row in one transaction (one undo step); returns the fields that changed.
 * Unchanged values are skipped. A changed council-owned field without a matching pass is
 * refused before anything is written.
 */
export function writeRow(
  doc: Y.Doc,
  origin: EditOrigin,
  kind: EntityKind,
  rowId: string,
  values: Readonly<Record<string, FieldValue>>,
  council: CouncilWriteContext | null = null,
): string[] {
  const changed = Object.keys(values).filter((field) => (readField(doc, kind, rowId, field) ?? null) !== values[field]);
  if (changed.length === 0) return [];
  const { owned, pass } = councilFieldsOf(kind, rowId, changed, values, council);
  doc.transact(() => {
    for (const field of changed) {
      const old = readField(doc, kind, rowId, field);
      setField(doc, kind, rowId, field, values[field]!, origin);
      if (pass && owned.includes(field)) requestFieldChange(doc, origin, { kind, rowId, field }, old, values[field], pass, council!);
    }
  }, origin);
  return changed;
}

/**
 * Adds or deletes a row (`change` does it and says which). Rows of a council-owned kind after
 * adoption need a pass; the change request (field "*") goes into the same transaction.
 */
export function writeRowChange(doc: Y.Doc, origin: EditOrigin, kind: EntityKind, council: CouncilWriteContext, change: () => RowChange): void {
  const pass = rowPassFor(kind, council);
  if (!pass) {
    change();
    return;
  }
  doc.transact(() => {
    requestRowChange(doc, origin, kind, change(), pass, council);
  }, origin);
}
