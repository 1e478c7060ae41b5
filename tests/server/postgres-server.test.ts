/**
 * The real server process on PostgreSQL (KOERS_DATABASE_URL), each test in a schema of its own:
 * co-editing survives a SIGKILL and restart with everything in the database; a database that
 * cannot be reached refuses writes with 4503 (storage-unavailable) and never relays, so nothing a
 * client has seen is missing from the database; once it is back, the clients' edits arrive.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addRow, readProgramme, setField, userOrigin } from '../../shared/doc/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { CLOSE } from '../../shared/protocol.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { createTestSchema, TEST_DATABASE_URL, type TestSchema } from '../helpers/postgres.ts';
import { spawnServerProcess, type ServerProcess } from '../helpers/server-process.ts';
import { startTcpProxy } from '../helpers/tcp-proxy.ts';
import { makeTempDir, removeDir } from '../helpers/temp-dir.ts';
import { connectClient, type TestClient } from '../helpers/test-client.ts';

const DOC = 'kansengelijkheid';
const POLL = { timeout: 30_000, interval: 25 };
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

function schema(options?: { migrate?: boolean }): TestSchema {
  const s = createTestSchema(options);
  cleanup.add(() => s.drop());
  return s;
}

async function dataDir(): Promise<string> {
  const dir = await makeTempDir('koers-pg-process-');
  cleanup.add(() => removeDir(dir));
  return dir;
}

/** The test database's URL with another port (a relay in front of it, or nothing at all). */
function urlOnPort(port: number, query = ''): string {
  const url = new URL(TEST_DATABASE_URL);
  url.port = String(port);
  return `${url.toString()}${query}`;
}

function env(s: TestSchema, url = TEST_DATABASE_URL, extra: Record<string, string> = {}): Record<string, string> {
  return { KOERS_DATABASE_URL: url, KOERS_DATABASE_SCHEMA: s.schema, ...extra };
}

async function spawnServer(dir: string, environment: Record<string, string>): Promise<ServerProcess> {
  const p = await spawnServerProcess({ dataDir: dir, env: environment });
  cleanup.add(() => p.stop('SIGKILL'));
  return p;
}

function client(p: ServerProcess): TestClient {
  const c = connectClient(p.syncUrl, DOC, { cookie: p.adminCookie, maxBackoffTime: 300 });
  cleanup.add(() => c.destroy());
  return c;
}

/** What PostgreSQL itself holds, read past the server on a connection of the test's own. */
function storedProgramme(s: TestSchema): Programme {
  const doc = new Y.Doc();
  for (const row of s.sql<{ data: Uint8Array }>('SELECT data FROM updates WHERE doc = $1 ORDER BY seq', [DOC])) Y.applyUpdate(doc, row.data);
  try {
    return readProgramme(doc);
  } finally {
    doc.destroy();
  }
}

const measures = (p: Programme) => p.goals[0]!.indicators.map((i) => i.indicator).filter((text) => text.startsWith('meting '));

/** Edits from `a`, one new goal indicator each, `gapMs` apart; answers their texts. */
async function editStream(a: TestClient, from: number, count: number, gapMs = 30): Promise<string[]> {
  const made: string[] = [];
  for (let n = from; n < from + count; n++) {
    const text = `meting ${n}`;
    addRow(a.doc, 'goalIndicator', 'g1', userOrigin('a'), { fields: { indicator: text } });
    made.push(text);
    await new Promise((resolve) => setTimeout(resolve, gapMs));
  }
  return made;
}

async function fetchProgramme(p: ServerProcess): Promise<Programme> {
  const response = await fetch(`${p.url}/api/documents/${DOC}`, { headers: { cookie: p.adminCookie } });
  expect(response.status).toBe(200);
  return (await response.json()) as Programme;
}

