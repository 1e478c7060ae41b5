/** Migration 1 -> 2: the scope code 'dronten' becomes 'gemeente'. */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readProgramme } from '../../../shared/doc/index.ts';
import { scopeGemeente } from '../../../shared/doc/migrations/v2-scope-gemeente.ts';
import { migrateDocument } from '../../../shared/doc/migrations/migrate-document.ts';
import { version1Doc } from './version-1-doc.ts';

const scopes = (doc: Y.Doc) =>
  Object.fromEntries(readProgramme(doc).goals.flatMap((g) => g.indicators).filter((i) => i.baselineScope !== null).map((i) => [i.id, i.baselineScope]));

describe('migration 1 -> 2: scope gemeente', () => {
  it('goes from 1 to 2 and says why', () => {
    expect([scopeGemeente.from, scopeGemeente.to]).toEqual([1, 2]);
    expect(scopeGemeente.why).toContain('gemeente');
  });

  it("turns every stored 'dronten' scope into 'gemeente' and leaves the other scopes alone", () => {
    const doc = version1Doc();
    expect(scopes(doc)).toEqual({ 'g2-i2': 'landelijk', 'g2-i3': 'dronten', 'g3-i1': 'dronten' });
    doc.transact(() => scopeGemeente.up(doc));
    expect(scopes(doc)).toEqual({ 'g2-i2': 'landelijk', 'g2-i3': 'gemeente', 'g3-i1': 'gemeente' });
  });

  it('follows the code into change requests on the scope, and leaves texts alone', () => {
    const doc = version1Doc();
    migrateDocument(doc);
    const request = doc.getMap<Y.Map<unknown>>('notes:changeRequest').get('cr1')!;
    expect([request.get('oldValue'), request.get('newValue')]).toEqual(['gemeente', 'regio']);
    expect(readProgramme(doc).goals[1]!.indicators[2]!.notes).toBe('dronten');
  });

  it('runs in the one transaction of migrateDocument, stamped with the latest version (4)', () => {
    const doc = version1Doc();
    let transactions = 0;
    doc.on('afterTransaction', (tr: Y.Transaction) => {
      if (tr.changed.size > 0) transactions++;
    });
    const outcome = migrateDocument(doc);
    expect(outcome).toMatchObject({ from: 1, to: 4 });
    expect(outcome!.applied[0]).toBe(scopeGemeente);
    expect(transactions).toBe(1);
    expect(readProgramme(doc).schemaVersion).toBe(4);
  });
});
