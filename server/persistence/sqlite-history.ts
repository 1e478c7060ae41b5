/**
 * The history table of the SQLite store (schema and its space-saving rules: sqlite-schema.ts).
 * Reads put back what writes left out: old values taken from the cell's previous entry,
 * authors from their table, times as ISO strings. A person's quick successive changes of one
 * cell are one entry (history-bursts.ts).
 */
import type Database from 'better-sqlite3';
import type { HistoryAction } from '../../shared/history/history-entry.ts';
import type { EntityKind } from '../../shared/model/entities.ts';
import type { HistoryEntry, HistoryQuery, NewHistoryEntry } from './document-store.ts';
import { continuesBurst, type LatestOfCell } from './history-bursts.ts';
import { fromJson, historyLimit, toJson } from './history-rows.ts';

/** Stored in place of a null field, which a primary key column cannot hold. */
const ROW_LEVEL = '';

interface HistoryRow {
  doc: string;
  row_id: string;
  field: string;
  seq: number;
  action: string;
  kind: string;
  old_value: string | null;
  new_value: string;
  user_id: string;
  user_name: string;
  at: number;
}

interface LatestRow extends LatestOfCell {
  seq: number;
}

const SELECT = `SELECT h.doc, h.row_id, h.field, h.seq, h.action, h.kind, h.old_value, h.new_value, a.user_id, a.user_name, h.at
  FROM history h JOIN history_authors a ON a.id = h.author`;

export class SqliteHistory {
  private readonly insert: Database.Statement<unknown[]>;
  private readonly nextSeq: Database.Statement<[number], { last: number }>;
  private readonly lastNewValue: Database.Statement<[string, string, string, number], { new_value: string }>;
  private readonly latestOfCell: Database.Statement<[string, string, string], LatestRow>;
  private readonly extend: Database.Statement<[number, string, number, string, string, string, number]>;
  private readonly insertAuthor: Database.Statement<[string, string]>;
  private readonly selectAuthor: Database.Statement<[string, string], { id: number }>;
  private readonly authors = new Map<string, number>();
  private readonly queries = new Map<string, Database.Statement<unknown[], HistoryRow>>();

  constructor(private readonly db: Database.Database) {
    this.insert = db.prepare(
      `INSERT INTO history (doc, row_id, field, seq, action, kind, old_value, new_value, author, at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.nextSeq = db.prepare('UPDATE history_seq SET last = last + ? WHERE id = 0 RETURNING last');
    this.lastNewValue = db.prepare(
      'SELECT new_value FROM history WHERE doc = ? AND row_id = ? AND field = ? AND seq < ? ORDER BY seq DESC LIMIT 1',
    );
    this.latestOfCell = db.prepare(
      `SELECT h.seq, h.action, h.new_value AS newJson, h.at, a.user_id AS userId, a.user_name AS userName
       FROM history h JOIN history_authors a ON a.id = h.author WHERE h.doc = ? AND h.row_id = ? AND h.field = ? ORDER BY h.seq DESC LIMIT 1`,
    );
    this.extend = db.prepare('UPDATE history SET seq = ?, new_value = ?, at = ? WHERE doc = ? AND row_id = ? AND field = ? AND seq = ?');
    this.insertAuthor = db.prepare('INSERT INTO history_authors (user_id, user_name) VALUES (?, ?) ON CONFLICT DO NOTHING');
    this.selectAuthor = db.prepare('SELECT id FROM history_authors WHERE user_id = ? AND user_name = ?');
  }

  append(entries: readonly NewHistoryEntry[]): void {
    if (entries.length === 0) return;
    this.db.transaction(() => {
      const last = this.nextSeq.get(entries.length)!.last;
      entries.forEach((entry, i) => {
        const seq = last - entries.length + i + 1;
        const field = entry.field ?? ROW_LEVEL;
        const old = toJson(entry.old);
        const latest = entry.action === 'set' ? this.latestOfCell.get(entry.documentId, entry.rowId, field) : undefined;
        if (latest && continuesBurst(latest, entry, old)) {
          this.extend.run(seq, toJson(entry.new), Date.parse(entry.at), entry.documentId, entry.rowId, field, latest.seq);
          return;
        }
        const implied = latest?.newJson === old;
        this.insert.run(
          entry.documentId,
          entry.rowId,
          field,
          seq,
          entry.action,
          entry.kind,
          implied ? null : old,
          toJson(entry.new),
          this.authorId(entry.userId, entry.userName),
          Date.parse(entry.at),
        );
      });
    })();
  }

  list(docId: string, query: HistoryQuery): HistoryEntry[] {
    const where = ['h.doc = ?'];
    const params: unknown[] = [docId];
    if (query.rowId !== undefined) {
      where.push('h.row_id = ?');
      params.push(query.rowId);
    }
    if (query.field !== undefined) {
      // A cell's history includes its row coming and going, as the memory store does.
      where.push(query.rowId !== undefined ? "(h.field = ? OR h.action IN ('add', 'remove'))" : 'h.field = ?');
      params.push(query.field);
    }
    const rows = this.statement(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY h.seq DESC LIMIT ?`).all(...params, historyLimit(query));
    return this.withOldValues(rows).map(toEntry);
  }

  /** Fills in implied old values: from the next older row of the same cell, else from the table. */
  private withOldValues(rows: HistoryRow[]): HistoryRow[] {
    const olderOfCell = new Map<string, HistoryRow>();
    for (let i = rows.length - 1; i >= 0; i--) {
      const row = rows[i]!;
      const cell = `${row.row_id}\u0000${row.field}`;
      if (row.old_value === null) {
        const older = olderOfCell.get(cell);
        row.old_value = older ? older.new_value : (this.lastNewValue.get(row.doc, row.row_id, row.field, row.seq)?.new_value ?? 'null');
      }
      olderOfCell.set(cell, row);
    }
    return rows;
  }

  private authorId(userId: string, userName: string): number {
    const key = `${userId}\u0000${userName}`;
    let id = this.authors.get(key);
    if (id === undefined) {
      this.insertAuthor.run(userId, userName);
      id = this.selectAuthor.get(userId, userName)!.id;
      this.authors.set(key, id);
    }
    return id;
  }

  private statement(sql: string): Database.Statement<unknown[], HistoryRow> {
    let statement = this.queries.get(sql);
    if (!statement) {
      statement = this.db.prepare<unknown[], HistoryRow>(sql);
      this.queries.set(sql, statement);
    }
    return statement;
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
