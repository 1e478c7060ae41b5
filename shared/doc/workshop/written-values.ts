/**
 * Every value an update writes into a werkatelier doc, as it was sent, whether or not it will
 * show. The preview (changes.ts) leaves out writes that lose a concurrent conflict, because they
 * change nothing anyone sees; but they are stored all the same, so the server judges them as
 * well (issue 11, items 4 and 11: a losing card in someone else's name was stored unchecked).
 */
import type * as Y from 'yjs';
import type { UpdateDescription } from '../update-reader/index.ts';
import type { KeyChange } from './changes.ts';
import { WORKSHOP_ROOTS, WORKSHOP_ROOT_KINDS, workshopMap, type WorkshopRoot } from './layout.ts';

export interface WrittenValues {
  /** Each plain value written at a key of a root map, with the key's value now as `before`. */
  writes: KeyChange[];
  /** A write under a deleted parent: it can never show. */
  dead: boolean;
  /** A write that is no plain value at a root map's key (a nested type, list content, another root). */
  other: boolean;
}

export function writtenValues(description: UpdateDescription, doc: Y.Doc): WrittenValues {
  const rootOf = new Map<string, WorkshopRoot>(WORKSHOP_ROOT_KINDS.map((root) => [WORKSHOP_ROOTS[root], root]));
  const out: WrittenValues = { writes: [], dead: false, other: false };
  for (const write of description.writes) {
    if (write.content.kind === 'deleted') continue; // collected history carries nothing
    if (!write.place.live) {
      out.dead = true;
      continue;
    }
    const root = rootOf.get(write.place.root);
    if (!root || write.place.path.length > 0 || write.key === null || write.content.kind !== 'values') {
      out.other = true;
      continue;
    }
    const before = workshopMap(doc, root).get(write.key);
    for (const after of write.content.values) out.writes.push({ root, key: write.key, before, after });
  }
  return out;
}
