/**
 * Writes an import plan into a programme doc as one transaction with the importer's origin:
 * updates in place, new rows appended after their siblings in file order, then the confirmed
 * deletions. The plan was made against this same doc state, so every operation fits; if one
 * still throws, the caller's scratch copy is dropped and nothing is written anywhere.
 */
import type * as Y from 'yjs';
import { addRows, deleteRow, findRowKind, setField, type EditOrigin } from '../../shared/doc/index.ts';
import { ENTITY_KINDS } from '../../shared/model/entities.ts';
import type { ImportPlan } from './plan.ts';

export function applyPlan(doc: Y.Doc, plan: ImportPlan, origin: EditOrigin): void {
  const { updates, adds, deletes } = plan.operations;
  doc.transact(() => {
    for (const { kind, id, fields } of updates) {
      for (const [field, value] of Object.entries(fields)) setField(doc, kind, id, field, value, origin);
    }
    for (const kind of ENTITY_KINDS) addRows(doc, kind, adds[kind], origin);
    // A row may already be gone with a deleted ancestor.
    for (const { kind, id } of deletes) if (findRowKind(doc, id) === kind) deleteRow(doc, kind, id, origin);
  }, origin);
}
