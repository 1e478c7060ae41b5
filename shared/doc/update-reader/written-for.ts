/**
 * The Yjs release line this module was written against. It reads the wire format's structs
 * (Item, GC, Skip), the delete set and the store's items, none of which Yjs promises to keep.
 * tests/shared/update-reader-version.test.ts fails when another line is installed.
 *
 * On an upgrade, re-check against the new Yjs source before changing this constant:
 * - `decodeUpdate` still yields `{ structs: (Item | GC | Skip)[], ds: { clients } }`, with an
 *   item carrying `parent` (root name or ID) only when it has neither `origin` nor `rightOrigin`;
 * - the content classes (ContentAny, ContentDeleted, ContentType, ...) and `getContent()`;
 * - `getItem` answering the GC struct that replaced a collected item, `getState`, `findRootTypeKey`;
 * - an integrated type's `_item` (its holder, `deleted`), `_map` of a map (entries, `id.client`,
 *   ContentDeleted after a delete in the running transaction), and `parentSub` (live-types.ts);
 * - then run the golden cases and the fuzz test (tests/shared/update-reader-*.test.ts).
 */
export const YJS_WRITTEN_FOR = '13.6';
