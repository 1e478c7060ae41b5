/**
 * The contract of the WorkshopStore port (server/workshop/workshop-store.ts): codes, closing once,
 * a frozen outcome and append-only dispositions that not even raw SQL can rewrite.
 * workshop-store.test.ts runs it on every backend.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodeTaken, type WorkshopStore } from '../../server/workshop/workshop-store.ts';
import type { WorkshopOutcome } from '../../shared/workshop/types.ts';
import type { Backend, SideStores } from './backends.ts';

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

const disposition = (cardId: string, at: string) => ({
  cardId,
  disposition: { action: 'niet-verwerkt' as const, reason: 'Past niet' },
  by: { id: 'u1', name: 'Fleur' },
  at,
});

export function describeWorkshopStoreContract(backend: Backend<SideStores>): void {
  describe(`WorkshopStore contract: ${backend.name}`, () => {
    let db: SideStores;
    let workshops: WorkshopStore;

    beforeEach(async () => {
      db = await backend.harness();
      workshops = db.workshops();
    });
    afterEach(() => db.dispose());

    it('stores, finds by id and code, and closes once', () => {
      const created = workshops.create({ ...base, id: 'w1', code: 'ABCDEFGH', editGrant: true, scope: { kind: 'goal', rowId: 'g1' } });
      expect(created).toEqual({ ...base, id: 'w1', code: 'ABCDEFGH', editGrant: true, scope: { kind: 'goal', rowId: 'g1' }, status: 'open', closedAt: null });
      expect(workshops.get('w1')).toEqual(created);
      expect(workshops.findByCode('ABCDEFGH')).toEqual(created);
      expect(workshops.get('nope')).toBeNull();
      expect(workshops.findByCode('NOPE')).toBeNull();
      expect(workshops.outcome('w1')).toBeNull();
      expect(workshops.frozenParticipantCount('w1')).toBeNull();

      expect(workshops.markClosed('w1', outcome('w1'))).toBe(true);
      expect(workshops.markClosed('w1', { ...outcome('w1'), participantCount: 99 })).toBe(false);
      expect(workshops.get('w1')).toMatchObject({ status: 'closed', closedAt: '2026-03-01T21:00:00.000Z' });
      expect(workshops.outcome('w1')).toEqual(outcome('w1'));
      expect(workshops.frozenParticipantCount('w1')).toBe(3);
    });

    it('refuses a join code in use, so the caller can draw another', () => {
      workshops.create({ ...base, id: 'w1', code: 'ABCDEFGH' });
      expect(() => workshops.create({ ...base, id: 'w2', code: 'ABCDEFGH' })).toThrow(CodeTaken);
      expect(workshops.get('w2')).toBeNull();
      expect(workshops.create({ ...base, id: 'w2', code: 'HGFEDCBA' }).id).toBe('w2');
    });

    it('lists the werkateliers of a programme, newest first', () => {
      workshops.create({ ...base, id: 'w1', code: 'AAAAAAAA', createdAt: '2026-03-01T19:00:00.000Z' });
      workshops.create({ ...base, id: 'w3', code: 'CCCCCCCC', createdAt: '2026-03-02T19:00:00.000Z' });
      workshops.create({ ...base, id: 'w2', code: 'BBBBBBBB', createdAt: '2026-03-02T19:00:00.000Z' });
      workshops.create({ ...base, id: 'w4', code: 'DDDDDDDD', programmeId: 'kansengelijkheid' });
      expect(workshops.listForProgramme('bestaanszekerheid').map((w) => w.id)).toEqual(['w2', 'w3', 'w1']);
      expect(workshops.listForProgramme('nobody')).toEqual([]);
    });

    it('refuses, by trigger, to change a frozen outcome or delete a werkatelier', () => {
      workshops.create({ ...base, id: 'w1', code: 'ABCDEFGH' });
      workshops.create({ ...base, id: 'w2', code: 'HGFEDCBA' });
      db.exec("UPDATE workshops SET title = 'nog open' WHERE id = 'w2'");
      workshops.markClosed('w1', outcome('w1'));
      expect(() => db.exec("UPDATE workshops SET outcome = '{}' WHERE id = 'w1'")).toThrow(/frozen/);
      expect(() => db.exec("UPDATE workshops SET title = 'anders' WHERE id = 'w1'")).toThrow(/frozen/);
      expect(() => db.exec("DELETE FROM workshops WHERE id = 'w2'")).toThrow(/never deleted/);
      expect(workshops.outcome('w1')!.participantCount).toBe(3);
      expect(workshops.get('w2')!.title).toBe('nog open');
    });

    it('keeps dispositions in order and append-only', () => {
      workshops.create({ ...base, id: 'w1', code: 'ABCDEFGH' });
      workshops.create({ ...base, id: 'w2', code: 'HGFEDCBA' });
      workshops.addDisposition('w1', disposition('c2', '2026-03-02T10:00:00Z'));
      workshops.addDisposition('w2', disposition('c9', '2026-03-02T10:00:00Z'));
      workshops.addDisposition('w1', { ...disposition('c1', '2026-03-02T09:00:00Z'), disposition: { action: 'niet-verwerkt', reason: 'Later' } });
      expect(workshops.dispositions('w1')).toEqual([
        disposition('c2', '2026-03-02T10:00:00Z'),
        { ...disposition('c1', '2026-03-02T09:00:00Z'), disposition: { action: 'niet-verwerkt', reason: 'Later' } },
      ]);
      expect(() => db.exec("UPDATE card_dispositions SET by_name = 'x'")).toThrow(/append-only/);
      expect(() => db.exec('DELETE FROM card_dispositions')).toThrow(/append-only/);
      expect(workshops.dispositions('w1')).toHaveLength(2);
      expect(workshops.dispositions('nobody')).toEqual([]);
    });

    it('keeps everything for the next connection (a restart)', () => {
      workshops.create({ ...base, id: 'w1', code: 'ABCDEFGH', editGrant: true });
      workshops.markClosed('w1', outcome('w1'));
      workshops.addDisposition('w1', disposition('c1', '2026-03-02T10:00:00Z'));
      const again = db.workshops();
      expect(again.get('w1')).toMatchObject({ status: 'closed', editGrant: true });
      expect(again.outcome('w1')).toEqual(outcome('w1'));
      expect(again.dispositions('w1')).toHaveLength(1);
    });
  });
}
