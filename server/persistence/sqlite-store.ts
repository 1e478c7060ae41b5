/**
 * The embedded default store: better-sqlite3 with WAL and synchronous=FULL, so an append
 * returns only after its commit is on disk (survives a process kill and a power cut).
 * Versions and history live in the same file (sqlite-versions.ts, sqlite-history.ts).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
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
import { mergeThroughDoc } from './merge-updates.ts';
import { SqliteHistory } from './sqlite-history.ts';
import { migrate } from './sqlite-schema.ts';
import { SqliteVersions } from './sqlite-versions.ts';

export class SqliteStore implements DocumentStore {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<[string, Buffer, number]>;
  private readonly insertAt: Database.Statement<[number, string, Buffer, number]>;
  private readonly selectLog: Database.Statement<[string], { seq: number; data: Buffer }>;
  private readonly count: Database.Statement<[string], { n: number }>;
  private readonly deleteUpTo: Database.Statement<[string, number]>;
  private readonly docs: Database.Statement<[], { doc: string }>;
  private readonly exists: Database.Statement<[string], { one: number }>;
  private readonly versions: SqliteVersions;
  private readonly history: SqliteHistory;

  /** The open database, for the other parts of the server that keep their tables in the same file (accounts, werkateliers). */
  get database(): Database.Database {
    return this.db;
  }

  constructor(readonly file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
    this.insert = this.db.prepare('INSERT INTO updates (doc, data, created_at) VALUES (?, ?, ?)');
    this.insertAt = this.db.prepare('INSERT INTO updates (seq, doc, data, created_at) VALUES (?, ?, ?, ?)');
    this.selectLog = this.db.prepare('SELECT seq, data FROM updates WHERE doc = ? ORDER BY seq');
    this.count = this.db.prepare('SELECT count(*) AS n FROM updates WHERE doc = ?');
    this.deleteUpTo = this.db.prepare('DELETE FROM updates WHERE doc = ? AND seq <= ?');
    this.docs = this.db.prepare('SELECT DISTINCT doc FROM updates ORDER BY doc');
    this.exists = this.db.prepare('SELECT 1 AS one FROM updates WHERE doc = ? LIMIT 1');
    this.versions = new SqliteVersions(this.db);
    this.history = new SqliteHistory(this.db);
  }

  append(docId: string, update: Uint8Array): number {
    const info = this.insert.run(docId, asBuffer(update), Date.now());
    return Number(info.lastInsertRowid);
  }

  groupCommit<T>(work: () => T): T {
    if (this.db.inTransaction) return work();
    // DEFERRED: the write lock is taken by the first insert; COMMIT is the one fsync of the batch.
    return this.db.transaction(work)();
  }

  load(docId: string): Uint8Array[] {
    return this.selectLog.all(docId).map((row) => new Uint8Array(row.data));
  }

  countUpdates(docId: string): number {
    return this.count.get(docId)?.n ?? 0;
  }

  compact(docId: string): CompactionResult {
    // IMMEDIATE takes the write lock before reading, so no other connection can append
    // between the read and the delete; rows with a higher seq are never touched anyway.
    const run = this.db.transaction((): CompactionResult => {
      const rows = this.selectLog.all(docId);
      const last = rows[rows.length - 1];
      if (!last) return { merged: 0, upToSeq: 0 };
      if (rows.length === 1) return { merged: 1, upToSeq: last.seq };
      const merged = mergeThroughDoc(rows.map((row) => row.data));
      this.deleteUpTo.run(docId, last.seq);
      // The merged row takes the last folded seq, so it still sorts before later rows.
      this.insertAt.run(last.seq, docId, asBuffer(merged), Date.now());
      return { merged: rows.length, upToSeq: last.seq };
    });
    return run.immediate();
  }

  listDocuments(): string[] {
    return this.docs.all().map((row) => row.doc);
  }

  hasDocument(docId: string): boolean {
    return this.exists.get(docId) !== undefined;
  }

  saveVersion(version: NewVersion): VersionInfo {
    return this.versions.save(version);
  }

  listVersions(docId: string): VersionInfo[] {
    return this.versions.list(docId);
  }

  loadVersion(docId: string, versionId: string): StoredVersion | undefined {
    return this.versions.load(docId, versionId);
  }

  appendHistory(entries: readonly NewHistoryEntry[]): void {
    this.history.append(entries);
  }

  listHistory(docId: string, query: HistoryQuery = {}): HistoryEntry[] {
    return this.history.list(docId, query);
  }

  /** The pragmas in force; tests check that durability settings really apply. */
  settings(): { journalMode: string; synchronous: number } {
    return {
      journalMode: String(this.db.pragma('journal_mode', { simple: true })),
      synchronous: Number(this.db.pragma('synchronous', { simple: true })),
    };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
