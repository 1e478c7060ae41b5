/**
 * The SQLite schema, one migration per version (PRAGMA user_version). Append only: a file
 * written by an older release is brought up to date in place when it is opened.
 */
import type Database from 'better-sqlite3';

const MIGRATIONS: readonly string[] = [
  // 1: the update log.
  `CREATE TABLE updates (
     seq        INTEGER PRIMARY KEY AUTOINCREMENT,
     doc        TEXT    NOT NULL,
     data       BLOB    NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX updates_doc_seq ON updates (doc, seq);`,

  // 2: named versions. Immutable: the triggers refuse any change, whoever connects.
  `CREATE TABLE versions (
     seq             INTEGER PRIMARY KEY AUTOINCREMENT,
     id              TEXT    NOT NULL UNIQUE,
     doc             TEXT    NOT NULL,
     name            TEXT    NOT NULL,
     status          TEXT    NOT NULL,
     date            TEXT    NOT NULL,
     document_number TEXT    NOT NULL,
     note            TEXT    NOT NULL,
     created_at      TEXT    NOT NULL,
     created_by_id   TEXT    NOT NULL,
     created_by_name TEXT    NOT NULL,
     state           BLOB    NOT NULL
   );
   CREATE INDEX versions_doc_seq ON versions (doc, seq);
   CREATE TRIGGER versions_refuse_update BEFORE UPDATE ON versions
     BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;
   CREATE TRIGGER versions_refuse_delete BEFORE DELETE ON versions
     BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;`,

  // 3: cell history. One entry per changed cell can outgrow everything else, so it is kept
  // small: clustered by cell (no second index), authors interned, times as integers, and a
  // 'set' stores its old value only when it is not simply the cell's previous new value.
  // Entries are never rewritten (until 4 below: a burst's entry takes its next change);
  // deleting stays possible for a future retention rule (people's names are personal data).
  `CREATE TABLE history_authors (
     id        INTEGER PRIMARY KEY,
     user_id   TEXT NOT NULL,
     user_name TEXT NOT NULL,
     UNIQUE (user_id, user_name)
   );
   CREATE TABLE history_seq (
     id   INTEGER PRIMARY KEY CHECK (id = 0),
     last INTEGER NOT NULL
   );
   INSERT INTO history_seq (id, last) VALUES (0, 0);
   CREATE TABLE history (
     doc       TEXT    NOT NULL,
     row_id    TEXT    NOT NULL,
     field     TEXT    NOT NULL,          -- '' for add, remove and move
     seq       INTEGER NOT NULL,          -- recording order across the store
     action    TEXT    NOT NULL,
     kind      TEXT    NOT NULL,
     old_value TEXT,                      -- JSON; NULL on a 'set': the cell's previous new value
     new_value TEXT    NOT NULL,          -- JSON
     author    INTEGER NOT NULL REFERENCES history_authors (id),
     at        INTEGER NOT NULL,          -- ms since the epoch
     PRIMARY KEY (doc, row_id, field, seq)
   ) WITHOUT ROWID;
   CREATE TRIGGER history_refuse_update BEFORE UPDATE ON history
     BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;`,

  // 4: cell-history bursts (history-bursts.ts): a person's quick successive changes of one cell
  // are one entry, so the store extends that cell's latest 'set' with the next one. Nothing
  // else may change: who, which cell, the first old value stay; the entry only moves forward
  // in order and time, taking the later new value.
  `DROP TRIGGER history_refuse_update;
   CREATE TRIGGER history_refuse_update BEFORE UPDATE ON history
     WHEN OLD.action IS NOT 'set' OR NEW.action IS NOT 'set' OR NEW.doc IS NOT OLD.doc OR NEW.row_id IS NOT OLD.row_id
       OR NEW.field IS NOT OLD.field OR NEW.kind IS NOT OLD.kind OR NEW.old_value IS NOT OLD.old_value
       OR NEW.author IS NOT OLD.author OR NEW.seq <= OLD.seq OR NEW.at < OLD.at
     BEGIN SELECT RAISE(ABORT, 'history is append-only: an entry only takes the later value of its burst'); END;`,
];

export function migrate(db: Database.Database): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
