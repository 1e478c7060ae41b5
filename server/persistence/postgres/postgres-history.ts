/**
 * The history table on PostgreSQL: the same space-saving rules as SQLite (sqlite-history.ts,
 * sqlite-schema.ts): authors interned, times as integers, and a 'set' stores its old value only
 * when it is not simply the cell's previous new value, and a person's quick successive changes
 * of one cell are one entry (history-bursts.ts). Reads put the left-out old values back in the
 * same query.
 */
import type { HistoryAction } from '../../../shared/history/history-entry.ts';
import type { EntityKind } from '../../../shared/model/entities.ts';
import type { HistoryEntry, HistoryQuery, NewHistoryEntry } from '../document-store.ts';
import { HISTORY_BURST_MS } from '../history-bursts.ts';
import { fromJson, historyLimit, toJson } from '../history-rows.ts';
import type { PgBridge, Statement } from './pg-bridge.ts';

/** Stored in place of a null field, which a primary key column cannot hold. */
const ROW_LEVEL = '';

interface HistoryRow {
  doc: string;
  row_id: string;
  field: string;
  seq: number;
  action: string;
  kind: string;
  old_value: string;
  new_value: string;
  user_id: string;
  user_name: string;
  at: number;
}

const INSERT_AUTHOR = 'INSERT INTO history_authors (user_id, user_name) VALUES ($1, $2) ON CONFLICT (user_id, user_name) DO NOTHING';

// One statement per entry: the seq comes from the sequence. A 'set' that continues the cell's
// latest entry (the same person's 'set' within $11 ms whose new value is this one's old value:
// history-bursts.ts) extends that entry to the new value, time and seq; otherwise a row is
// inserted, its old value left out when it equals the new value of the cell's latest entry
// (earlier entries of the same batch count).
const INSERT_ENTRY = `WITH next AS (SELECT nextval('history_seq') AS seq),
  latest AS (
    SELECT p.seq, p.action, p.new_value, p.at, a.user_id, a.user_name FROM history p JOIN history_authors a ON a.id = p.author
    WHERE p.doc = $1 AND p.row_id = $2 AND p.field = $3 ORDER BY p.seq DESC LIMIT 1
  ),
  burst AS (
    UPDATE history h SET seq = next.seq, new_value = $7, at = $10::bigint FROM next, latest
    WHERE $4::text = 'set' AND latest.action = 'set' AND latest.user_id = $8::text AND latest.user_name = $9::text
      AND latest.new_value = $6::text AND $10::bigint - latest.at BETWEEN 0 AND $11::bigint
      AND h.doc = $1 AND h.row_id = $2 AND h.field = $3 AND h.seq = latest.seq
    RETURNING 1
  )
  INSERT INTO history (doc, row_id, field, seq, action, kind, old_value, new_value, author, at)
  SELECT $1, $2, $3, next.seq, $4, $5,
    CASE WHEN $4::text = 'set' AND $6::text = (SELECT new_value FROM latest) THEN NULL ELSE $6 END,
    $7, (SELECT id FROM history_authors WHERE user_id = $8 AND user_name = $9), $10::bigint
  FROM next WHERE NOT EXISTS (SELECT 1 FROM burst)`;

const SELECT = `SELECT h.doc, h.row_id, h.field, h.seq, h.action, h.kind, h.new_value, a.user_id, a.user_name, h.at,
    COALESCE(h.old_value, (
      SELECT p.new_value FROM history p WHERE p.doc = h.doc AND p.row_id = h.row_id AND p.field = h.field AND p.seq < h.seq ORDER BY p.seq DESC LIMIT 1
    ), 'null') AS old_value
  FROM history h JOIN history_authors a ON a.id = h.author`;

export class PostgresHistory {
  constructor(private readonly db: PgBridge) {}

  /** All or none, in one round trip. */
  append(entries: readonly NewHistoryEntry[]): void {
    if (entries.length === 0) return;
    const statements: Statement[] = [];
    const authors = new Set<string>();
    for (const entry of entries) {
      const key = `${entry.userId}\u0000${entry.userName}`;
      if (authors.has(key)) continue;
      authors.add(key);
      statements.push({ sql: INSERT_AUTHOR, params: [entry.userId, entry.userName] });
    }
    for (const entry of entries) {
      statements.push({
        sql: INSERT_ENTRY,
        params: [
          entry.documentId,
          entry.rowId,
          entry.field ?? ROW_LEVEL,
          entry.action,
          entry.kind,
          toJson(entry.old),
          toJson(entry.new),
          entry.userId,
          entry.userName,
          Date.parse(entry.at),
          HISTORY_BURST_MS,
        ],
      });
    }
    this.db.batch(statements);
  }

  list(docId: string, query: HistoryQuery): HistoryEntry[] {
    const where = ['h.doc = $1'];
    const params: unknown[] = [docId];
    if (query.rowId !== undefined) {
      params.push(query.rowId);
      where.push(`h.row_id = $${params.length}`);
    }
    if (query.field !== undefined) {
      params.push(query.field);
      // A cell's history includes its row coming and going, as the memory store does.
      where.push(query.rowId !== undefined ? `(h.field = $${params.length} OR h.action IN ('add', 'remove'))` : `h.field = $${params.length}`);
    }
    params.push(historyLimit(query));
    const rows = this.db.query<HistoryRow>(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY h.seq DESC LIMIT $${params.length}`, params);
    return rows.map(toEntry);
  }
}

function toEntry(row: HistoryRow): HistoryEntry {
  return {
    seq: row.seq,
    documentId: row.doc,
    action: row.action as HistoryAction,
    kind: row.kind as EntityKind,
    rowId: row.row_id,
    field: row.field === ROW_LEVEL ? null : row.field,
    old: fromJson(row.old_value),
    new: fromJson(row.new_value),
    userId: row.user_id,
    userName: row.user_name,
    at: new Date(row.at).toISOString(),
  };
}
