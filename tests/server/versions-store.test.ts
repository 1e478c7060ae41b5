/**
 * SQLite specifics of versions and history: the database itself refuses to change a version
 * (whoever connects, not only through our port), and an existing file is migrated in place.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readProgramme, seedProgramme } from '../../shared/doc/index.ts';
import { seedProgrammeById } from '../../shared/seed/programmes.ts';
import { SqliteStore } from '../../server/persistence/sqlite-store.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { makeTempDir, removeDir } from '../helpers/temp-dir.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

async function tempFile(): Promise<string> {
  const dir = await makeTempDir('koers-versions-');
  cleanup.add(() => removeDir(dir));
  return join(dir, 'koers.sqlite');
}

function seededState(): Uint8Array {
  const doc = new Y.Doc();
  seedProgramme(doc, seedProgrammeById('kansengelijkheid')!);
  return Y.encodeStateAsUpdate(doc);
}

describe('SQLite versions table', () => {
  it('refuses UPDATE and DELETE on a stored version, from any connection', async () => {
    const file = await tempFile();
    const store = new SqliteStore(file);
    const state = seededState();
    const version = store.saveVersion({
      documentId: 'kansengelijkheid',
      name: 'Raadsbesluit',
      status: 'raad-vastgesteld',
      date: '2024-09-26',
      documentNumber: '824737',
      note: '',
      createdAt: '2024-09-27T08:00:00.000Z',
      createdBy: { id: 'alice', name: 'Alice' },
      state,
    });
    store.appendHistory([
      { documentId: 'kansengelijkheid', action: 'set', kind: 'goal', rowId: 'g1', field: 'title', old: 'a', new: 'b', userId: 'u', userName: 'U', at: '2025-01-01T00:00:00.000Z' },
    ]);
    store.close();

    const raw = new Database(file);
    cleanup.add(() => raw.close());
    expect(() => raw.prepare("UPDATE versions SET name = 'Anders' WHERE id = ?").run(version.id)).toThrow(/immutable/);
    expect(() => raw.prepare('UPDATE versions SET state = x\'00\'').run()).toThrow(/immutable/);
    expect(() => raw.prepare('DELETE FROM versions WHERE id = ?').run(version.id)).toThrow(/immutable/);
    expect(() => raw.prepare('DELETE FROM versions').run()).toThrow(/immutable/);
    expect(() => raw.prepare("UPDATE history SET new_value = '\"anders\"'").run()).toThrow(/append-only/);
    // What a burst may do (history-bursts.ts) is move forward; it never changes who or the old value.
    expect(() => raw.prepare("UPDATE history SET seq = seq + 100, old_value = '\"anders\"'").run()).toThrow(/append-only/);
    expect(() => raw.prepare('UPDATE history SET seq = seq + 100, author = author + 1').run()).toThrow(/append-only/);
    expect(() => raw.prepare('UPDATE history SET seq = seq + 100, at = at - 1').run()).toThrow(/append-only/);
    raw.close();

    const reopened = new SqliteStore(file);
    cleanup.add(() => reopened.close());
    const loaded = reopened.loadVersion('kansengelijkheid', version.id)!;
    expect(loaded.name).toBe('Raadsbesluit');
    expect(loaded.state).toEqual(state);
  });

  it('stores an old value only when it is not the cell\'s previous new value', async () => {
    const file = await tempFile();
    const store = new SqliteStore(file);
    cleanup.add(() => store.close());
    const entry = (n: number, old: string, now: string) => ({
      documentId: 'p',
      action: 'set' as const,
      kind: 'goal' as const,
      rowId: 'g1',
      field: 'title',
      old,
      new: now,
      userId: 'u',
      userName: 'Ursula',
      // Minutes apart: separate changes, not one burst (history-bursts.ts).
      at: `2025-01-01T00:0${n}:00.000Z`,
    });
    store.appendHistory([entry(1, 'origineel', 'a'), entry(2, 'a', 'b')]);
    store.appendHistory([entry(3, 'iets anders', 'c')]);

    const raw = new Database(file, { readonly: true });
    cleanup.add(() => raw.close());
    const rows = raw.prepare('SELECT old_value, new_value, at FROM history ORDER BY seq').all();
    expect(rows).toEqual([
      { old_value: '"origineel"', new_value: '"a"', at: Date.parse('2025-01-01T00:01:00.000Z') },
      { old_value: null, new_value: '"b"', at: Date.parse('2025-01-01T00:02:00.000Z') },
      { old_value: '"iets anders"', new_value: '"c"', at: Date.parse('2025-01-01T00:03:00.000Z') },
    ]);
    expect(raw.prepare('SELECT count(*) AS n FROM history_authors').get()).toEqual({ n: 1 });
    expect(store.listHistory('p').map((e) => e.old)).toEqual(['iets anders', 'a', 'origineel']);
  });

  it('migrates a database from before versions existed, keeping its log', async () => {
    const file = await tempFile();
    // Schema version 1 exactly as the first release created it.
    const old = new Database(file);
    old.exec(`CREATE TABLE updates (
       seq        INTEGER PRIMARY KEY AUTOINCREMENT,
       doc        TEXT    NOT NULL,
       data       BLOB    NOT NULL,
       created_at INTEGER NOT NULL
     );
     CREATE INDEX updates_doc_seq ON updates (doc, seq);`);
    old.pragma('user_version = 1');
    const state = seededState();
    old.prepare('INSERT INTO updates (doc, data, created_at) VALUES (?, ?, ?)').run('kansengelijkheid', Buffer.from(state), 1);
    old.close();

    const store = new SqliteStore(file);
    cleanup.add(() => store.close());

    const doc = new Y.Doc();
    for (const update of store.load('kansengelijkheid')) Y.applyUpdate(doc, update);
    expect(readProgramme(doc).id).toBe('kansengelijkheid');
    expect(store.listVersions('kansengelijkheid')).toEqual([]);
    expect(store.listHistory('kansengelijkheid')).toEqual([]);
    const check = new Database(file, { readonly: true });
    cleanup.add(() => check.close());
    expect(check.pragma('user_version', { simple: true })).toBe(4);
  });
});
