/**
 * The werkatelier bookkeeping: code, scope, status, frozen outcome, card dispositions. The port
 * (WorkshopStore) and its SQLite implementation; PostgreSQL: persistence/postgres/workshop-store.ts.
 * Contract: tests/server/workshop-store.contract.ts.
 */
import type Database from 'better-sqlite3';
import type { CardDispositionRecord, RecordedDisposition, VotingMode, WorkshopOutcome, WorkshopScope } from '../../shared/workshop/types.ts';
import { migrateComponent } from '../persistence/component-schema.ts';
import { WORKSHOP_MIGRATIONS } from './workshop-schema.ts';

export interface WorkshopRecord {
  id: string;
  programmeId: string;
  scope: WorkshopScope;
  title: string;
  code: string;
  status: 'open' | 'closed';
  votingMode: VotingMode;
  dots: number;
  createdAt: string;
  createdBy: { id: string; name: string };
  closedAt: string | null;
  /** The facilitators of this werkatelier may turn cards into changes of the programme (set at creation by an editor). */
  editGrant: boolean;
}

export type NewWorkshop = Omit<WorkshopRecord, 'status' | 'closedAt'>;

/** The join code is in use already (the UNIQUE constraint); the caller draws a new one. */
export class CodeTaken extends Error {
  constructor(code: string) {
    super(`UNIQUE: join code ${code} is taken`);
  }
}

export interface WorkshopStore {
  /** Throws CodeTaken on a duplicate code. */
  create(workshop: NewWorkshop): WorkshopRecord;
  get(id: string): WorkshopRecord | null;
  findByCode(code: string): WorkshopRecord | null;
  /** Newest first. */
  listForProgramme(programmeId: string): WorkshopRecord[];
  /** Freezes the outcome; false when it was already closed (closing happens once, even when two facilitators press at the same time). */
  markClosed(id: string, outcome: WorkshopOutcome): boolean;
  outcome(id: string): WorkshopOutcome | null;
  frozenParticipantCount(id: string): number | null;
  addDisposition(workshopId: string, record: CardDispositionRecord): void;
  dispositions(workshopId: string): CardDispositionRecord[];
}

export interface WorkshopRow {
  id: string;
  programme_id: string;
  scope: string;
  title: string;
  code: string;
  status: 'open' | 'closed';
  voting_mode: VotingMode;
  dots: number;
  created_at: string;
  created_by_id: string;
  created_by_name: string;
  closed_at: string | null;
  edit_grant: 0 | 1;
}

export interface DispositionRow {
  card_id: string;
  disposition: string;
  by_id: string;
  by_name: string;
  at: string;
}

const COLUMNS = 'id, programme_id, scope, title, code, status, voting_mode, dots, created_at, created_by_id, created_by_name, closed_at, edit_grant';

export class SqliteWorkshopStore implements WorkshopStore {
  private readonly insert: Database.Statement<[WorkshopRow]>;
  private readonly byId: Database.Statement<[string], WorkshopRow>;
  private readonly byCode: Database.Statement<[string], WorkshopRow>;
  private readonly byProgramme: Database.Statement<[string], WorkshopRow>;
  private readonly close: Database.Statement<[string, string, string]>;
  private readonly outcomeOf: Database.Statement<[string], { outcome: string | null }>;
  private readonly frozenCountOf: Database.Statement<[string], { count: number | null }>;
  private readonly insertDisposition: Database.Statement<[string, string, string, string, string, string]>;
  private readonly dispositionsOf: Database.Statement<[string], DispositionRow>;

