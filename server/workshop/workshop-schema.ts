/**
 * The werkatelier tables in the shared SQLite file (component 'workshops'). Append only: a
 * new migration is a new array entry, never an edit of an old one.
 *
 * A frozen outcome is what participants were promised: once written it can be neither changed
 * nor deleted, and what was done with each card (card_dispositions) is an append-only record
 * for the feedback report. Triggers enforce both, whatever code runs against the file.
 */
export const WORKSHOP_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE workshops (
    id TEXT PRIMARY KEY,
    programme_id TEXT NOT NULL,
    scope TEXT NOT NULL,
    title TEXT NOT NULL,
    code TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    voting_mode TEXT NOT NULL,
    dots INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by_id TEXT NOT NULL,
    created_by_name TEXT NOT NULL,
    closed_at TEXT,
    outcome TEXT
  );
  CREATE INDEX workshops_programme ON workshops (programme_id, created_at);
  CREATE TRIGGER workshops_outcome_frozen BEFORE UPDATE ON workshops
    WHEN OLD.outcome IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'a closed werkatelier is frozen'); END;
  CREATE TRIGGER workshops_no_delete BEFORE DELETE ON workshops
    BEGIN SELECT RAISE(ABORT, 'werkateliers are never deleted'); END;

  CREATE TABLE card_dispositions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    workshop_id TEXT NOT NULL REFERENCES workshops (id),
    card_id TEXT NOT NULL,
    disposition TEXT NOT NULL,
    by_id TEXT NOT NULL,
    by_name TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE INDEX card_dispositions_workshop ON card_dispositions (workshop_id, seq);
  CREATE TRIGGER card_dispositions_no_update BEFORE UPDATE ON card_dispositions
    BEGIN SELECT RAISE(ABORT, 'card dispositions are append-only'); END;
  CREATE TRIGGER card_dispositions_no_delete BEFORE DELETE ON card_dispositions
    BEGIN SELECT RAISE(ABORT, 'card dispositions are append-only'); END;
  `,
  // The edit grant (docs/SECURITY.md, item 5): given only at creation, by someone who may edit the programme.
  `
  ALTER TABLE workshops ADD COLUMN edit_grant INTEGER NOT NULL DEFAULT 0 CHECK (edit_grant IN (0, 1));
  `,
];
