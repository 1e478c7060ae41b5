/**
 * Wraps a real store and makes chosen appends fail, as a full or broken disk would. The only
 * stand-in in the server tests: a real disk cannot be made to fail on cue.
 */
import * as Y from 'yjs';
import type {
  CompactionResult,
  DocumentStore,
  HistoryEntry,
  HistoryQuery,
  NewHistoryEntry,
  NewVersion,
  StoredVersion,
  VersionInfo,
} from '../../server/persistence/document-store.ts';

export class FaultyStore implements DocumentStore {
  /** While set, an append for which this returns true throws. */
  failAppend: ((docId: string, update: Uint8Array) => boolean) | null = null;
  failedAppends = 0;

  constructor(readonly inner: DocumentStore) {}

  append(docId: string, update: Uint8Array): number {
    if (this.failAppend?.(docId, update)) {
      this.failedAppends++;
      throw new Error('SQLITE_FULL: database or disk is full (injected)');
    }
    return this.inner.append(docId, update);
  }

  groupCommit<T>(work: () => T): T {
    return this.inner.groupCommit(work);
  }

  load(docId: string): Uint8Array[] {
    return this.inner.load(docId);
  }

  countUpdates(docId: string): number {
    return this.inner.countUpdates(docId);
  }

  compact(docId: string): CompactionResult {
    return this.inner.compact(docId);
  }

  listDocuments(): string[] {
    return this.inner.listDocuments();
  }

  hasDocument(docId: string): boolean {
    return this.inner.hasDocument(docId);
  }

  saveVersion(version: NewVersion): VersionInfo {
    return this.inner.saveVersion(version);
  }

  listVersions(docId: string): VersionInfo[] {
    return this.inner.listVersions(docId);
  }

  loadVersion(docId: string, versionId: string): StoredVersion | undefined {
    return this.inner.loadVersion(docId, versionId);
  }

  appendHistory(entries: readonly NewHistoryEntry[]): void {
    this.inner.appendHistory(entries);
  }

  listHistory(docId: string, query?: HistoryQuery): HistoryEntry[] {
    return this.inner.listHistory(docId, query);
  }

  close(): void {
    this.inner.close();
  }
}

/** True when the update writes a string containing `text` (used to pick updates to fail). */
export function updateWritesText(update: Uint8Array, text: string): boolean {
  return Y.decodeUpdate(update).structs.some(
    (s) => s instanceof Y.Item && s.content instanceof Y.ContentAny && s.content.arr.some((v) => typeof v === 'string' && v.includes(text)),
  );
}
