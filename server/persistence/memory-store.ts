/** The storage port kept in memory: for tests and throwaway demos. Same contract as SQLite. */
import type { CompactionResult, DocumentStore } from './document-store.ts';
import { mergeThroughDoc } from './merge-updates.ts';

interface Row {
  seq: number;
  update: Uint8Array;
}

export class MemoryStore implements DocumentStore {
  private readonly logs = new Map<string, Row[]>();
  private lastSeq = 0;
  private closed = false;

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

  close(): void {
    this.closed = true;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('MemoryStore is closed');
  }
}
