/**
 * The storage port on PostgreSQL (KOERS_DATABASE_URL), through the synchronous bridge: an
 * append returns once its INSERT is committed (synchronous_commit as the server has it; on by
 * default, so on disk). Same tables and rules as the SQLite store (schema.ts); the history is
 * in postgres-history.ts.
 *
 * Compaction runs in one transaction under an advisory lock per document, so two processes on
 * the same database never fold the same log at once; rows appended meanwhile, by this process
 * or another, have a higher seq (or are not yet committed) and are left alone.
 */
import { randomUUID } from 'node:crypto';
import type { VersionStatus } from '../../../shared/history/version.ts';
import type {
  CompactionResult,
  DocumentStore,
  HistoryEntry,
  HistoryQuery,
  NewHistoryEntry,
  NewVersion,
  StoredVersion,
  VersionInfo,
} from '../document-store.ts';
import { mergeThroughDoc } from '../merge-updates.ts';
import type { PgBridge } from './pg-bridge.ts';
import { PostgresHistory } from './postgres-history.ts';

interface VersionRow {
  id: string;
  doc: string;
  name: string;
  status: string;
  date: string;
  document_number: string;
  note: string;
  created_at: string;
  created_by_id: string;
  created_by_name: string;
}

const VERSION_COLUMNS = 'id, doc, name, status, date, document_number, note, created_at, created_by_id, created_by_name';

export class PostgresStore implements DocumentStore {
  private readonly history: PostgresHistory;
  private closed = false;

  /** The bridge stays the caller's: close() only ends this store's use of it. */
  constructor(private readonly db: PgBridge) {
    this.history = new PostgresHistory(db);
  }

  append(docId: string, update: Uint8Array): number {
    this.assertOpen();
    return this.db.query<{ seq: number }>('INSERT INTO updates (doc, data, created_at) VALUES ($1, $2, $3) RETURNING seq', [docId, update, Date.now()])[0]!
      .seq;
  }

  /**
   * One BEGIN ... COMMIT around the batch: its appends and history entries (their batches join
   * the open transaction) are durable together at COMMIT; a call inside joins the outer one.
   * BEGIN goes with the first statement (pg-bridge.ts), so a database that is away fails the
   * first append, whose sender the room closes (4503); a connection lost midway fails the rest
   * of the batch and its COMMIT, and the room closes every socket that saw nothing stored.
   */
  groupCommit<T>(work: () => T): T {
    this.assertOpen();
    return this.db.transaction(work);
  }

  load(docId: string): Uint8Array[] {
    this.assertOpen();
    return this.db.query<{ data: Uint8Array }>('SELECT data FROM updates WHERE doc = $1 ORDER BY seq', [docId]).map((row) => row.data);
  }

  countUpdates(docId: string): number {
    this.assertOpen();
    return this.db.query<{ n: number }>('SELECT count(*) AS n FROM updates WHERE doc = $1', [docId])[0]?.n ?? 0;
  }

  compact(docId: string): CompactionResult {
    this.assertOpen();
    return this.db.transaction((): CompactionResult => {
      this.db.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`koers-compact:${docId}`]);
      const rows = this.db.query<{ seq: number; data: Uint8Array }>('SELECT seq, data FROM updates WHERE doc = $1 ORDER BY seq', [docId]);
      const last = rows[rows.length - 1];
      if (!last) return { merged: 0, upToSeq: 0 };
      if (rows.length === 1) return { merged: 1, upToSeq: last.seq };
      const merged = mergeThroughDoc(rows.map((row) => row.data));
      // Only the rows read: one appended since by another process may sort below `last` and must stay.
      this.db.run('DELETE FROM updates WHERE doc = $1 AND seq = ANY($2::bigint[])', [docId, rows.map((row) => row.seq)]);
      // The merged row takes the last folded seq, so it still sorts before later rows.
      this.db.run('INSERT INTO updates (seq, doc, data, created_at) VALUES ($1, $2, $3, $4)', [last.seq, docId, merged, Date.now()]);
      return { merged: rows.length, upToSeq: last.seq };
    });
  }

  listDocuments(): string[] {
    this.assertOpen();
    return this.db.query<{ doc: string }>('SELECT DISTINCT doc FROM updates ORDER BY doc').map((row) => row.doc);
  }

  hasDocument(docId: string): boolean {
    this.assertOpen();
    return this.db.query('SELECT 1 FROM updates WHERE doc = $1 LIMIT 1', [docId]).length > 0;
  }

  saveVersion(version: NewVersion): VersionInfo {
    this.assertOpen();
    const row: VersionRow = {
      id: randomUUID(),
      doc: version.documentId,
      name: version.name,
      status: version.status,
      date: version.date,
      document_number: version.documentNumber,
      note: version.note,
      created_at: version.createdAt,
      created_by_id: version.createdBy.id,
      created_by_name: version.createdBy.name,
    };
    this.db.run(`INSERT INTO versions (${VERSION_COLUMNS}, state) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`, [
      row.id,
      row.doc,
      row.name,
      row.status,
      row.date,
      row.document_number,
      row.note,
      row.created_at,
      row.created_by_id,
      row.created_by_name,
      version.state,
    ]);
    return versionInfo(row);
  }

  listVersions(docId: string): VersionInfo[] {
    this.assertOpen();
    return this.db.query<VersionRow>(`SELECT ${VERSION_COLUMNS} FROM versions WHERE doc = $1 ORDER BY seq DESC`, [docId]).map(versionInfo);
  }

  loadVersion(docId: string, versionId: string): StoredVersion | undefined {
    this.assertOpen();
    const row = this.db.query<VersionRow & { state: Uint8Array }>(`SELECT ${VERSION_COLUMNS}, state FROM versions WHERE doc = $1 AND id = $2`, [
      docId,
      versionId,
    ])[0];
    return row && { ...versionInfo(row), state: row.state };
  }

  appendHistory(entries: readonly NewHistoryEntry[]): void {
    this.assertOpen();
    this.history.append(entries);
  }

  listHistory(docId: string, query: HistoryQuery = {}): HistoryEntry[] {
    this.assertOpen();
    return this.history.list(docId, query);
  }

  close(): void {
    this.closed = true;
  }

  private assertOpen(): void {
    if (this.closed || this.db.isClosed) throw new Error('PostgresStore is closed');
  }
}

function versionInfo(row: VersionRow): VersionInfo {
  return {
    id: row.id,
    documentId: row.doc,
    name: row.name,
    status: row.status as VersionStatus,
    date: row.date,
    documentNumber: row.document_number,
    note: row.note,
    createdAt: row.created_at,
    createdBy: { id: row.created_by_id, name: row.created_by_name },
  };
}
