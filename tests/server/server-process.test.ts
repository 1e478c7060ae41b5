/**
 * The real server process (node + tsx, as `npm run serve` runs it): killed with SIGKILL right
 * after an edit was acknowledged it loses nothing; SIGTERM shuts it down cleanly.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addRow, readProgramme, setField, userOrigin } from '../../shared/doc/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { SqliteStore } from '../../server/persistence/sqlite-store.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { spawnServerProcess, type ServerProcess } from '../helpers/server-process.ts';
import { makeTempDir, removeDir } from '../helpers/temp-dir.ts';
import { connectClient, type TestClient } from '../helpers/test-client.ts';

const DOC = 'kansengelijkheid';
const POLL = { timeout: 30_000, interval: 25 };
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

async function dataDir(): Promise<string> {
  const dir = await makeTempDir('koers-process-');
  cleanup.add(() => removeDir(dir));
  return dir;
}

async function spawnServer(dir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const p = await spawnServerProcess({ dataDir: dir, env });
  cleanup.add(() => p.stop('SIGKILL'));
  return p;
}

function client(p: ServerProcess): TestClient {
  const c = connectClient(p.syncUrl, DOC, { cookie: p.adminCookie });
  cleanup.add(() => c.destroy());
  return c;
}

async function fetchProgramme(p: ServerProcess): Promise<Programme> {
  const response = await fetch(`${p.url}/api/documents/${DOC}`, { headers: { cookie: p.adminCookie } });
  expect(response.status).toBe(200);
  return (await response.json()) as Programme;
}

describe('the server process', () => {
  it('prints its address (PORT=0 picks a free port) and serves the API', async () => {
    const p = await spawnServer(await dataDir());
    expect(p.port).toBeGreaterThan(0);
    expect(p.output()).toMatch(/Koers draait op http:\/\/127\.0\.0\.1:\d+ \(data: .*koers\.sqlite\)/);
    const health = (await (await fetch(`${p.url}/api/health`)).json()) as { status: string; documents: number };
    expect(health).toMatchObject({ status: 'ok', documents: 3 });
  });

  it('without KOERS_ADMIN_* prints the one-time setup link after its address, and only while no account exists', async () => {
    const p = await spawnServer(await dataDir(), { KOERS_ADMIN_EMAIL: '', KOERS_ADMIN_PASSWORD: '' });
    expect(p.adminCookie).toBe('');
    // The line follows the address line, possibly in a later chunk of stdout.
    await expect.poll(() => p.output(), POLL).toContain('Koers heeft nog geen beheerder.');
    const lines = p.output().trim().split('\n');
    const setupLine = lines.find((line) => line.startsWith('Koers heeft nog geen beheerder.'));
    expect(setupLine).toMatch(new RegExp(`^Koers heeft nog geen beheerder\\. Maak het eerste account aan via ${p.url.replace(/[.]/g, '\\.')}/#/inrichten/[A-Za-z0-9_-]{20,}$`));
    expect(lines.indexOf(setupLine!)).toBeGreaterThan(lines.findIndex((line) => line.startsWith('Koers draait op')));
    expect((await fetch(`${p.url}/api/documents`)).status).toBe(401);
  });

  it('killed with SIGKILL right after an acknowledged edit, loses nothing', async () => {
    const dir = await dataDir();

    // Round 1: acknowledged = another client received it.
    const p1 = await spawnServer(dir);
    const [a, b] = [client(p1), client(p1)];
    await Promise.all([a.whenSynced(), b.whenSynced()]);
    for (let n = 0; n < 20; n++) setField(a.doc, 'goal', 'g1', 'title', `titel ${n}`, userOrigin('a'));
    const row = addRow(a.doc, 'goalIndicator', 'g1', userOrigin('a'), { fields: { indicator: 'toegevoegd voor de kill' } });
    setField(a.doc, 'goal', 'g2', 'title', 'LAATSTE VOOR KILL 1', userOrigin('a'));
    await expect.poll(() => b.programme().goals[1]!.title, POLL).toBe('LAATSTE VOOR KILL 1');
    const acknowledged = b.programme();
    p1.child.kill('SIGKILL');
    expect(await p1.exited).toEqual({ code: null, signal: 'SIGKILL' });
    a.destroy();
    b.destroy();

    // Round 2: acknowledged = the server's GET returns it.
    const p2 = await spawnServer(dir);
    expect(await fetchProgramme(p2)).toEqual(acknowledged);
    const c = client(p2);
    await c.whenSynced();
    expect(c.programme().goals[0]!.indicators.map((i) => i.id)).toContain(row);
    setField(c.doc, 'goal', 'g3', 'title', 'LAATSTE VOOR KILL 2', userOrigin('c'));
    await expect.poll(async () => (await fetchProgramme(p2)).goals[2]!.title, POLL).toBe('LAATSTE VOOR KILL 2');
    const acknowledgedByGet = c.programme();
    p2.child.kill('SIGKILL');
    await p2.exited;
    c.destroy();

    const p3 = await spawnServer(dir);
    expect(await fetchProgramme(p3)).toEqual(acknowledgedByGet);
    expect(acknowledgedByGet.goals[0]!.title).toBe('titel 19');
    expect(acknowledgedByGet.goals[1]!.title).toBe('LAATSTE VOOR KILL 1');
  });

  it('on SIGTERM closes sockets with 1001, flushes rooms, closes the database and exits 0', async () => {
    const dir = await dataDir();
    const p = await spawnServer(dir, { LOG_LEVEL: 'info' });
    const c = client(p);
    await c.whenSynced();
    for (let n = 0; n < 5; n++) setField(c.doc, 'goal', 'g1', 'title', `voor de stop ${n}`, userOrigin('c'));
    await expect.poll(async () => (await fetchProgramme(p)).goals[0]!.title, POLL).toBe('voor de stop 4');

    const exit = await p.stop('SIGTERM');

    expect(exit).toEqual({ code: 0, signal: null });
    await expect.poll(() => c.closes[0], POLL).toEqual({ code: 1001, reason: 'server-shutdown' });
    expect(p.output()).toContain('"msg":"server stopped"');
    const file = join(dir, 'koers.sqlite');
    expect(existsSync(`${file}-wal`)).toBe(false); // closed cleanly: WAL checkpointed and removed
    const store = new SqliteStore(file);
    try {
      expect(store.countUpdates(DOC)).toBe(1); // compacted when the room unloaded
      const doc = new Y.Doc();
      for (const update of store.load(DOC)) Y.applyUpdate(doc, update);
      expect(readProgramme(doc).goals[0]!.title).toBe('voor de stop 4');
    } finally {
      store.close();
    }
  });
});
