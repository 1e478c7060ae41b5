/**
 * The storage port: an append-only log of Yjs updates per document, compacted now and then;
 * the named versions frozen from it; and the cell history recorded beside it.
 *
 * Every method is synchronous and `append` returns only once the update is durable (inside
 * `groupCommit`: once the group commit returned). The sync
 * server relies on that: it appends an update before it applies or relays it, so nothing a
 * client has seen can be lost, and loading, appending and compacting a room never interleave.
 * An asynchronous implementation (PostgreSQL for scale-out) would need the room registry to
 * await load and unload; the registry keeps that spot marked.
 *
 * Versions are immutable: the port has no way to change or remove one (and the SQLite table
 * refuses UPDATE and DELETE by trigger). History is append-only for the same reason: it is
 * what people rely on to see who changed what; the one exception is a person's burst of
 * changes to one cell, kept as one entry that the next change of the burst extends
 * (history-bursts.ts). Compaction of the log touches neither.
 */
import type { HistoryEntry, HistoryQuery, NewHistoryEntry } from '../../shared/history/history-entry.ts';
import type { VersionAuthor, VersionInfo, VersionInput } from '../../shared/history/version.ts';

export type { HistoryEntry, HistoryQuery, NewHistoryEntry, VersionInfo };

/** What a caller hands over to freeze a version; the store assigns the id. */
export interface NewVersion extends VersionInput {
  documentId: string;
  createdAt: string;
  createdBy: VersionAuthor;
  /** Y.encodeStateAsUpdate of the live document at freeze time. */
  state: Uint8Array;
}

export interface StoredVersion extends VersionInfo {
  state: Uint8Array;
}

/** Most history entries one query returns. */
export const MAX_HISTORY_LIMIT = 1_000;

export interface CompactionResult {
  /** Rows folded into one. */
  merged: number;
  /** Highest sequence number that was folded; later rows were left alone. */
  upToSeq: number;
}

export interface DocumentStore {
  /** Appends one update durably; returns its sequence number (increasing per store). */
  append(docId: string, update: Uint8Array): number;
  /**
   * Group commit: runs `work`, and every append and appendHistory it makes (for any document)
   * is committed together, in one durable transaction, when `work` returns. All or none: when
   * `work` throws, or the commit fails, nothing of it is stored and groupCommit throws. An
   * append that throws inside leaves the others of the batch standing (its caller decides). A
   * groupCommit inside another joins the outer one. The room runs every update it reads in one
   * event-loop turn through one groupCommit, and relays them only after it returned (issue 15).
   */
  groupCommit<T>(work: () => T): T;
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

  /** Stores a frozen version durably and returns it as listed (with its new id). */
  saveVersion(version: NewVersion): VersionInfo;
  /** The document's versions, newest first, without their state. */
  listVersions(docId: string): VersionInfo[];
  /** One version with its state; undefined when it does not exist for this document. */
  loadVersion(docId: string, versionId: string): StoredVersion | undefined;

  /** Appends history entries durably, all or none. */
  appendHistory(entries: readonly NewHistoryEntry[]): void;
  /** History of a document, newest first, at most `limit` (default and cap MAX_HISTORY_LIMIT). */
  listHistory(docId: string, query?: HistoryQuery): HistoryEntry[];

  close(): void;
}
