/**
 * Stored documents of an older schema version: migrated once when a server starts on a real
 * SQLite file, never again on the next start; frozen versions are migrated only in memory.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../shared/doc/index.ts';
import { openVersion } from '../../server/history/versions.ts';
import { convertCell } from '../../server/import/convert.ts';
import { EDITABLE_FIELDS } from '../../shared/model/entities.ts';
import { SqliteStore } from '../../server/persistence/sqlite-store.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { makeTempDir, removeDir } from '../helpers/temp-dir.ts';
import { startTestServer } from '../helpers/test-server.ts';
import { V1_PROGRAMME, version1State } from '../shared/migrations/version-1-doc.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

function withStore<T>(dataDir: string, use: (store: SqliteStore) => T): T {
  const store = new SqliteStore(join(dataDir, 'koers.sqlite'));
  try {
    return use(store);
  } finally {
    store.close();
  }
}

describe('migrating stored documents at start', () => {
  it('migrates a version-1 document once, in one append, and not again on the next start', async () => {
    const dataDir = await makeTempDir('koers-migrate-');
    cleanup.add(() => removeDir(dataDir));
    const docId = V1_PROGRAMME.id;
    withStore(dataDir, (store) => store.append(docId, version1State()));

    const first = await startTestServer({ dataDir, seed: [] });
    const migratedLogs = first.logs.filter((e) => e.msg === 'document migrated');
    expect(migratedLogs.map((e) => [e.docId, e.from, e.to])).toEqual([[docId, 1, SCHEMA_VERSION]]);
    const programme = first.programme(docId)!;
    expect(programme.schemaVersion).toBe(SCHEMA_VERSION);
    const indicator = programme.goals[1]!.indicators[2]!;
    expect(indicator.baselineScope).toBe('gemeente');
    await first.dispose();
    const rowsAfterFirst = withStore(dataDir, (store) => store.countUpdates(docId));

    const second = await startTestServer({ dataDir, seed: [] });
    expect(second.logs.filter((e) => e.msg === 'document migrated')).toEqual([]);
    expect(second.programme(docId)!.goals[1]!.indicators[2]!.baselineScope).toBe('gemeente');
    await second.dispose();
    expect(withStore(dataDir, (store) => store.countUpdates(docId))).toBe(rowsAfterFirst);
  });

  it('appends exactly one update for the whole migration', async () => {
    const dataDir = await makeTempDir('koers-migrate-');
    cleanup.add(() => removeDir(dataDir));
    const docId = V1_PROGRAMME.id;
    withStore(dataDir, (store) => store.append(docId, version1State()));
    const server = await startTestServer({ dataDir, seed: [] });
    // Read from the file before a room compacts anything: the stored row plus one.
    const rows = withStore(dataDir, (store) => store.countUpdates(docId));
    await server.dispose();
    expect(rows).toBe(2);
  });
});

describe('frozen versions of an older schema', () => {
  it('open migrated, and their stored bytes stay as frozen', async () => {
    const dataDir = await makeTempDir('koers-migrate-');
    cleanup.add(() => removeDir(dataDir));
    const state = version1State();
    withStore(dataDir, (store) => {
      const version = store.saveVersion({
        documentId: V1_PROGRAMME.id, name: 'Raadsbesluit', status: 'raad-vastgesteld', date: '2024-09-26', documentNumber: '1', note: '',
        createdAt: '2024-09-27T08:00:00.000Z', createdBy: { id: 'alice', name: 'Alice' }, state,
      });
      const opened = openVersion(store, V1_PROGRAMME.id, version.id)!;
      expect(opened.schemaVersion).toBe(SCHEMA_VERSION);
      expect(opened.goals[1]!.indicators[2]!.baselineScope).toBe('gemeente');
      expect(opened.goals[2]!.indicators[0]!.baselineScope).toBe('gemeente');
      expect(Buffer.from(store.loadVersion(V1_PROGRAMME.id, version.id)!.state).equals(Buffer.from(state))).toBe(true);
    });
  });
});

describe('importing an old file', () => {
  it('reads the scope "Dronten" as gemeente, and the new label too', () => {
    const spec = EDITABLE_FIELDS.goalIndicator.baselineScope!;
    expect(convertCell('Dronten', 'baselineScope', spec)).toEqual({ ok: true, value: 'gemeente' });
    expect(convertCell('dronten', 'baselineScope', spec)).toEqual({ ok: true, value: 'gemeente' });
    expect(convertCell('Gemeente', 'baselineScope', spec)).toEqual({ ok: true, value: 'gemeente' });
    expect(convertCell('provincie', 'baselineScope', spec)).toMatchObject({ ok: false });
  });
});
