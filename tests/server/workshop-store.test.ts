/** The werkatelier tables on a real SQLite file: the frozen outcome and the dispositions cannot be rewritten. */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkshopStore } from '../../server/workshop/workshop-store.ts';
import type { WorkshopOutcome } from '../../shared/workshop/types.ts';

const dbs: Database.Database[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

function store(): { db: Database.Database; workshops: WorkshopStore } {
  const db = new Database(':memory:');
  dbs.push(db);
  return { db, workshops: new WorkshopStore(db) };
}

const base = {
  programmeId: 'bestaanszekerheid',
  scope: { kind: 'programme' } as const,
  title: 'Avond',
  votingMode: 'stippen' as const,
  dots: 5,
  createdAt: '2026-03-01T19:00:00.000Z',
  createdBy: { id: 'u1', name: 'Fleur' },
  editGrant: false,
};

const outcome = (id: string): WorkshopOutcome => ({
  workshopId: id, programmeId: 'bestaanszekerheid', title: 'Avond', scope: { kind: 'programme' }, votingMode: 'stippen', dots: 5,
  closedAt: '2026-03-01T21:00:00.000Z', participantCount: 3, ranking: [], cards: [],
});

describe('WorkshopStore', () => {
  it('stores, finds by code and closes once', () => {
    const { workshops } = store();
    workshops.create({ ...base, id: 'w1', code: 'ABCDEFGH' });
    expect(workshops.findByCode('ABCDEFGH')!.id).toBe('w1');
    expect(() => workshops.create({ ...base, id: 'w2', code: 'ABCDEFGH' })).toThrow(/UNIQUE/);
    expect(workshops.markClosed('w1', outcome('w1'))).toBe(true);
    expect(workshops.markClosed('w1', { ...outcome('w1'), participantCount: 99 })).toBe(false);
    expect(workshops.get('w1')).toMatchObject({ status: 'closed', closedAt: '2026-03-01T21:00:00.000Z' });
    expect(workshops.outcome('w1')!.participantCount).toBe(3);
  });

  it('refuses, by trigger, to change a frozen outcome or delete a werkatelier', () => {
    const { db, workshops } = store();
    workshops.create({ ...base, id: 'w1', code: 'ABCDEFGH' });
    workshops.markClosed('w1', outcome('w1'));
    expect(() => db.prepare("UPDATE workshops SET outcome = '{}' WHERE id = 'w1'").run()).toThrow(/frozen/);
    expect(() => db.prepare("UPDATE workshops SET title = 'anders' WHERE id = 'w1'").run()).toThrow(/frozen/);
    expect(() => db.prepare("DELETE FROM workshops WHERE id = 'w1'").run()).toThrow(/never deleted/);
    expect(workshops.outcome('w1')!.participantCount).toBe(3);
  });

  it('keeps dispositions append-only', () => {
    const { db, workshops } = store();
    workshops.create({ ...base, id: 'w1', code: 'ABCDEFGH' });
    workshops.addDisposition('w1', { cardId: 'c1', disposition: { action: 'niet-verwerkt', reason: 'Past niet' }, by: { id: 'u1', name: 'Fleur' }, at: '2026-03-02T10:00:00Z' });
    expect(() => db.prepare("UPDATE card_dispositions SET by_name = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM card_dispositions').run()).toThrow(/append-only/);
    expect(workshops.dispositions('w1')).toHaveLength(1);
  });

  it('migrates an existing file only once', () => {
    const { db } = store();
    new WorkshopStore(db);
    expect(db.prepare("SELECT version FROM component_schema WHERE component = 'workshops'").get()).toEqual({ version: 2 });
  });
});
