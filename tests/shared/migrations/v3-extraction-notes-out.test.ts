/**
 * Migration 2 -> 3: a programme seeded before issue 16 carries the extraction's notes in the
 * Toelichting of its goal indicators; migrating empties exactly those and keeps the users' own.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readProgramme, seedProgramme } from '../../../shared/doc/index.ts';
import { migrateDocument } from '../../../shared/doc/migrations/migrate-document.ts';
import { extractionNotesOut, noteFingerprint } from '../../../shared/doc/migrations/v3-extraction-notes-out.ts';
import { SEED_PROGRAMMES } from '../../../shared/seed/programmes.ts';

/** A programme as the old seed wrote it: the extraction note in every indicator's notes, stamped 2. */
function version2Doc(index: number): Y.Doc {
  const seed = SEED_PROGRAMMES[index]!;
  const doc = new Y.Doc();
  seedProgramme(doc, seed);
  doc.transact(() => {
    doc.getMap('meta').set('schemaVersion', 2);
    const rows = doc.getMap<Y.Map<unknown>>('rows:goalIndicator');
    seed.goals.forEach((goal, g) =>
      goal.indicators.forEach((ind, i) => rows.get(`g${g + 1}-i${i + 1}`)!.set('notes', ind.extractionNote ?? '')),
    );
  });
  return doc;
}

const notesOf = (doc: Y.Doc) => readProgramme(doc).goals.flatMap((g) => g.indicators.map((i) => i.notes));

describe('migration 2 -> 3: extraction notes out', () => {
  it('goes from 2 to 3 and says why', () => {
    expect([extractionNotesOut.from, extractionNotesOut.to]).toEqual([2, 3]);
    expect(extractionNotesOut.why).toContain('extractie');
  });

  it.each(SEED_PROGRAMMES.map((p, i) => [p.id, i] as const))('empties every seeded extraction note of %s', (_id, index) => {
    const doc = version2Doc(index);
    expect(notesOf(doc).filter((n) => n !== '').length).toBeGreaterThan(5);
    expect(migrateDocument(doc)).toMatchObject({ from: 2, to: 4 });
    expect(notesOf(doc).filter((n) => n !== '')).toEqual([]);
  });

  it("keeps a Toelichting a user wrote or changed, even one that quotes a note", () => {
    const doc = version2Doc(0);
    const rows = doc.getMap<Y.Map<unknown>>('rows:goalIndicator');
    const original = String(rows.get('g1-i2')!.get('notes'));
    rows.get('g1-i1')!.set('notes', 'Cijfer uit de monitor van 2024.');
    rows.get('g1-i2')!.set('notes', `${original} Nagekeken door Ada.`);
    migrateDocument(doc);
    expect(String(rows.get('g1-i1')!.get('notes'))).toBe('Cijfer uit de monitor van 2024.');
    expect(String(rows.get('g1-i2')!.get('notes'))).toBe(`${original} Nagekeken door Ada.`);
    expect(noteFingerprint(original)).not.toBe(noteFingerprint(`${original} Nagekeken door Ada.`));
  });
});
