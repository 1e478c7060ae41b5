/**
 * Two Koers servers in this process on one SQLite file and the machine's Redis (each test its
 * own channel prefix), for what the process tests cannot see from outside: an update is
 * stored once, by the process that received it; one process at a time compacts a document
 * (the lease), and the lease moves on when its holder's room unloads; a socket cannot take the
 * presence id of another user's socket on the other process.
 */
import { randomUUID } from 'node:crypto';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import { setField, userOrigin } from '../../shared/doc/index.ts';
import { startServer, type RunningServer } from '../../server/start.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { collectingLogger, type LogEntry } from '../helpers/log-sink.ts';
import { openRawSocket } from '../helpers/raw-socket.ts';
import { makeTempDir, removeDir } from '../helpers/temp-dir.ts';
import { connectClient, type TestClient } from '../helpers/test-client.ts';

const DOC = 'gezond-samenleven';
const POLL = { timeout: 20_000, interval: 20 };
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

interface Node {
  server: RunningServer;
  logs: LogEntry[];
  cookie: string;
}

async function twoServers(overrides: { compactThreshold?: number } = {}): Promise<[Node, Node]> {
  const dir = await makeTempDir('koers-fanout-rooms-');
  cleanup.add(() => removeDir(dir));
  const prefix = `koers-test-${randomUUID()}:`;
  const nodes: Node[] = [];
  for (let i = 0; i < 2; i++) {
    const { logger, entries } = collectingLogger('info');
    const server = await startServer({
      dataDir: dir,
      port: 0,
      host: '127.0.0.1',
      logger,
      roomIdleMs: 50,
      redisUrl: 'redis://127.0.0.1:6379',
      redisPrefix: prefix,
      adminEmail: 'beheer@koers.test',
      adminPassword: 'beheer-wachtwoord-test',
      ...overrides,
    });
    cleanup.add(() => server.close());
    const admin = server.auth.accounts.adminsOfAll()[0]!;
    nodes.push({ server, logs: entries, cookie: server.auth.createUserSessionCookie(admin).cookie });
  }
  return nodes as [Node, Node];
}

function client(node: Node): TestClient {
  const c = connectClient(node.server.syncUrl, DOC, { cookie: node.cookie });
  cleanup.add(() => c.destroy());
  return c;
}

/** An awareness message with one state under a chosen id and clock, as no real provider would send it. */
function awarenessFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, clientId);
  encoding.writeVarUint(inner, clock);
  encoding.writeVarString(inner, JSON.stringify(state));
  const outer = encoding.createEncoder();
  encoding.writeVarUint(outer, 1); // awareness
  encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
  return encoding.toUint8Array(outer);
}

const compactions = (node: Node) => node.logs.filter((entry) => entry.msg === 'log compacted' && entry.why === 'threshold').length;

describe('rooms of one document on two processes', () => {
  it('store an update once, in the process that received it; the other applies it without storing it', async () => {
    const [a, b] = await twoServers();
    const [onA, onB] = [client(a), client(b)];
    await Promise.all([onA.whenSynced(), onB.whenSynced()]);
    const before = a.server.store.countUpdates(DOC);
    for (let n = 0; n < 10; n++) setField(onA.doc, 'goal', 'g1', 'title', `titel ${n}`, userOrigin('a'));
    await expect.poll(() => onB.programme().goals[0]!.title, POLL).toBe('titel 9');
    for (let n = 0; n < 5; n++) setField(onB.doc, 'goal', 'g2', 'title', `titel ${n}`, userOrigin('b'));
    await expect.poll(() => onA.programme().goals[1]!.title, POLL).toBe('titel 4');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(b.server.store.countUpdates(DOC) - before).toBe(15);
  });

  it('compact a document in one process at a time; when its room there unloads, the other takes over', async () => {
    const [a, b] = await twoServers({ compactThreshold: 5 });
    const onA = client(a);
    await onA.whenSynced();
    // A opened the room first and holds the lease before B's room opens.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const onB = client(b);
    await onB.whenSynced();
    // A writes goal 1, B goal 2: no concurrent writes to one cell, so the last values are known.
    for (let n = 0; n < 30; n++) {
      if (n % 2 === 0) setField(onA.doc, 'goal', 'g1', 'title', `ronde 1, ${n}`, userOrigin('a'));
      else setField(onB.doc, 'goal', 'g2', 'title', `ronde 1, ${n}`, userOrigin('b'));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    for (const page of [onA, onB]) {
      await expect.poll(() => page.programme().goals.slice(0, 2).map((g) => g.title), POLL).toEqual(['ronde 1, 28', 'ronde 1, 29']);
    }
    expect(compactions(a)).toBeGreaterThan(0);
    expect(compactions(b)).toBe(0);

    // A's room unloads (compacting once more) and gives the lease back; B takes it on its next round.
    onA.destroy();
    await expect.poll(() => a.server.registry.isLoaded(DOC), POLL).toBe(false);
    const aBefore = compactions(a);
    let n = 0;
    await expect
      .poll(() => {
        setField(onB.doc, 'goal', 'g1', 'title', `ronde 2, ${n++}`, userOrigin('x'));
        return compactions(b);
      }, { timeout: 20_000, interval: 100 })
      .toBeGreaterThan(0);
    expect(compactions(a)).toBe(aBefore);
  });

  it("keep another user's presence id on the other process out of reach of a socket here", async () => {
    const [a, b] = await twoServers();
    const onA = client(a);
    await onA.whenSynced();
    onA.awareness.setLocalStateField('focus', { rowId: 'g1', colId: 'title', editing: false });
    const victim = onA.doc.clientID;
    await expect.poll(() => b.server.registry.isLoaded(DOC), POLL).toBe(false);
    // Someone else, on B, opens the document and announces the victim's id first.
    const mallory = await b.server.auth.createUser({ email: 'mallory@koers.test', name: 'Mallory', password: 'mallory-wachtwoord', grants: [{ scope: DOC, role: 'redacteur' }] });
    const onB = client({ ...b, cookie: b.server.auth.createUserSessionCookie(mallory.id).cookie });
    await onB.whenSynced();
    await expect.poll(() => (onB.awareness.getStates().get(victim) as { focus?: { rowId: string } } | undefined)?.focus?.rowId, POLL).toBe('g1');
    const raw = await openRawSocket(`${b.server.syncUrl}/${DOC}`, { headers: { cookie: b.server.auth.createUserSessionCookie(mallory.id).cookie } });
    cleanup.add(() => raw.close());
    raw.send(awarenessFrame(victim, 1_000, { focus: { rowId: 'g4', colId: 'title', editing: true } }));
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const page of [onA, onB]) expect((page.awareness.getStates().get(victim) as { focus: { rowId: string } }).focus.rowId).toBe('g1');
    expect((onB.awareness.getStates().get(victim) as { user: { name: string } }).user.name).not.toBe('Mallory');
  });
});
