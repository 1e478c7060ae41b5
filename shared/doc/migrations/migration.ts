/**
 * One step of a stored programme document from one schema version to the next, as tldraw
 * migrates its records. `up` runs inside the transaction of migrateDocument, never alone.
 * A migration spells out the Y.Doc keys as they were at its version, rather than importing
 * today's layout, so a later layout change cannot change what an old migration does.
 */
import type * as Y from 'yjs';

export interface Migration {
  readonly from: number;
  readonly to: number;
  /** Why stored data had to change: for the next engineer and the start-up log. */
  readonly why: string;
  up(doc: Y.Doc): void;
}
