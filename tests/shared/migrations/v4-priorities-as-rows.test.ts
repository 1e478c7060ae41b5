/**
 * Migration 3 -> 4: a Dronten programme stored before the advisory body's ranking became rows
 * gets the ranking it was validated against, once; any other programme, or one that already
 * holds a ranking, is left as it is.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readProgramme, seedProgramme } from '../../../shared/doc/index.ts';
import { migrateDocument } from '../../../shared/doc/migrations/migrate-document.ts';
import { prioritiesAsRows } from '../../../shared/doc/migrations/v4-priorities-as-rows.ts';
import { seedProgrammeById } from '../../../shared/seed/programmes.ts';

/** A programme as the seed wrote it before: no priority rows, stamped 3. */
function version3Doc(id: string, municipality?: string): Y.Doc {
  const doc = new Y.Doc();
  seedProgramme(doc, { ...seedProgrammeById(id)!, priorities: [] });
  doc.transact(() => {
    doc.getMap('meta').set('schemaVersion', 3);
    if (municipality) doc.getMap('meta').set('municipality', municipality);
  });
  return doc;
}

describe('migration 3 -> 4: priorities as rows', () => {
  it('goes from 3 to 4 and says why', () => {
    expect([prioritiesAsRows.from, prioritiesAsRows.to]).toEqual([3, 4]);
    expect(prioritiesAsRows.why).toContain('prioriteiten');
  });

  it("writes Dronten's ASD ranking into the programme, shared places marked", () => {
    const doc = version3Doc('bestaanszekerheid');
    expect(readProgramme(doc).priorities).toEqual([]);
    expect(migrateDocument(doc)).toMatchObject({ from: 3, to: 4 });
    const priorities = readProgramme(doc).priorities;
    expect(priorities.map((p) => p.rank)).toEqual([1, 2, 3, 3, 5, 6, 7, 8, 9, 10]);
    expect(priorities.filter((p) => p.tie === 'tie').map((p) => p.code)).toEqual(['1.2', '3.9']);
    expect(priorities[0]).toMatchObject({ id: 'p1', code: '2.4', comment: expect.stringContaining('maatje') });
  });

  it('gives the same rows a new installation is seeded with', () => {
    const migrated = version3Doc('gezond-samenleven');
    migrateDocument(migrated);
    const fresh = new Y.Doc();
    seedProgramme(fresh, seedProgrammeById('gezond-samenleven')!);
    expect(readProgramme(migrated).priorities).toEqual(readProgramme(fresh).priorities);
  });

  it('leaves another municipality, and a ranking a user already has, alone', () => {
    const other = version3Doc('kansengelijkheid', 'Almere');
    migrateDocument(other);
    expect(readProgramme(other).priorities).toEqual([]);

    const own = version3Doc('kansengelijkheid');
    own.transact(() => {
      const row = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({ id: 'mine', parentId: null, order: 'a0', rank: 1, code: '1.1', result: 'Eigen', comment: '', tie: null })) row.set(k, v);
      own.getMap<Y.Map<unknown>>('rows:priority').set('mine', row);
    });
    migrateDocument(own);
    expect(readProgramme(own).priorities.map((p) => p.id)).toEqual(['mine']);
  });
});
