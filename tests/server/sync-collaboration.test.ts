/**
 * Live co-editing over real sockets: a real server on port 0 and unmodified y-websocket
 * WebsocketProvider clients.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { addRow, setField, userOrigin } from '../../shared/doc/index.ts';
import { MESSAGE_TYPE } from '../../shared/protocol.ts';
import { TEST_ADMIN } from '../helpers/test-app.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { openRawSocket } from '../helpers/raw-socket.ts';
import { connectClient, type TestClient } from '../helpers/test-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const DOC = 'bestaanszekerheid';
const POLL = { timeout: 20_000, interval: 25 };
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

async function server(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const s = await startTestServer(options);
  cleanup.add(() => s.dispose());
  return s;
}

function client(s: TestServer, docId = DOC, options: Parameters<typeof connectClient>[2] = {}): TestClient {
  const c = s.connect(docId, options);
  cleanup.add(() => c.destroy());
  return c;
}

async function synced(...clients: TestClient[]): Promise<void> {
  await Promise.all(clients.map((c) => c.whenSynced()));
}

describe('live co-editing', () => {
  it('edits of three clients converge, including concurrent writes to one cell', async () => {
    const s = await server();
    const [a, b, c] = [client(s), client(s), client(s)];
    await synced(a, b, c);

    setField(a.doc, 'goal', 'g1', 'title', 'Titel van A', userOrigin('a'));
    setField(b.doc, 'goalIndicator', 'g1-i1', 'baseline', 'Nulmeting van B', userOrigin('b'));
    const added = addRow(c.doc, 'result', 'g1-s1', userOrigin('c'), { fields: { code: '1.9', text: 'Van C' } });
    // All three at once on the same cell: one value must win everywhere.
    for (const [x, name] of [[a, 'a'], [b, 'b'], [c, 'c']] as const) {
      setField(x.doc, 'goal', 'g2', 'title', `g2 door ${name}`, userOrigin(name));
    }

    await expect
      .poll(() => {
        const [pa, pb, pc] = [a.programme(), b.programme(), c.programme()];
        return JSON.stringify(pa) === JSON.stringify(pb) && JSON.stringify(pb) === JSON.stringify(pc);
      }, POLL)
      .toBe(true);
    const view = a.programme();
    expect(view.goals[0]!.title).toBe('Titel van A');
    expect(view.goals[0]!.indicators[0]!.baseline).toBe('Nulmeting van B');
    expect(view.goals[0]!.subGoals[0]!.results.some((r) => r.id === added && r.text === 'Van C')).toBe(true);
    expect(['g2 door a', 'g2 door b', 'g2 door c']).toContain(view.goals[1]!.title);
    await expect.poll(async () => s.fetchProgramme(DOC), POLL).toEqual(view);
  });

  it('a client that edited offline merges on reconnect, with the concurrent edits of others', async () => {
    const s = await server();
    const [a, b] = [client(s), client(s)];
    await synced(a, b);

    const g2Before = a.programme().goals[1]!.title;
    a.provider.disconnect();
    expect(a.provider.wsconnected).toBe(false);
    setField(a.doc, 'goal', 'g1', 'title', 'offline door A', userOrigin('a'));
    const offlineRow = addRow(a.doc, 'goalIndicator', 'g1', userOrigin('a'), { fields: { indicator: 'nieuw offline' } });
    setField(a.doc, 'goal', 'g3', 'title', 'A (offline) op g3', userOrigin('a'));
    setField(b.doc, 'goal', 'g2', 'title', 'online door B', userOrigin('b'));
    setField(b.doc, 'goal', 'g3', 'title', 'B (online) op g3', userOrigin('b'));
    await expect.poll(async () => (await s.fetchProgramme(DOC)).goals[1]!.title, POLL).toBe('online door B');
    expect(a.programme().goals[1]!.title).toBe(g2Before);

    a.provider.connect();

    await expect.poll(() => JSON.stringify(a.programme()) === JSON.stringify(b.programme()), POLL).toBe(true);
    const merged = b.programme();
    expect(merged.goals[0]!.title).toBe('offline door A');
    expect(merged.goals[0]!.indicators.map((i) => i.id)).toContain(offlineRow);
    expect(merged.goals[1]!.title).toBe('online door B');
    expect(['A (offline) op g3', 'B (online) op g3']).toContain(merged.goals[2]!.title);
    await expect.poll(async () => s.fetchProgramme(DOC), POLL).toEqual(merged);
  });

  it('removes the presence of a closed client for everyone else', async () => {
    const s = await server();
    const [a, b] = [client(s), client(s)];
    await synced(a, b);
    a.awareness.setLocalStateField('user', { name: 'Alice' });
    const aliceId = a.doc.clientID;
    // The server stamps the session's name over whatever the client announces.
    await expect.poll(() => b.awareness.getStates().get(aliceId)?.user?.name, POLL).toBe(TEST_ADMIN.name);

    // A crashed tab or a dropped network says no goodbye (a clean disconnect() would send an
    // awareness removal itself): cut the socket, so only the server can clean up.
    (a.provider.ws as unknown as WebSocket).terminate();
    a.destroy();

    // Far below the 30 s after which b would drop the state on its own.
    await expect.poll(() => b.awareness.getStates().has(aliceId), { timeout: 10_000, interval: 25 }).toBe(false);
  });

  it('drops a socket that stops answering pings, and its presence with it', async () => {
    const s = await server({ heartbeatMs: 150 });
    const healthy = client(s);
    await synced(healthy);
    const zombie = await openRawSocket(`${s.syncUrl}/${DOC}`, { autoPong: false, headers: { cookie: s.adminCookie } });
    const ghost = new Awareness(new Y.Doc());
    ghost.setLocalState({ user: { name: 'Zombie' } });
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_TYPE.awareness);
    encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(ghost, [ghost.clientID]));
    zombie.send(encoding.toUint8Array(encoder));
    cleanup.add(() => {
      ghost.destroy();
      zombie.close();
    });
    await expect.poll(() => healthy.awareness.getStates().get(ghost.clientID)?.user?.name, POLL).toBe(TEST_ADMIN.name);

    const closed = await zombie.closed;

    expect(closed.code).toBe(1006); // terminated, no close frame
    await expect.poll(() => healthy.awareness.getStates().has(ghost.clientID), POLL).toBe(false);
    expect(s.logs.some((e) => e.msg === 'connection lost (no pong)')).toBe(true);
    // The well-behaved client answered every ping and was never dropped.
    expect(healthy.closes).toEqual([]);
    expect(healthy.provider.wsconnected).toBe(true);
  });

  it('reports who is connected per document', async () => {
    const s = await server();
    const [a, b] = [client(s), client(s)];
    client(s, 'kansengelijkheid');
    await synced(a, b);
    const connected = async () => {
      const list = (await (await s.api('/api/documents')).json()) as Array<{ id: string; connected: number }>;
      return Object.fromEntries(list.map((d) => [d.id, d.connected]));
    };
    await expect.poll(connected, POLL).toEqual({ bestaanszekerheid: 2, 'gezond-samenleven': 0, kansengelijkheid: 1 });
    b.destroy();
    await expect.poll(connected, POLL).toEqual({ bestaanszekerheid: 1, 'gezond-samenleven': 0, kansengelijkheid: 1 });
  });

  it('a client rejoining while its room unloads finds every edit (unload race)', async () => {
    const s = await server({ roomIdleMs: 0 });
    for (let round = 1; round <= 8; round++) {
      const c = client(s);
      await c.whenSynced();
      if (round > 1) expect(c.programme().goals[0]!.title).toBe(`ronde ${round - 1}`);
      setField(c.doc, 'goal', 'g1', 'title', `ronde ${round}`, userOrigin('c'));
      await expect.poll(() => s.programme(DOC)?.goals[0]!.title, POLL).toBe(`ronde ${round}`);
      c.destroy();
      // The room is now empty and due to unload at once; the next join races that unload.
      await expect.poll(() => s.registry.connectionCount(DOC), POLL).toBe(0);
    }
    await expect.poll(() => s.registry.isLoaded(DOC), POLL).toBe(false);
    expect(s.logs.filter((e) => e.msg === 'room loaded').length).toBeGreaterThan(1);
    expect((await s.fetchProgramme(DOC)).goals[0]!.title).toBe('ronde 8');
  });

  it('a client rejoining within the idle period keeps the loaded room', async () => {
    const s = await server({ roomIdleMs: 60_000 });
    const first = client(s);
    await first.whenSynced();
    setField(first.doc, 'goal', 'g1', 'title', 'voor het vertrek', userOrigin('c'));
    await expect.poll(() => s.programme(DOC)?.goals[0]!.title, POLL).toBe('voor het vertrek');
    first.destroy();
    await expect.poll(() => s.registry.connectionCount(DOC), POLL).toBe(0);
    expect(s.registry.isLoaded(DOC)).toBe(true);

    const second = client(s);
    await second.whenSynced();

    expect(second.programme().goals[0]!.title).toBe('voor het vertrek');
    expect(s.logs.filter((e) => e.msg === 'room loaded' && e.docId === DOC)).toHaveLength(1);
  });
});
