/**
 * The one module that reads Yjs internals: the structs, GC and Skip records and delete set of
 * an update, and the store's items. Everything else judges the plain description it answers.
 * Pinned to the Yjs line in written-for.ts.
 */
export { readUpdate } from './read-update.ts';
export { YJS_WRITTEN_FOR } from './written-for.ts';
export type { ReadProblem, UpdateDescription, Write } from './description.ts';
