/**
 * Whether an incoming update adds nothing to a doc (a reconnect's sync step 2 usually does
 * not). Answered by the update reader (shared/doc/update-reader), which looks only at the
 * update's own structs and deletions; Y.snapshotContainsUpdate would walk the whole doc.
 */
import type * as Y from 'yjs';
import { readUpdate } from '../../shared/doc/index.ts';

export function updateIsKnown(doc: Y.Doc, update: Uint8Array): boolean {
  return readUpdate(doc, update).known;
}
