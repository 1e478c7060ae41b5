/**
 * Two Koers servers in this process on one SQLite file and the machine's Redis (each test its
 * own channel prefix), for what the process tests cannot see from outside: an update is
 * stored once, by the process that received it; one process at a time compacts a document
 * (the lease), and the lease moves on when its holder's room unloads.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { setField, userOrigin } from '../../shared/doc/index.ts';
import { startServer, type RunningServer } from '../../server/start.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { collectingLogger, type LogEntry } from '../helpers/log-sink.ts';
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
    for (let n = 0; n < 30; n++) {
      setField(n % 2 === 0 ? onA.doc : onB.doc, 'goal', 'g1', 'title', `ronde 1, ${n}`, userOrigin('x'));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await expect.poll(() => onB.programme().goals[0]!.title, POLL).toBe('ronde 1, 29');
    await expect.poll(() => onA.programme().goals[0]!.title, POLL).toBe('ronde 1, 29');
    expect(compactions(a)).toBeGreaterThan(0);
    expect(compactions(b)).toBe(0);

    // A's room unloads (compacting once more) and gives the lease back; B takes it on its next round.
    onA.destroy();
    await expect.poll(() => a.server.registry.isLoaded(DOC), POLL).toBe(false);
    const aBefore = compactions(a);
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    for (let n = 0; n < 12; n++) setField(onB.doc, 'goal', 'g1', 'title', `ronde 2, ${n}`, userOrigin('x'));
    await expect.poll(() => compactions(b), POLL).toBeGreaterThan(0);
    expect(compactions(a)).toBe(aBefore);
  });
});
