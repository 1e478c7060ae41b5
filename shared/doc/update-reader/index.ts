/**
 * The one module that reads Yjs internals: the structs, GC and Skip records and delete set of
 * an update, the store's items, and the holders and entries of live types (live-types.ts).
 * Everything else judges the plain answers. Pinned to the Yjs line in written-for.ts;
 * tests/architecture.test.ts fails when code elsewhere reads them.
 */
export { isDeletedType, keyInParent, lastEntries, writerOf } from './live-types.ts';
export { readUpdate } from './read-update.ts';
export { YJS_WRITTEN_FOR } from './written-for.ts';
export type { Deletion, Place, ReadProblem, UpdateDescription, Write } from './description.ts';
