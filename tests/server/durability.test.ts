/**
 * What survives a restart of the in-process server on the same data folder: seeds are written
 * once, every acknowledged edit is served again, and the log is compacted along the way.
 * (tests/server/server-process.test.ts kills the real process instead.)
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addRow, setField, userOrigin } from '../../shared/doc/index.ts';
import { SEED_PROGRAMMES } from '../../shared/seed/programmes.ts';
import { SqliteStore } from '../../server/persistence/sqlite-store.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import type { TestClient } from '../helpers/test-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const DOC = 'gezond-samenleven';
const POLL = { timeout: 20_000, interval: 25 };
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

async function server(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const s = await startTestServer(options);
  cleanup.add(() => s.dispose());
  return s;
}

function client(s: TestServer, docId = DOC): TestClient {
  const c = s.connect(docId);
  cleanup.add(() => c.destroy());
  return c;
}

function countRows(dataDir: string, docId: string): number {
  const store = new SqliteStore(join(dataDir, 'koers.sqlite'));
  try {
    return store.countUpdates(docId);
  } finally {
    store.close();
  }
}

describe('durability across restarts', () => {
  it('seeds the three programmes on the first start only', async () => {
    const first = await server();
    expect(first.logs.filter((e) => e.msg === 'programme seeded').map((e) => e.docId)).toEqual(
      SEED_PROGRAMMES.map((p) => p.id),
    );
    const list = (await (await first.api('/api/documents')).json()) as Array<{ id: string }>;
    expect(list.map((d) => d.id)).toEqual(['bestaanszekerheid', 'gezond-samenleven', 'kansengelijkheid']);
    const c = client(first);
    await c.whenSynced();
    setField(c.doc, 'goal', 'g1', 'title', 'bewerkt na de eerste start', userOrigin('c'));
    await expect.poll(async () => (await first.fetchProgramme(DOC)).goals[0]!.title, POLL).toBe('bewerkt na de eerste start');
    c.destroy();
    await first.close();
    const rowsBefore = SEED_PROGRAMMES.map((p) => countRows(first.dataDir, p.id));

    const second = await server({ dataDir: first.dataDir });

    expect(second.logs.filter((e) => e.msg === 'programme seeded')).toEqual([]);
    expect(SEED_PROGRAMMES.map((p) => second.store.countUpdates(p.id))).toEqual(rowsBefore);
    const programme = await second.fetchProgramme(DOC);
    expect(programme.goals[0]!.title).toBe('bewerkt na de eerste start');
    expect(programme.goals).toHaveLength(SEED_PROGRAMMES.find((p) => p.id === DOC)!.goals.length);
  });

  it('a restarted server serves every edit another client had received', async () => {
    const first = await server();
    const [a, b] = [client(first), client(first)];
    await Promise.all([a.whenSynced(), b.whenSynced()]);
    const indicators = a.programme().goals.flatMap((g) => g.indicators.map((i) => i.id));
    indicators.forEach((id, n) => setField(a.doc, 'goalIndicator', id, 'notes', `notitie ${n} van A`, userOrigin('a')));
    const added = addRow(b.doc, 'goal', null, userOrigin('b'), { fields: { code: '99', title: 'Nieuw doel van B' } });
    setField(b.doc, 'goal', 'g2', 'title', 'g2 van B', userOrigin('b'));
    // Acknowledged: each side has received the other's edits through the server.
    await expect.poll(() => JSON.stringify(a.programme()) === JSON.stringify(b.programme()), POLL).toBe(true);
    const acknowledged = b.programme();
    expect(acknowledged.goals.map((g) => g.id)).toContain(added);
    a.destroy();
    b.destroy();
    await first.close();

    const second = await server({ dataDir: first.dataDir });

    expect(await second.fetchProgramme(DOC)).toEqual(acknowledged);
    const late = client(second);
    await late.whenSynced();
    expect(late.programme()).toEqual(acknowledged);
  });

  it('compacts the log past the threshold and when the room unloads, keeping the state', async () => {
    const s = await server({ compactThreshold: 10, roomIdleMs: 0 });
    const c = client(s);
    await c.whenSynced();
    for (let n = 1; n <= 35; n++) setField(c.doc, 'goal', 'g1', 'title', `versie ${n}`, userOrigin('c'));
    await expect.poll(() => s.programme(DOC)?.goals[0]!.title, POLL).toBe('versie 35');
    expect(s.store.countUpdates(DOC)).toBeLessThanOrEqual(11);
    expect(s.logs.filter((e) => e.msg === 'log compacted' && e.why === 'threshold').length).toBeGreaterThanOrEqual(3);
    const final = c.programme();

    c.destroy();

    await expect.poll(() => s.registry.isLoaded(DOC), POLL).toBe(false);
    expect(s.logs.some((e) => e.msg === 'log compacted' && e.why === 'unload')).toBe(true);
    expect(s.store.countUpdates(DOC)).toBe(1);
    expect(await s.fetchProgramme(DOC)).toEqual(final);
  });
});
