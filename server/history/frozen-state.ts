/**
 * A frozen version as a Y.Doc to read. Versions are never rewritten (the store refuses it), so
 * one frozen at an older schema version is migrated here, in memory, each time it is opened:
 * every reader of a version sees the current schema, and the stored bytes stay as frozen.
 * The caller destroys the doc.
 */
import * as Y from 'yjs';
import { migrateDocument } from '../../shared/doc/migrations/migrate-document.ts';

export function openFrozenState(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  migrateDocument(doc);
  return doc;
}