  constructor(db: Database.Database) {
    migrateComponent(db, 'workshops', WORKSHOP_MIGRATIONS);
    this.insert = db.prepare(
      `INSERT INTO workshops (${COLUMNS}) VALUES (@id, @programme_id, @scope, @title, @code, @status, @voting_mode, @dots, @created_at, @created_by_id, @created_by_name, @closed_at, @edit_grant)`,
    );
    this.byId = db.prepare(`SELECT ${COLUMNS} FROM workshops WHERE id = ?`);
    this.byCode = db.prepare(`SELECT ${COLUMNS} FROM workshops WHERE code = ?`);
    this.byProgramme = db.prepare(`SELECT ${COLUMNS} FROM workshops WHERE programme_id = ? ORDER BY created_at DESC, id`);
    // The status condition makes closing happen once, even when two facilitators press at the same time.
    this.close = db.prepare(`UPDATE workshops SET status = 'closed', closed_at = ?, outcome = ? WHERE id = ? AND status = 'open'`);
    this.outcomeOf = db.prepare('SELECT outcome FROM workshops WHERE id = ?');
    // A list of werkateliers shows each count; reading one number beats parsing every outcome.
    this.frozenCountOf = db.prepare("SELECT json_extract(outcome, '$.participantCount') AS count FROM workshops WHERE id = ?");
    this.insertDisposition = db.prepare(
      'INSERT INTO card_dispositions (workshop_id, card_id, disposition, by_id, by_name, at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.dispositionsOf = db.prepare('SELECT card_id, disposition, by_id, by_name, at FROM card_dispositions WHERE workshop_id = ? ORDER BY seq');
  }

  create(workshop: NewWorkshop): WorkshopRecord {
    const record: WorkshopRecord = { ...workshop, status: 'open', closedAt: null };
    try {
      this.insert.run(toWorkshopRow(record));
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && this.byCode.get(record.code)) throw new CodeTaken(record.code);
      throw error;
    }
    return record;
  }

  get(id: string): WorkshopRecord | null {
    const row = this.byId.get(id);
    return row ? fromWorkshopRow(row) : null;
  }

  findByCode(code: string): WorkshopRecord | null {
    const row = this.byCode.get(code);
    return row ? fromWorkshopRow(row) : null;
  }

  listForProgramme(programmeId: string): WorkshopRecord[] {
    return this.byProgramme.all(programmeId).map(fromWorkshopRow);
  }

  markClosed(id: string, outcome: WorkshopOutcome): boolean {
    return this.close.run(outcome.closedAt, JSON.stringify(outcome), id).changes === 1;
  }

  outcome(id: string): WorkshopOutcome | null {
    const row = this.outcomeOf.get(id);
    return row?.outcome ? (JSON.parse(row.outcome) as WorkshopOutcome) : null;
  }

  frozenParticipantCount(id: string): number | null {
    const count = this.frozenCountOf.get(id)?.count;
    return typeof count === 'number' ? count : null;
  }

  addDisposition(workshopId: string, record: CardDispositionRecord): void {
    this.insertDisposition.run(workshopId, record.cardId, JSON.stringify(record.disposition), record.by.id, record.by.name, record.at);
  }

  dispositions(workshopId: string): CardDispositionRecord[] {
    return this.dispositionsOf.all(workshopId).map(dispositionRecord);
  }
}

export function toWorkshopRow(r: WorkshopRecord): WorkshopRow {
  return {
    id: r.id,
    programme_id: r.programmeId,
    scope: JSON.stringify(r.scope),
    title: r.title,
    code: r.code,
    status: r.status,
    voting_mode: r.votingMode,
    dots: r.dots,
    created_at: r.createdAt,
    created_by_id: r.createdBy.id,
    created_by_name: r.createdBy.name,
    closed_at: r.closedAt,
    edit_grant: r.editGrant ? 1 : 0,
  };
}

export function fromWorkshopRow(row: WorkshopRow): WorkshopRecord {
  return {
    id: row.id,
    programmeId: row.programme_id,
    scope: JSON.parse(row.scope) as WorkshopScope,
    title: row.title,
    code: row.code,
    status: row.status,
    votingMode: row.voting_mode,
    dots: row.dots,
    createdAt: row.created_at,
    createdBy: { id: row.created_by_id, name: row.created_by_name },
    closedAt: row.closed_at,
    editGrant: row.edit_grant === 1,
  };
}

export function dispositionRecord(row: DispositionRow): CardDispositionRecord {
  return {
    cardId: row.card_id,
    disposition: JSON.parse(row.disposition) as RecordedDisposition,
    by: { id: row.by_id, name: row.by_name },
    at: row.at,
  };
}