describe('the server process on PostgreSQL', () => {
  it('migrates an empty schema, keeps two clients’ co-editing there through a SIGKILL and restart, and makes no SQLite file', async () => {
    const s = schema({ migrate: false });
    const dir = await dataDir();
    const p1 = await spawnServer(dir, env(s));
    expect(p1.output()).toMatch(/Koers draait op http:\/\/127\.0\.0\.1:\d+ \(data: postgres:\/\/postgres@127\.0\.0\.1:5432\/test \(schema koers_test_[0-9a-f]+\)\)/);

    const [a, b] = [client(p1), client(p1)];
    await Promise.all([a.whenSynced(), b.whenSynced()]);
    setField(a.doc, 'goal', 'g1', 'title', 'van a', userOrigin('a'));
    const fromB = addRow(b.doc, 'goalIndicator', 'g2', userOrigin('b'), { fields: { indicator: 'van b' } });
    await expect.poll(() => b.programme().goals[0]!.title, POLL).toBe('van a');
    await expect.poll(() => a.programme().goals[1]!.indicators.some((i) => i.id === fromB), POLL).toBe(true);
    const acknowledged = b.programme();
    expect(a.programme()).toEqual(acknowledged);

    p1.child.kill('SIGKILL');
    expect(await p1.exited).toEqual({ code: null, signal: 'SIGKILL' });
    a.destroy();
    b.destroy();
    expect(storedProgramme(s)).toEqual(acknowledged);

    const p2 = await spawnServer(dir, env(s));
    expect(await fetchProgramme(p2)).toEqual(acknowledged);
    const c = client(p2);
    await c.whenSynced();
    expect(c.programme()).toEqual(acknowledged);

    expect(existsSync(join(dir, 'koers.sqlite'))).toBe(false);
    expect(s.sql('SELECT component, version FROM koers_migrations ORDER BY component, version')).toEqual([
      { component: 'accounts', version: 1 },
      { component: 'accounts', version: 2 },
      { component: 'documents', version: 1 },
      { component: 'documents', version: 2 },
      { component: 'workshops', version: 1 },
    ]);
    // The second start found the beheerder and the seeded programmes, and made neither again.
    expect(s.sql('SELECT count(*) AS n FROM users')).toEqual([{ n: 1 }]);
    expect(s.sql<{ doc: string }>('SELECT DISTINCT doc FROM updates ORDER BY doc').map((r) => r.doc)).toEqual([
      'bestaanszekerheid',
      'gezond-samenleven',
      'kansengelijkheid',
    ]);
  });

  it('does not start when PostgreSQL cannot be reached, and says so', async () => {
    const s = schema();
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const started = spawnServerProcess({ dataDir: await dataDir(), env: env(s, urlOnPort(closed)) });
    await expect(started).rejects.toThrow(/server exited \(1\) before it started/);
    await expect(started).rejects.toThrow(new RegExp(`Koers kon niet starten: postgres://postgres@127\\.0\\.0\\.1:${closed}/test \\(schema koers_test_[0-9a-f]+\\): PostgreSQL is not reachable: connect ECONNREFUSED`));
  });

  for (const outage of ['refuse', 'stall'] as const) {
    it(`${outage === 'refuse' ? 'refused (the database is down)' : 'stalled (packets go nowhere)'} in the middle of a stream of edits: 4503, nothing relayed that is not stored, everything stored once it is back`, async () => {
      const s = schema();
      const proxy = await startTcpProxy({ host: new URL(TEST_DATABASE_URL).hostname, port: Number(new URL(TEST_DATABASE_URL).port || 5432) });
      cleanup.add(() => proxy.close());
      const p = await spawnServer(await dataDir(), env(s, urlOnPort(proxy.port), { KOERS_DATABASE_TIMEOUT_MS: '1000' }));
      const [a, b] = [client(p), client(p)];
      await Promise.all([a.whenSynced(), b.whenSynced()]);

      const before = await editStream(a, 1, 10);
      await expect.poll(() => measures(b.programme()), POLL).toEqual(before);

      if (outage === 'refuse') await proxy.refuse();
      else proxy.stall();
      const during = await editStream(a, 11, 10);
      await expect.poll(() => a.closes.some((c) => c.code === CLOSE.storageFailed.code && c.reason === CLOSE.storageFailed.reason), POLL).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 500));

      // Acknowledged = relayed to b. Whatever b has, PostgreSQL has (read on a connection of our own).
      const seen = measures(b.programme());
      const stored = measures(storedProgramme(s));
      expect(seen.filter((text) => !stored.includes(text))).toEqual([]);
      expect(seen).toEqual(expect.arrayContaining(before));
      expect(p.output()).toMatch(/"msg":"append failed; update not applied"/);

      await proxy.heal();
      const after = await editStream(a, 21, 3);
      const all = [...before, ...during, ...after];
      await expect.poll(() => measures(storedProgramme(s)).sort(), POLL).toEqual([...all].sort());
      await expect.poll(() => measures(b.programme()).sort(), POLL).toEqual([...all].sort());
    });
  }

  it("loses nothing when PostgreSQL ends the server's connection (pg_terminate_backend) again and again during edits", async () => {
    const s = schema();
    const p = await spawnServer(await dataDir(), env(s, `${TEST_DATABASE_URL}?application_name=${s.schema}`));
    const [a, b] = [client(p), client(p)];
    await Promise.all([a.whenSynced(), b.whenSynced()]);
    const terminate = () => s.sql<{ ended: boolean }>('SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = $1', [s.schema]);

    const made: string[] = [];
    for (let round = 0; round < 4; round++) {
      made.push(...(await editStream(a, round * 8 + 1, 8, 15)));
      const seen = measures(b.programme());
      const stored = measures(storedProgramme(s));
      expect(seen.filter((text) => !stored.includes(text))).toEqual([]);
      // Once the server holds this round (connected again), end its connection once more.
      await expect.poll(() => made.every((text) => measures(storedProgramme(s)).includes(text)), POLL).toBe(true);
      expect(terminate().length).toBeGreaterThan(0);
    }
    await expect.poll(() => measures(storedProgramme(s)).sort(), POLL).toEqual([...made].sort());
    await expect.poll(() => measures(b.programme()).sort(), POLL).toEqual([...made].sort());
  });
});
