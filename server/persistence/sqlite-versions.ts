/** The versions table of the SQLite store: insert and read only (triggers refuse the rest). */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { VersionStatus } from '../../shared/history/version.ts';
import type { NewVersion, StoredVersion, VersionInfo } from './document-store.ts';

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

const COLUMNS = 'id, doc, name, status, date, document_number, note, created_at, created_by_id, created_by_name';

export class SqliteVersions {
  private readonly insert: Database.Statement<[VersionRow & { state: Buffer }]>;
  private readonly selectAll: Database.Statement<[string], VersionRow>;
  private readonly selectOne: Database.Statement<[string, string], VersionRow & { state: Buffer }>;

  constructor(db: Database.Database) {
    this.insert = db.prepare(
      `INSERT INTO versions (${COLUMNS}, state)
       VALUES (@id, @doc, @name, @status, @date, @document_number, @note, @created_at, @created_by_id, @created_by_name, @state)`,
    );
    this.selectAll = db.prepare(`SELECT ${COLUMNS} FROM versions WHERE doc = ? ORDER BY seq DESC`);
    this.selectOne = db.prepare(`SELECT ${COLUMNS}, state FROM versions WHERE doc = ? AND id = ?`);
  }

  save(version: NewVersion): VersionInfo {
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
    const state = Buffer.from(version.state.buffer, version.state.byteOffset, version.state.byteLength);
    this.insert.run({ ...row, state });
    return info(row);
  }

  list(docId: string): VersionInfo[] {
    return this.selectAll.all(docId).map(info);
  }

  load(docId: string, versionId: string): StoredVersion | undefined {
    const row = this.selectOne.get(docId, versionId);
    return row && { ...info(row), state: new Uint8Array(row.state) };
  }
}

function info(row: VersionRow): VersionInfo {
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
