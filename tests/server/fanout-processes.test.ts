/**
 * Several real Koers processes (node + tsx, as `npm run serve`) on one storage and one Redis
 * (KOERS_REDIS_URL) are one service: edits, presence, the version mark, deactivations and
 * rights changes reach every process; a process killed with SIGKILL in the middle of a stream
 * of edits, or a Redis restart, loses no acknowledged edit. Every case runs on both storages
 * (tests/helpers/cluster-storage.ts): one SQLite DATA_DIR, and one PostgreSQL schema of the
 * test's own. Each test has its own channel prefix on the machine's Redis (127.0.0.1:6379), or
 * a Redis of its own that it can kill.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addRow, readProgramme, readVersionMark, setField, userOrigin } from '../../shared/doc/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { CLUSTER_BACKENDS, type ClusterBackend, type ClusterStorage } from '../helpers/cluster-storage.ts';
import { createProcessUser } from '../helpers/process-users.ts';
import { startOwnRedis } from '../helpers/redis-server.ts';
import { spawnServerProcess, type ServerProcess } from '../helpers/server-process.ts';
import { startBalancer } from '../helpers/tcp-balancer.ts';
import { TEST_ADMIN } from '../helpers/test-app.ts';
import { connectClient, type TestClient } from '../helpers/test-client.ts';

const DOC = 'kansengelijkheid';
const MACHINE_REDIS = 'redis://127.0.0.1:6379';
// Generous: two shared cores, three tsx processes and ten clients per test.
const POLL = { timeout: 60_000, interval: 50 };
const TEST_TIMEOUT_MS = 240_000;
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

interface Cluster {
  storage: ClusterStorage;
  processes: ServerProcess[];
}

/**
 * Started one after the other: the first migrates (PostgreSQL), seeds the programmes and
 * creates the beheerder, the others find them.
 */
async function startCluster(backend: ClusterBackend, count: number, redisUrl = MACHINE_REDIS): Promise<Cluster> {
  const storage = await backend.open();
  cleanup.add(() => storage.dispose());
  const prefix = `koers-test-${randomUUID()}:`;
  const processes: ServerProcess[] = [];
  for (let i = 0; i < count; i++) {
    const p = await spawnServerProcess({ dataDir: storage.dataDir, env: { ...storage.env, KOERS_REDIS_URL: redisUrl, KOERS_REDIS_PREFIX: prefix } });
    cleanup.add(() => p.stop('SIGKILL'));
    processes.push(p);
  }
  return { storage, processes };
}

function client(url: string, cookie: string): TestClient {
  const c = connectClient(url, DOC, { cookie, maxBackoffTime: 300 });
  cleanup.add(() => c.destroy());
  return c;
}

