/**
 * The werkatelier bookkeeping on PostgreSQL: the WorkshopStore port
 * (server/workshop/workshop-store.ts). Rows have the SQLite shape (edit_grant read as 0/1), so
 * both map them with the same functions; triggers keep a frozen outcome and the dispositions
 * unchangeable (schema.ts).
 */
import type { CardDispositionRecord, WorkshopOutcome } from '../../../shared/workshop/types.ts';
import {
  CodeTaken,
  dispositionRecord,
  fromWorkshopRow,
  toWorkshopRow,
  type DispositionRow,
  type NewWorkshop,
  type WorkshopRecord,
  type WorkshopRow,
  type WorkshopStore,
} from '../../workshop/workshop-store.ts';
import { PgError, UNIQUE_VIOLATION, type PgBridge } from './pg-bridge.ts';

const SELECT =
  'SELECT id, programme_id, scope, title, code, status, voting_mode, dots, created_at, created_by_id, created_by_name, closed_at, edit_grant::int AS edit_grant FROM workshops';

export class PostgresWorkshopStore implements WorkshopStore {
  constructor(private readonly db: PgBridge) {}

  create(workshop: NewWorkshop): WorkshopRecord {
    const record: WorkshopRecord = { ...workshop, status: 'open', closedAt: null };
    const r = toWorkshopRow(record);
    try {
      this.db.run(
        `INSERT INTO workshops (id, programme_id, scope, title, code, status, voting_mode, dots, created_at, created_by_id, created_by_name, closed_at, edit_grant)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [r.id, r.programme_id, r.scope, r.title, r.code, r.status, r.voting_mode, r.dots, r.created_at, r.created_by_id, r.created_by_name, r.closed_at, r.edit_grant === 1],
      );
    } catch (error) {
      if (error instanceof PgError && error.code === UNIQUE_VIOLATION && error.constraint === 'workshops_code_key') throw new CodeTaken(record.code);
      throw error;
    }
    return record;
  }

  get(id: string): WorkshopRecord | null {
    const row = this.db.query<WorkshopRow>(`${SELECT} WHERE id = $1`, [id])[0];
    return row ? fromWorkshopRow(row) : null;
  }

  findByCode(code: string): WorkshopRecord | null {
    const row = this.db.query<WorkshopRow>(`${SELECT} WHERE code = $1`, [code])[0];
    return row ? fromWorkshopRow(row) : null;
  }

  listForProgramme(programmeId: string): WorkshopRecord[] {
    return this.db.query<WorkshopRow>(`${SELECT} WHERE programme_id = $1 ORDER BY created_at DESC, id`, [programmeId]).map(fromWorkshopRow);
  }

  markClosed(id: string, outcome: WorkshopOutcome): boolean {
    // The status condition makes closing happen once, even when two facilitators press at the same time.
    return (
      this.db.run("UPDATE workshops SET status = 'closed', closed_at = $1, outcome = $2 WHERE id = $3 AND status = 'open'", [
        outcome.closedAt,
        JSON.stringify(outcome),
        id,
      ]) === 1
    );
  }

  outcome(id: string): WorkshopOutcome | null {
    const text = this.db.query<{ outcome: string | null }>('SELECT outcome FROM workshops WHERE id = $1', [id])[0]?.outcome;
    return text ? (JSON.parse(text) as WorkshopOutcome) : null;
  }

  frozenParticipantCount(id: string): number | null {
    const count = this.db.query<{ count: unknown }>("SELECT outcome::jsonb -> 'participantCount' AS count FROM workshops WHERE id = $1", [id])[0]?.count;
    return typeof count === 'number' ? count : null;
  }

  addDisposition(workshopId: string, record: CardDispositionRecord): void {
    this.db.run('INSERT INTO card_dispositions (workshop_id, card_id, disposition, by_id, by_name, at) VALUES ($1, $2, $3, $4, $5, $6)', [
      workshopId,
      record.cardId,
      JSON.stringify(record.disposition),
      record.by.id,
      record.by.name,
      record.at,
    ]);
  }

  dispositions(workshopId: string): CardDispositionRecord[] {
    return this.db
      .query<DispositionRow>('SELECT card_id, disposition, by_id, by_name, at FROM card_dispositions WHERE workshop_id = $1 ORDER BY seq', [workshopId])
      .map(dispositionRecord);
  }
}
