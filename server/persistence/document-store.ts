/**
 * The storage port: an append-only log of Yjs updates per document, compacted now and then.
 *
 * Every method is synchronous and `append` returns only once the update is durable. The sync
 * server relies on that: it appends an update before it applies or relays it, so nothing a
 * client has seen can be lost, and loading, appending and compacting a room never interleave.
 * An asynchronous implementation (PostgreSQL for scale-out) would need the room registry to
 * await load and unload; the registry keeps that spot marked.
 *
 * Versions (a frozen, adopted state with a label) will join this port as
 * saveVersion / listVersions / loadVersion; the SQLite schema is versioned for that migration.
 */

export interface CompactionResult {
  /** Rows folded into one. */
  merged: number;
  /** Highest sequence number that was folded; later rows were left alone. */
  upToSeq: number;
}

export interface DocumentStore {
  /** Appends one update durably; returns its sequence number (increasing per store). */
  append(docId: string, update: Uint8Array): number;
  /** All stored updates of a document in append order; empty when it does not exist. */
  load(docId: string): Uint8Array[];
  /** Number of rows in the document's log (what compaction keeps small). */
  countUpdates(docId: string): number;
  /**
   * Folds every row up to the current last one into a single update, through a
   * garbage-collected Y.Doc, atomically. Rows appended later survive untouched.
   */
  compact(docId: string): CompactionResult;
  /** Ids of all documents with at least one stored update, sorted. */
  listDocuments(): string[];
  hasDocument(docId: string): boolean;
  close(): void;
}
