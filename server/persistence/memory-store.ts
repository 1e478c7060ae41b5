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
import { continuesBurst } from './history-bursts.ts';
import { copyEntry, historyLimit, matchesHistoryQuery, toJson } from './history-rows.ts';
import { mergeThroughDoc } from './merge-updates.ts';

interface Row {
  seq: number;
  update: Uint8Array;
}

export class MemoryStore implements DocumentStore {
  private readonly logs = new Map<string, Row[]>();
  private readonly versions: StoredVersion[] = [];
  private history: HistoryEntry[] = [];
  private lastSeq = 0;
  private lastHistorySeq = 0;
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
    const history = [...this.history];
    this.inGroup = true;
    try {
      return work();
    } catch (error) {
      for (const [docId, rows] of this.logs) rows.length = logLengths.get(docId) ?? 0;
      this.history = history;
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
    for (const entry of entries) {
      const seq = ++this.lastHistorySeq;
      const old = toJson(entry.old);
      let at = this.history.length - 1;
      while (at >= 0 && !sameCell(this.history[at]!, entry)) at--;
      const latest = this.history[at];
      if (latest && continuesBurst({ ...latest, at: Date.parse(latest.at), newJson: toJson(latest.new) }, entry, old)) {
        // Replaced, not changed in place: a failing group commit puts back its copy of the list.
        this.history.splice(at, 1);
        this.history.push(copyEntry({ ...entry, old: latest.old }, seq));
      } else {
        this.history.push(copyEntry(entry, seq));
      }
    }
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

function sameCell(a: NewHistoryEntry, b: NewHistoryEntry): boolean {
  return a.documentId === b.documentId && a.rowId === b.rowId && a.field === b.field;
}
