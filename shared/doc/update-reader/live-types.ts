/**
 * What a live doc's shared types know but the public Yjs API does not tell: whether a type's
 * holder is deleted, the key a type sits under in its parent map, which client wrote the entry
 * that holds a key, and the entries of a map deleted in the running transaction. These read
 * `_item` and `_map` (Item, ContentDeleted), Yjs internals like the update's structs, so they
 * live beside the update reader under the same pin (written-for.ts).
 */
import * as Y from 'yjs';

/** True when the type's holder item is deleted (a row removed, also in this transaction). */
export function isDeletedType(type: Y.Map<unknown>): boolean {
  return type._item?.deleted ?? false;
}

/** The key the type is stored under in its parent map, or null for a root or a list entry. */
export function keyInParent(type: Y.Map<unknown>): string | null {
  return type._item?.parentSub ?? null;
}

/** Y.Doc client id of whoever wrote the entry that holds `key` now; null when nothing does. */
export function writerOf(map: Y.Map<unknown>, key: string): number | null {
  return map._map.get(key)?.id.client ?? null;
}

/**
 * The last value of every key of a map, read even when the map was deleted in this very
 * transaction: its entries are marked deleted but still hold their content until the cleanup
 * ends. Keys whose content is already gone (collected) are left out.
 */
export function lastEntries(map: Y.Map<unknown>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, item] of map._map) {
    const content = item.content.getContent();
    if (content.length > 0 && !(item.content instanceof Y.ContentDeleted)) out.set(key, content[content.length - 1]);
  }
  return out;
}
