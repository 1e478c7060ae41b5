/** The list of migrations and migrateDocument, whatever the migrations do. */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, seedProgramme } from '../../../shared/doc/index.ts';
import { FIRST_SCHEMA_VERSION, MIGRATIONS } from '../../../shared/doc/migrations/list.ts';
import { migrateDocument, schemaVersionOf } from '../../../shared/doc/migrations/migrate-document.ts';
import { SEED_PROGRAMMES } from '../../../shared/seed/programmes.ts';
import { version1Doc } from './version-1-doc.ts';

describe('the migrations', () => {
  it('form one chain from the first version, each step one version up, ending at SCHEMA_VERSION', () => {
    let version = FIRST_SCHEMA_VERSION;
    for (const m of MIGRATIONS) {
      expect(m.from, m.why).toBe(version);
      expect(m.to, m.why).toBe(version + 1);
      expect(m.why.trim()).not.toBe('');
      version = m.to;
    }
    expect(SCHEMA_VERSION).toBe(version);
    expect(SCHEMA_VERSION).toBe(4);
  });
});

describe('migrateDocument', () => {
  it('brings a version-1 document to SCHEMA_VERSION, and a second run changes nothing', () => {
    const doc = version1Doc();
    expect(schemaVersionOf(doc)).toBe(1);
    expect(migrateDocument(doc)).toMatchObject({ from: 1, to: SCHEMA_VERSION });
    expect(schemaVersionOf(doc)).toBe(SCHEMA_VERSION);
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    expect(migrateDocument(doc)).toBeNull();
    expect(updates).toEqual([]);
  });

  it('leaves a newly seeded document alone: it starts at the current version', () => {
    const doc = new Y.Doc();
    seedProgramme(doc, SEED_PROGRAMMES[1]!);
    expect(schemaVersionOf(doc)).toBe(SCHEMA_VERSION);
    expect(migrateDocument(doc)).toBeNull();
  });

  it('leaves an empty document and one a newer Koers wrote alone', () => {
    const empty = new Y.Doc();
    expect(migrateDocument(empty)).toBeNull();
    expect(empty.getMap('meta').size).toBe(0);
    const newer = version1Doc();
    newer.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 1);
    expect(migrateDocument(newer)).toBeNull();
    expect(newer.getMap('meta').get('schemaVersion')).toBe(SCHEMA_VERSION + 1);
  });

  it('reads a programme without a version stamp as version 1', () => {
    const doc = version1Doc();
    doc.getMap('meta').delete('schemaVersion');
    expect(migrateDocument(doc)).toMatchObject({ from: 1, to: SCHEMA_VERSION });
  });
});
