/**
 * At start, before the server listens: brings every stored programme document up to the
 * current schema version (shared/doc/migrations/). Each document is loaded, migrated in one
 * transaction, and the resulting update appended durably in one store append, so a document is
 * either fully migrated or untouched. Documents already current are not written, so a second
 * start changes nothing. Werkatelier documents and budget plans have their own layouts and are
 * skipped (a budget plan is at its first schema version, shared/doc/budget/layout.ts).
 */
import * as Y from 'yjs';
import { migrateDocument } from '../../shared/doc/migrations/migrate-document.ts';
import { isBudgetDocId } from '../../shared/budget/document-id.ts';
import { workshopIdOfDoc } from '../../shared/workshop/api.ts';
import type { Logger } from '../log.ts';
import type { DocumentStore } from './document-store.ts';

export interface MigratedDocument {
  docId: string;
  from: number;
  to: number;
}

export function migrateStoredDocuments(store: DocumentStore, log: Logger): MigratedDocument[] {
  const migrated: MigratedDocument[] = [];
  for (const docId of store.listDocuments()) {
    if (workshopIdOfDoc(docId) !== null || isBudgetDocId(docId)) continue;
    const doc = new Y.Doc();
    try {
      for (const update of store.load(docId)) Y.applyUpdate(doc, update);
      const before = Y.encodeStateVector(doc);
      const outcome = migrateDocument(doc);
      if (!outcome) continue;
      store.append(docId, Y.encodeStateAsUpdate(doc, before));
      migrated.push({ docId, from: outcome.from, to: outcome.to });
      log.info('document migrated', { docId, from: outcome.from, to: outcome.to, why: outcome.applied.map((m) => m.why) });
    } finally {
      doc.destroy();
    }
  }
  return migrated;
}
