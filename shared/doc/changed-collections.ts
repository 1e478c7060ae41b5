/**
 * Which collections of a programme an incoming update would change, without touching the
 * live doc: the server lets a commenter's update through only when it changes comments alone.
 *
 * Reading the update's structs is not enough: an item names its parent only when it has no
 * neighbours, so the root it lands in is known only once Yjs has integrated it. So the update
 * is applied to a scratch copy and the transaction says what changed.
 */
import * as Y from 'yjs';
import { META_KEY, collectionOfRoot } from './layout.ts';
import type { NoteKind } from './notes-schema.ts';

/** The collection label of the comment notes (what a lezer may write). */
export const COMMENT_COLLECTION: NoteKind = 'comment';
/** The label this module uses for the programme's meta map. */
export const META_COLLECTION = 'meta';

/**
 * Collection labels (a row kind, a note kind, or 'meta') the update changes in `doc`; null when
 * the update cannot be read or touches something outside the layout.
 */
export function changedCollections(doc: Y.Doc, update: Uint8Array): Set<string> | null {
  const scratch = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    const touched = new Set<Y.AbstractType<any>>();
    scratch.on('afterTransaction', (transaction: Y.Transaction) => {
      for (const type of transaction.changed.keys()) touched.add(type);
      for (const type of transaction.changedParentTypes.keys()) touched.add(type);
    });
    Y.applyUpdate(scratch, update);
    const names = new Map<Y.AbstractType<any>, string>();
    for (const [name, type] of scratch.share) names.set(type, name);
    const collections = new Set<string>();
    for (const type of touched) {
      const name = names.get(rootOf(type));
      if (name === undefined) return null;
      const label = name === META_KEY ? META_COLLECTION : collectionOfRoot(name)?.label;
      if (label === undefined) return null;
      collections.add(label);
    }
    return collections;
  } catch {
    return null;
  } finally {
    scratch.destroy();
  }
}

/** True when the update changes nothing but comments (or nothing at all). */
export function changesOnlyComments(doc: Y.Doc, update: Uint8Array): boolean {
  const changed = changedCollections(doc, update);
  return changed !== null && [...changed].every((label) => label === COMMENT_COLLECTION);
}

function rootOf(type: Y.AbstractType<any>): Y.AbstractType<any> {
  let current = type;
  while (current._item) current = current._item.parent as Y.AbstractType<any>;
  return current;
}
