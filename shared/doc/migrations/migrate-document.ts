/**
 * Brings a stored programme document up to SCHEMA_VERSION: every pending migration in one
 * transaction, then meta.schemaVersion, so a reader never sees a half-migrated document and
 * the whole change is one update to store.
 */
import type * as Y from 'yjs';
import { metaMap, SCHEMA_VERSION } from '../layout.ts';
import { EditOrigin } from '../origin.ts';
import { FIRST_SCHEMA_VERSION, MIGRATIONS } from './list.ts';
import type { Migration } from './migration.ts';

/** Koers itself changes the document, not a user: nobody's undo or cell history holds it. */
const MIGRATION_ORIGIN = new EditOrigin('server', 'koers', 'Koers');

export interface MigrationOutcome {
  from: number;
  to: number;
  applied: readonly Migration[];
}

/** The schema version a document was written at; one without a stamp predates the stamp. */
export function schemaVersionOf(doc: Y.Doc): number {
  const version = metaMap(doc).get('schemaVersion');
  return typeof version === 'number' && Number.isInteger(version) ? version : FIRST_SCHEMA_VERSION;
}

/**
 * Null when there is nothing to do: an empty document, one already at SCHEMA_VERSION, or one a
 * newer Koers wrote (it is left as it is rather than guessed at).
 */
export function migrateDocument(doc: Y.Doc, origin: unknown = MIGRATION_ORIGIN): MigrationOutcome | null {
  if (metaMap(doc).size === 0) return null;
  const from = schemaVersionOf(doc);
  if (from >= SCHEMA_VERSION) return null;
  const pending = MIGRATIONS.filter((m) => m.from >= from);
  doc.transact(() => {
    for (const migration of pending) migration.up(doc);
    metaMap(doc).set('schemaVersion', SCHEMA_VERSION);
  }, origin);
  return { from, to: SCHEMA_VERSION, applied: pending };
}
