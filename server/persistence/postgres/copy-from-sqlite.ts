/**
 * Moves an installation from SQLite to PostgreSQL (`npm run migrate-to-postgres`): every table
 * of the SQLite file, row for row, into an empty PostgreSQL schema, in one transaction.
 *
 * - The SQLite file is first brought up to the current schema (as a start of Koers would) and then
 *   read in one read transaction: a consistent snapshot, even while something else writes.
 * - The target must be empty. A target that already holds exactly as many rows per table as
 *   the source (a copy that was done before) is left alone and reported as copied; any other
 *   non-empty target is refused, so running it twice, or against a live database, never mixes
 *   or doubles data.
 * - Ids, sequence numbers and bytes are kept as they are (sessions stay signed in, version ids and
 *   history sequence stay valid); PostgreSQL's sequences are moved past the copied numbers.
 * - Afterwards the row counts and the bytes of every update and version are compared on both sides.
 */
import { existsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { SqliteStore } from '../sqlite-store.ts';
import { SqliteAccountStore } from '../../auth/account-store.ts';
import { SqliteWorkshopStore } from '../../workshop/workshop-store.ts';
import type { PgBridge } from './pg-bridge.ts';
import { migratePostgres } from './schema.ts';

interface TableCopy {
  table: string;
  /** Columns in both databases (PostgreSQL names), in order. */
  columns: readonly string[];
  /** SQLite query giving those columns in that order, in the order rows must be inserted. */
  select: string;
  /** Columns stored as 0/1 in SQLite and boolean in PostgreSQL. */
  booleans?: readonly string[];
}

/** In foreign-key order: authors before history, werkateliers before their dispositions. */
const TABLES: readonly TableCopy[] = [
  { table: 'updates', columns: ['seq', 'doc', 'data', 'created_at'], select: 'SELECT seq, doc, data, created_at FROM updates ORDER BY seq' },
  {
    table: 'versions',
    columns: ['seq', 'id', 'doc', 'name', 'status', 'date', 'document_number', 'note', 'created_at', 'created_by_id', 'created_by_name', 'state'],
    select: 'SELECT seq, id, doc, name, status, date, document_number, note, created_at, created_by_id, created_by_name, state FROM versions ORDER BY seq',
  },
  { table: 'history_authors', columns: ['id', 'user_id', 'user_name'], select: 'SELECT id, user_id, user_name FROM history_authors ORDER BY id' },
  {
    table: 'history',
    columns: ['doc', 'row_id', 'field', 'seq', 'action', 'kind', 'old_value', 'new_value', 'author', 'at'],
    select: 'SELECT doc, row_id, field, seq, action, kind, old_value, new_value, author, at FROM history ORDER BY seq',
  },
  {
    table: 'users',
    columns: ['id', 'email', 'name', 'password_hash', 'created_at', 'must_change_password', 'active'],
    select: 'SELECT id, email, name, password_hash, created_at, must_change_password, active FROM users ORDER BY rowid',
    booleans: ['must_change_password', 'active'],
  },
  {
    table: 'grants',
    columns: ['user_id', 'scope', 'role', 'source'],
    select: 'SELECT user_id, scope, role, source FROM grants ORDER BY user_id, scope, role',
  },
  {
    table: 'sessions',
    columns: ['id', 'token_hash', 'kind', 'user_id', 'participant_id', 'participant_name', 'workshop_id', 'created_at', 'expires_at', 'oidc_provider', 'oidc_id_token'],
    // In creation order: PostgreSQL numbers them as it inserts (the tie-break of the session cap).
    select:
      'SELECT id, token_hash, kind, user_id, participant_id, participant_name, workshop_id, created_at, expires_at, oidc_provider, oidc_id_token FROM sessions ORDER BY rowid',
  },
  { table: 'auth_settings', columns: ['key', 'value'], select: 'SELECT key, value FROM auth_settings ORDER BY key' },
  {
    table: 'oidc_identities',
    columns: ['issuer', 'subject', 'provider', 'user_id', 'created_at', 'last_sign_in'],
    select: 'SELECT issuer, subject, provider, user_id, created_at, last_sign_in FROM oidc_identities ORDER BY rowid',
  },
  {
    table: 'oidc_group_roles',
    columns: ['id', 'provider', 'group_name', 'scope', 'role', 'created_at'],
    select: 'SELECT id, provider, group_name, scope, role, created_at FROM oidc_group_roles ORDER BY rowid',
  },
  {
    table: 'workshops',
    columns: ['id', 'programme_id', 'scope', 'title', 'code', 'status', 'voting_mode', 'dots', 'created_at', 'created_by_id', 'created_by_name', 'closed_at', 'outcome', 'edit_grant'],
    select:
      'SELECT id, programme_id, scope, title, code, status, voting_mode, dots, created_at, created_by_id, created_by_name, closed_at, outcome, edit_grant FROM workshops ORDER BY rowid',
    booleans: ['edit_grant'],
  },
  {
    table: 'card_dispositions',
    columns: ['seq', 'workshop_id', 'card_id', 'disposition', 'by_id', 'by_name', 'at'],
    select: 'SELECT seq, workshop_id, card_id, disposition, by_id, by_name, at FROM card_dispositions ORDER BY seq',
  },
];

/** Identity columns whose sequence must continue after the copied numbers. */
const IDENTITIES: readonly [table: string, column: string][] = [
  ['updates', 'seq'],
  ['versions', 'seq'],
  ['history_authors', 'id'],
  ['card_dispositions', 'seq'],
];

/** Rows per INSERT, and roughly the most bytes one carries. */
const ROWS_PER_INSERT = 500;
const BYTES_PER_INSERT = 8 * 1024 * 1024;

interface TableCount {
  table: string;
  sqlite: number;
  postgres: number;
}

export interface CopyReport {
  /** False when the target already held this copy and nothing was written. */
  copied: boolean;
  tables: TableCount[];
}

class TargetNotEmpty extends Error {
  constructor(readonly counts: TableCount[]) {
    super(
      `PostgreSQL already holds Koers data that is not a copy of this SQLite file (${counts
        .filter((c) => c.postgres > 0)
        .map((c) => `${c.table}: ${c.postgres}`)
        .join(', ')}); nothing was copied. Use an empty database or schema.`,
    );
  }
}

export function copySqliteToPostgres(sqliteFile: string, target: PgBridge, options: { schema?: string } = {}): CopyReport {
  if (!existsSync(sqliteFile)) throw new Error(`there is no SQLite file at ${sqliteFile}`);
  // Opening through the stores brings an older file up to the current schema, as a start of Koers does.
  const source = new SqliteStore(sqliteFile);
  try {
    const db = source.database;
    new SqliteAccountStore(db);
    new SqliteWorkshopStore(db);
    migratePostgres(target, { schema: options.schema });
    // One read transaction: every table from the same moment.
    return db.transaction(() => copyAll(db, target))();
  } finally {
    source.close();
  }
}

function copyAll(db: Database.Database, target: PgBridge): CopyReport {
  const before = counts(db, target);
  if (before.some((c) => c.postgres > 0)) {
    if (before.every((c) => c.postgres === c.sqlite)) {
      verify(db, target);
      return { copied: false, tables: before };
    }
    throw new TargetNotEmpty(before);
  }
  target.transaction(() => {
    for (const table of TABLES) copyTable(db, target, table);
    for (const [table, column] of IDENTITIES) {
      target.query(`SELECT setval(pg_get_serial_sequence('${table}', '${column}'), coalesce(max(${column}), 1), max(${column}) IS NOT NULL) FROM ${table}`);
    }
    const last = (db.prepare('SELECT last FROM history_seq WHERE id = 0').get() as { last: number } | undefined)?.last ?? 0;
    const maxSeq = (db.prepare('SELECT coalesce(max(seq), 0) AS n FROM history').get() as { n: number }).n;
    const next = Math.max(last, maxSeq);
    if (next > 0) target.query("SELECT setval('history_seq', $1, true)", [next]);
  });
  verify(db, target);
  return { copied: true, tables: counts(db, target) };
}

function copyTable(db: Database.Database, target: PgBridge, table: TableCopy): void {
  const booleans = new Set(table.booleans ?? []);
  let rows: unknown[][] = [];
  let bytes = 0;
  const flush = () => {
    if (rows.length === 0) return;
    target.run(insertSql(table, rows.length), rows.flat());
    rows = [];
    bytes = 0;
  };
  for (const row of db.prepare(table.select).raw().iterate() as IterableIterator<unknown[]>) {
    const values = row.map((value, i) => {
      if (booleans.has(table.columns[i]!)) return value === 1;
      if (value instanceof Uint8Array) bytes += value.byteLength;
      return value;
    });
    rows.push(values);
    if (rows.length >= ROWS_PER_INSERT || bytes >= BYTES_PER_INSERT) flush();
  }
  flush();
}

function insertSql(table: TableCopy, rowCount: number): string {
  const width = table.columns.length;
  const values = Array.from({ length: rowCount }, (_, r) => `(${table.columns.map((_, c) => `$${r * width + c + 1}`).join(', ')})`);
  return `INSERT INTO ${table.table} (${table.columns.join(', ')}) VALUES ${values.join(', ')}`;
}

function counts(db: Database.Database, target: PgBridge): TableCount[] {
  return TABLES.map(({ table }) => ({
    table,
    sqlite: (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    postgres: target.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)[0]!.n,
  }));
}

/** Row counts per table and the bytes of all updates and versions, per document, on both sides. */
function verify(db: Database.Database, target: PgBridge): void {
  const differences = counts(db, target).filter((c) => c.sqlite !== c.postgres).map((c) => `${c.table}: ${c.sqlite} in SQLite, ${c.postgres} in PostgreSQL`);
  for (const [table, column] of [
    ['updates', 'data'],
    ['versions', 'state'],
  ] as const) {
    const sqlite = new Map(
      (db.prepare(`SELECT doc, count(*) AS n, sum(length(${column})) AS bytes FROM ${table} GROUP BY doc`).all() as { doc: string; n: number; bytes: number }[]).map(
        (r) => [r.doc, `${r.n}/${r.bytes}`],
      ),
    );
    const postgres = new Map(
      target
        .query<{ doc: string; n: number; bytes: number }>(`SELECT doc, count(*) AS n, sum(octet_length(${column}))::bigint AS bytes FROM ${table} GROUP BY doc`)
        .map((r) => [r.doc, `${r.n}/${r.bytes}`]),
    );
    for (const doc of new Set([...sqlite.keys(), ...postgres.keys()])) {
      if (sqlite.get(doc) !== postgres.get(doc)) differences.push(`${table} of ${doc}: ${sqlite.get(doc) ?? 'none'} in SQLite, ${postgres.get(doc) ?? 'none'} in PostgreSQL (rows/bytes)`);
    }
  }
  if (differences.length > 0) throw new Error(`the copy does not match its source: ${differences.join('; ')}`);
}
