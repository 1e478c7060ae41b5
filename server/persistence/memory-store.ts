/** The storage port kept in memory: for tests and throwaway demos. Same contract as SQLite. */
import { randomUUID } from 'node:crypto';
import type {
  CompactionResult,
  DocumentStore,
  HistoryEntry,
  HistoryQuery,
  NewHistoryEntry,
  NewVersion,
  StoredVersion,
  VersionInfo,
} from './document-store.ts';
import { copyEntry, historyLimit, matchesHistoryQuery } from './history-rows.ts';
import { mergeThroughDoc } from './merge-updates.ts';

interface Row {
  seq: number;
  update: Uint8Array;
}

export class MemoryStore implements DocumentStore {
  private readonly logs = new Map<string, Row[]>();
  private readonly versions: StoredVersion[] = [];
  private readonly history: HistoryEntry[] = [];
  private lastSeq = 0;
  private closed = false;
  private inGroup = false;

  append(docId: string, update: Uint8Array): number {
    this.assertOpen();
    const seq = ++this.lastSeq;
    // Copy: the caller's buffer may be reused or be a view into a larger message.
    const row = { seq, update: Uint8Array.from(update) };
    const log = this.logs.get(docId);
    if (log) log.push(row);
    else this.logs.set(docId, [row]);
    return seq;
  }

  groupCommit<T>(work: () => T): T {
    this.assertOpen();
    if (this.inGroup) return work();
    // All or none, as a transaction: what work appended is taken back when it throws.
    const logLengths = new Map([...this.logs].map(([docId, rows]) => [docId, rows.length]));
    const historyLength = this.history.length;
    this.inGroup = true;
    try {
      return work();
    } catch (error) {
      for (const [docId, rows] of this.logs) rows.length = logLengths.get(docId) ?? 0;
      this.history.length = historyLength;
      throw error;
    } finally {
      this.inGroup = false;
    }
  }

  load(docId: string): Uint8Array[] {
    this.assertOpen();
    return (this.logs.get(docId) ?? []).map((row) => Uint8Array.from(row.update));
  }

  countUpdates(docId: string): number {
    this.assertOpen();
    return this.logs.get(docId)?.length ?? 0;
  }

  compact(docId: string): CompactionResult {
    this.assertOpen();
    const log = this.logs.get(docId) ?? [];
    const last = log[log.length - 1];
    if (!last) return { merged: 0, upToSeq: 0 };
    if (log.length === 1) return { merged: 1, upToSeq: last.seq };
    const merged = mergeThroughDoc(log.map((row) => row.update));
    this.logs.set(docId, [{ seq: last.seq, update: merged }]);
    return { merged: log.length, upToSeq: last.seq };
  }

  listDocuments(): string[] {
    this.assertOpen();
    return [...this.logs.keys()].filter((id) => this.logs.get(id)!.length > 0).sort();
  }

  hasDocument(docId: string): boolean {
    this.assertOpen();
    return (this.logs.get(docId)?.length ?? 0) > 0;
  }

  saveVersion(version: NewVersion): VersionInfo {
    this.assertOpen();
    const stored: StoredVersion = { ...version, id: randomUUID(), createdBy: { ...version.createdBy }, state: Uint8Array.from(version.state) };
    this.versions.push(stored);
    return withoutState(stored);
  }

  listVersions(docId: string): VersionInfo[] {
    this.assertOpen();
    return this.versions.filter((v) => v.documentId === docId).reverse().map(withoutState);
  }

  loadVersion(docId: string, versionId: string): StoredVersion | undefined {
    this.assertOpen();
    const found = this.versions.find((v) => v.documentId === docId && v.id === versionId);
    return found && { ...withoutState(found), state: Uint8Array.from(found.state) };
  }

  appendHistory(entries: readonly NewHistoryEntry[]): void {
    this.assertOpen();
    const seq = this.history.length;
    this.history.push(...entries.map((entry, i) => copyEntry(entry, seq + i + 1)));
  }

  listHistory(docId: string, query: HistoryQuery = {}): HistoryEntry[] {
    this.assertOpen();
    const out: HistoryEntry[] = [];
    const limit = historyLimit(query);
    for (let i = this.history.length - 1; i >= 0 && out.length < limit; i--) {
      const entry = this.history[i]!;
      if (entry.documentId === docId && matchesHistoryQuery(entry, query)) out.push(copyEntry(entry, entry.seq));
    }
    return out;
  }

  close(): void {
    this.closed = true;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('MemoryStore is closed');
  }
}

function withoutState(version: StoredVersion): VersionInfo {
  const { state: _state, ...info } = version;
  return { ...info, createdBy: { ...info.createdBy } };
}
