/**
 * Which collections of a programme an incoming update would change, without touching the
 * live doc: the server lets a commenter's update through only when it changes comments alone.
 *
 * Read from the update's description: the roots its writes land in and the roots of the items
 * it deletes. Writes under a deleted parent count for no collection, as Yjs integrates them as
 * deleted (issue 11, "hidden data": such a write is still stored; the description has it).
 */
import type * as Y from 'yjs';
import { META_KEY, collectionOfRoot } from './layout.ts';
import type { NoteKind } from './notes-schema.ts';
import { readUpdate, type UpdateDescription } from './update-reader/index.ts';

/** The collection label of the comment notes (what a lezer may write). */
export const COMMENT_COLLECTION: NoteKind = 'comment';
/** The label this module uses for the programme's meta map. */
const META_COLLECTION = 'meta';

/**
 * Collection labels (a row kind, a note kind, or 'meta') the update changes in `doc`; null when
 * the update cannot be read or touches something outside the layout.
 */
export function changedCollections(doc: Y.Doc, update: Uint8Array): Set<string> | null {
  return collectionsChangedBy(readUpdate(doc, update));
}

/** changedCollections of an update the caller already read. */
export function collectionsChangedBy(description: UpdateDescription): Set<string> | null {
  if (description.problem) return null;
  const collections = new Set<string>();
  const places = [...description.writes.map((write) => write.place), ...description.deletions.map((deletion) => deletion.place)];
  for (const place of places) {
    if (!place.live) continue;
    const label = place.root === META_KEY ? META_COLLECTION : collectionOfRoot(place.root)?.label;
    if (label === undefined) return null;
    collections.add(label);
  }
  return collections;
}