async function api(p: ServerProcess, path: string, init: { method?: string; body?: unknown; cookie?: string } = {}): Promise<Response> {
  return fetch(`${p.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', cookie: init.cookie ?? p.adminCookie },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

async function fetchProgramme(p: ServerProcess): Promise<Programme> {
  const response = await api(p, `/api/documents/${DOC}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Programme;
}

/** The texts of every goal indicator: each edit in the streams below adds one. */
function indicatorTexts(programme: Programme): Set<string> {
  return new Set(programme.goals.flatMap((goal) => goal.indicators.map((indicator) => indicator.indicator ?? '')));
}

/** What storage itself holds, read past every process. */
function storedProgramme(storage: ClusterStorage): Programme {
  const doc = new Y.Doc();
  try {
    for (const update of storage.storedUpdates(DOC)) Y.applyUpdate(doc, update);
    return readProgramme(doc);
  } finally {
    doc.destroy();
  }
}

function missing(expected: Iterable<string>, present: Set<string>): string[] {
  return [...expected].filter((text) => !present.has(text));
}

/** Client i adds a goal indicator "<tag>-i-n" every intervalMs, count times; answers what it added. */
function editStream(c: TestClient, tag: string, count: number, intervalMs: number): { added: string[]; done: Promise<void>; stop(): void } {
  const added: string[] = [];
  let timer: NodeJS.Timeout | null = null;
  const done = new Promise<void>((resolve) => {
    let n = 0;
    timer = setInterval(() => {
      if (n >= count) {
        clearInterval(timer!);
        return resolve();
      }
      const text = `${tag}-${n++}`;
      addRow(c.doc, 'goalIndicator', 'g1', userOrigin(tag), { fields: { indicator: text } });
      added.push(text);
    }, intervalMs);
  });
  return { added, done, stop: () => timer && clearInterval(timer) };
}

describe.each(CLUSTER_BACKENDS)('several Koers processes with KOERS_REDIS_URL on $name', (backend) => {
  it('a client on process A sees the edits and the presence of a client on process B, and the other way round', async () => {
    const { processes } = await startCluster(backend, 2);
    const [a, b] = processes as [ServerProcess, ServerProcess];
    const onA = client(a.syncUrl, a.adminCookie);
    const onB = client(b.syncUrl, b.adminCookie);
    await Promise.all([onA.whenSynced(), onB.whenSynced()]);

    setField(onB.doc, 'goal', 'g1', 'title', 'Getypt op B', userOrigin('b'));
    await expect.poll(() => onA.programme().goals[0]!.title, POLL).toBe('Getypt op B');
    setField(onA.doc, 'goal', 'g2', 'title', 'Getypt op A', userOrigin('a'));
    await expect.poll(() => onB.programme().goals[1]!.title, POLL).toBe('Getypt op A');

    onB.awareness.setLocalStateField('focus', { rowId: 'g1', colId: 'title', editing: true });
    await expect
      .poll(() => (onA.awareness.getStates().get(onB.doc.clientID) as { focus?: { rowId: string } } | undefined)?.focus?.rowId, POLL)
      .toBe('g1');
    // Stamped by B from B's session: the user is the beheerder, not whatever the client claimed.
    expect((onA.awareness.getStates().get(onB.doc.clientID) as { user?: { name: string } }).user?.name).toBe(TEST_ADMIN.name);

    // Recorded once, by the process that stored it; A applied it without recording it again.
    const history = (await (await api(a, `/api/documents/${DOC}/history?rowId=g1&field=title`)).json()) as Array<{ new: unknown }>;
    expect(history.filter((entry) => entry.new === 'Getypt op B')).toHaveLength(1);

    // A socket that leaves B takes its presence off A too.
    const leaving = onB.doc.clientID;
    onB.destroy();
    await expect.poll(() => onA.awareness.getStates().has(leaving), POLL).toBe(false);
  }, TEST_TIMEOUT_MS);

  it('a version taken on A is at once the version mark on B and C, where the pages are open', async () => {
    const { processes } = await startCluster(backend, 3);
    const [a, b, c] = processes as [ServerProcess, ServerProcess, ServerProcess];
    const onB = client(b.syncUrl, b.adminCookie);
    const onC = client(c.syncUrl, c.adminCookie);
    await Promise.all([onB.whenSynced(), onC.whenSynced()]);

    // A has no room open for the programme: nobody on A could tell whether a page is open elsewhere.
    const response = await api(a, `/api/documents/${DOC}/versions`, { method: 'POST', body: { name: 'Concept voor de ASD', status: 'concept', date: '2025-02-13' } });
    expect(response.status).toBe(201);
    const version = (await response.json()) as { id: string; createdAt: string };
    const taken = Date.now();
    for (const page of [onB, onC]) await expect.poll(() => readVersionMark(page.doc)?.id, POLL).toBe(version.id);
    // Through the live doc, not a page's next refetch (a loaded test machine can be slow, though).
    expect(Date.now() - taken).toBeLessThan(10_000);
    expect(readVersionMark(onC.doc)).toEqual({ id: version.id, at: version.createdAt });
  }, TEST_TIMEOUT_MS);

  it('a user deactivated on A is disconnected on B (4401); rights withdrawn on A close the socket on C (4403)', async () => {
    const { processes } = await startCluster(backend, 3);
    const [a, b, c] = processes as [ServerProcess, ServerProcess, ServerProcess];
    const rikCookie = await createProcessUser(a, 'Rik Redacteur', 'rik@koers.test', [{ scope: DOC, role: 'redacteur' }]);
    const elsCookie = await createProcessUser(a, 'Els Redacteur', 'els@koers.test', [{ scope: DOC, role: 'redacteur' }]);
    const users = (await (await api(a, '/api/users')).json()) as Array<{ id: string; email: string }>;
    const idOf = (email: string) => users.find((u) => u.email === email)!.id;

    const rikOnB = client(b.syncUrl, rikCookie);
    const elsOnC = client(c.syncUrl, elsCookie);
    await Promise.all([rikOnB.whenSynced(), elsOnC.whenSynced()]);

    expect((await api(a, `/api/users/${idOf('rik@koers.test')}/active`, { method: 'PUT', body: { active: false } })).status).toBe(200);
    await expect.poll(() => rikOnB.terminal?.code, POLL).toBe(4401);

    expect((await api(a, `/api/users/${idOf('els@koers.test')}/grants`, { method: 'PUT', body: { grants: [] } })).status).toBe(200);
    await expect.poll(() => elsOnC.terminal?.code, POLL).toBe(4403);
  }, TEST_TIMEOUT_MS);

  it('kill -9 of one process during a stream of edits from 10 clients: every acknowledged edit is afterwards on every process and in storage', async () => {
    const { storage, processes } = await startCluster(backend, 3);
    // Each client has a balancer of its own that prefers "its" process and falls over to the next.
    const clients: TestClient[] = [];
    for (let i = 0; i < 10; i++) {
      const order = [0, 1, 2].map((k) => processes[(i + k) % 3]!.port);
      const balancer = await startBalancer(order);
      cleanup.add(() => balancer.close());
      clients.push(client(balancer.syncUrl, processes[0]!.adminCookie));
    }
    await Promise.all(clients.map((c) => c.whenSynced()));

    const streams = clients.map((c, i) => editStream(c, `c${i}`, 60, 50));
    // In the middle of the stream: once storage holds some of client 1's edits (it sits on the victim).
    const storedOf = (tag: string) => [...indicatorTexts(storedProgramme(storage))].filter((text) => text.startsWith(`${tag}-`)).length;
    await expect.poll(() => storedOf('c1'), POLL).toBeGreaterThanOrEqual(5);
    expect(streams[1]!.added.length).toBeLessThan(60);
    const victim = processes[1]!;
    victim.child.kill('SIGKILL');
    await victim.exited;
    // Client 1 sat on the killed process and goes away with it: what it sent and was stored
    // (acknowledged) must survive, what was not stored it cannot resend. The others reconnect.
    streams[1]!.stop();
    clients[1]!.destroy();
    const acknowledgedAtKill = indicatorTexts(storedProgramme(storage));
    expect([...acknowledgedAtKill].some((text) => text.startsWith('c1-'))).toBe(true);

    await Promise.all(streams.filter((_, i) => i !== 1).map((s) => s.done));
    const expected = new Set([...acknowledgedAtKill, ...streams.filter((_, i) => i !== 1).flatMap((s) => s.added)]);

    const survivors = [processes[0]!, processes[2]!];
    for (const p of survivors) {
      await expect.poll(async () => missing(expected, indicatorTexts(await fetchProgramme(p))), POLL).toEqual([]);
    }
    for (const [i, c] of clients.entries()) {
      if (i !== 1) await expect.poll(() => missing(expected, indicatorTexts(c.programme())), POLL).toEqual([]);
    }
    expect(missing(expected, indicatorTexts(storedProgramme(storage)))).toEqual([]);
  }, TEST_TIMEOUT_MS);

  it('an update a process stored but never published (killed in between) reaches the others from storage', async () => {
    const { storage, processes } = await startCluster(backend, 3);
    const [a, b, c] = processes as [ServerProcess, ServerProcess, ServerProcess];
    const onB = client(b.syncUrl, b.adminCookie);
    const onC = client(c.syncUrl, c.adminCookie);
    await Promise.all([onB.whenSynced(), onC.whenSynced()]);
    // What A would have appended just before the kill: in storage, on no channel.
    const doc = new Y.Doc();
    for (const update of storage.storedUpdates(DOC)) Y.applyUpdate(doc, update);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    setField(doc, 'goal', 'g5', 'title', 'Opgeslagen op A, nooit gepubliceerd', userOrigin('a'));
    storage.append(DOC, updates[0]!);
    doc.destroy();
    a.child.kill('SIGKILL');
    await a.exited;
    // B and C miss A's heartbeat, take A for gone and catch up from storage.
    for (const page of [onB, onC]) await expect.poll(() => page.programme().goals[4]!.title, POLL).toBe('Opgeslagen op A, nooit gepubliceerd');
  }, TEST_TIMEOUT_MS);

  it('a Redis restart during edits: the processes reconnect, catch up, and converge with nothing lost', async () => {
    const redis = await startOwnRedis();
    cleanup.add(() => redis.stop());
    const { storage, processes } = await startCluster(backend, 2, redis.url);
    const [a, b] = processes as [ServerProcess, ServerProcess];
    const clients = [client(a.syncUrl, a.adminCookie), client(a.syncUrl, a.adminCookie), client(b.syncUrl, b.adminCookie), client(b.syncUrl, b.adminCookie)];
    await Promise.all(clients.map((c) => c.whenSynced()));
    const [onA, , onB] = clients as [TestClient, TestClient, TestClient];

    // Long enough that a slow kill on a loaded machine still finds every stream mid-way.
    const EDITS = 120;
    const streams = clients.map((c, i) => editStream(c, `r${i}`, EDITS, 50));
    const fewest = () => Math.min(...streams.map((s) => s.added.length));
    await expect.poll(fewest, POLL).toBeGreaterThanOrEqual(10);
    await redis.kill();
    // Presence set while Redis is down reaches the other process once it is back.
    onB.awareness.setLocalStateField('focus', { rowId: 'g3', colId: 'title', editing: false });
    // Down while every client makes at least ten more edits.
    await expect.poll(fewest, POLL).toBeGreaterThanOrEqual(20);
    expect(fewest()).toBeLessThan(EDITS);
    await redis.restart();
    await Promise.all(streams.map((s) => s.done));
    const expected = new Set(streams.flatMap((s) => s.added));

    for (const p of processes) await expect.poll(async () => missing(expected, indicatorTexts(await fetchProgramme(p))), POLL).toEqual([]);
    for (const c of clients) await expect.poll(() => missing(expected, indicatorTexts(c.programme())), POLL).toEqual([]);
    expect(missing(expected, indicatorTexts(storedProgramme(storage)))).toEqual([]);
    // Each process tells its presence when it subscribes again (about 100 ms on a quiet machine);
    // on a loaded one the state can reach the process only after that, and then Awareness' 15 s
    // renewal carries it: the presence still arrives, which is what a user needs.
    await expect
      .poll(() => (onA.awareness.getStates().get(onB.doc.clientID) as { focus?: { rowId: string } } | undefined)?.focus?.rowId, { timeout: 25_000, interval: 50 })
      .toBe('g3');

    // And live again: a new edit goes straight across.
    setField(onA.doc, 'goal', 'g4', 'title', 'Na de herstart', userOrigin('a'));
    await expect.poll(() => onB.programme().goals[3]!.title, POLL).toBe('Na de herstart');
  }, TEST_TIMEOUT_MS);
});
