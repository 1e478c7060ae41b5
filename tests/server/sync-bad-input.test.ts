/**
 * Bad input on the sync socket: the offending connection is closed with a 4xxx code and a
 * reason, the server logs one line, the room and every other client carry on, and what is
 * stored stays readable and free of the bad content.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readProgramme, setField, userOrigin } from '../../shared/doc/index.ts';
import { CLOSE, type CloseSpec } from '../../shared/protocol.ts';
import { SqliteStore } from '../../server/persistence/sqlite-store.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { FaultyStore, updateWritesText } from '../helpers/faulty-store.ts';
import { openRawSocket, type RawSocket } from '../helpers/raw-socket.ts';
import { makeTempDir, removeDir } from '../helpers/temp-dir.ts';
import type { TestClient } from '../helpers/test-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { updateFrame } from '../helpers/wire.ts';

const DOC = 'bestaanszekerheid';
const POLL = { timeout: 20_000, interval: 25 };
const MAX_MESSAGE = 64 * 1024;
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

function client(s: TestServer, docId = DOC): TestClient {
  const c = s.connect(docId);
  cleanup.add(() => c.destroy());
  return c;
}

async function raw(s: TestServer, docId = DOC): Promise<RawSocket> {
  const socket = await openRawSocket(`${s.syncUrl}/${docId}`, { headers: { cookie: s.adminCookie } });
  cleanup.add(() => socket.close());
  return socket;
}

/** A doc holding exactly the server's current state, for crafting updates by hand. */
function replicaOf(c: TestClient): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(c.doc));
  return doc;
}

function updatesOf(doc: Y.Doc, change: () => void): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const listener = (u: Uint8Array) => updates.push(u);
  doc.on('update', listener);
  change();
  doc.off('update', listener);
  return updates;
}

function expectLogged(s: TestServer, spec: CloseSpec): void {
  const lines = s.logs.filter((e) => e.msg === 'connection closed by server' && e.code === spec.code);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({ docId: DOC, reason: spec.reason });
  expect(typeof lines[0]!.detail).toBe('string');
}

/** The room still relays, and the stored log replays to exactly what the clients show. */
async function expectRoomCarriesOn(s: TestServer, a: TestClient, b: TestClient, marker: string): Promise<void> {
  setField(a.doc, 'goal', 'g4', 'title', marker, userOrigin('a'));
  await expect.poll(() => b.programme().goals[3]!.title, POLL).toBe(marker);
  await expect.poll(async () => (await s.fetchProgramme(DOC)).goals[3]!.title, POLL).toBe(marker);
  const replayed = new Y.Doc();
  for (const update of s.store.load(DOC)) Y.applyUpdate(replayed, update);
  expect(readProgramme(replayed)).toEqual(b.programme());
  expect([...replayed.share.keys()].filter((k) => k !== 'meta' && !k.startsWith('rows:'))).toEqual([]);
}

describe('bad input on /sync', () => {
  let s: TestServer;
  let a: TestClient;
  let b: TestClient;

  beforeEach(async () => {
    s = await startTestServer({ maxMessageBytes: MAX_MESSAGE });
    cleanup.add(() => s.dispose());
    a = client(s);
    b = client(s);
    await Promise.all([a.whenSynced(), b.whenSynced()]);
  });

  it('a text frame: 4415', async () => {
    const socket = await raw(s);
    socket.send('hallo');
    expect(await socket.closed).toEqual({ code: 4415, reason: 'binary-only' });
    expectLogged(s, CLOSE.textFrame);
    await expectRoomCarriesOn(s, a, b, 'na tekstframe');
  });

  it('an unknown message type: 4400', async () => {
    const socket = await raw(s);
    socket.send(Uint8Array.from([7, 1, 2]));
    expect(await socket.closed).toEqual({ code: 4400, reason: 'bad-message' });
    expectLogged(s, CLOSE.badMessage);
    await expectRoomCarriesOn(s, a, b, 'na onbekend type');
  });

  it('a truncated message: 4400, and its partial update is not applied', async () => {
    const doc = replicaOf(a);
    const [edit] = updatesOf(doc, () => setField(doc, 'goal', 'g1', 'title', 'AFGEKAPT-1', userOrigin('x')));
    const frame = updateFrame(edit!);
    const socket = await raw(s);
    socket.send(frame.subarray(0, frame.length - 5));
    expect(await socket.closed).toEqual({ code: 4400, reason: 'bad-message' });
    expectLogged(s, CLOSE.badMessage);
    await expectRoomCarriesOn(s, a, b, 'na afgekapt bericht');
    expect(JSON.stringify(b.programme())).not.toContain('AFGEKAPT-1');
  });

  it('a well-framed but unreadable update: 4422', async () => {
    const socket = await raw(s);
    socket.send(updateFrame(Uint8Array.from([5, 200, 1, 255, 255, 255, 3])));
    expect(await socket.closed).toEqual({ code: 4422, reason: 'update-rejected' });
    expectLogged(s, CLOSE.updateRejected);
    await expectRoomCarriesOn(s, a, b, 'na onleesbare update');
  });

  it('a message over the size limit: 4413', async () => {
    const socket = await raw(s);
    socket.send(updateFrame(new Uint8Array(MAX_MESSAGE + 1)));
    expect(await socket.closed).toEqual({ code: 4413, reason: 'message-too-large' });
    expectLogged(s, CLOSE.messageTooLarge);
    await expectRoomCarriesOn(s, a, b, 'na te groot bericht');
  });

  it('a provider whose edit is too large stops for good and its edit goes nowhere', async () => {
    const big = client(s);
    await big.whenSynced();
    big.doc.transact(() => {
      for (const id of ['g1-i1', 'g1-i2', 'g2-i1', 'g2-i2']) {
        setField(big.doc, 'goalIndicator', id, 'notes', `TE GROOT ${'x'.repeat(19_000)}`, userOrigin('big'));
      }
    });
    await expect.poll(() => big.terminal, POLL).toEqual({ code: 4413, reason: 'message-too-large' });
    expect(big.provider.shouldConnect).toBe(false);
    expectLogged(s, CLOSE.messageTooLarge);
    await expectRoomCarriesOn(s, a, b, 'na te grote wijziging');
    expect(JSON.stringify(b.programme())).not.toContain('TE GROOT');
  });

  it('an unknown document: accepted, then closed 4404 so y-websocket stops retrying', async () => {
    const lost = client(s, 'bestaat-niet');
    await expect.poll(() => lost.terminal, POLL).toEqual({ code: 4404, reason: 'unknown-document' });
    expect(lost.provider.shouldConnect).toBe(false);
    expect(lost.closes).toEqual([{ code: 4404, reason: 'unknown-document' }]);
    const odd = await openRawSocket(`${s.syncUrl}/..%2Fetc%2Fpasswd`, { headers: { cookie: s.adminCookie } });
    cleanup.add(() => odd.close());
    expect(await odd.closed).toEqual({ code: 4404, reason: 'unknown-document' });
    expect(s.logs.filter((e) => e.msg === 'connection refused' && e.code === 4404)).toHaveLength(2);
    expect(s.store.listDocuments()).not.toContain('bestaat-niet');
    await expectRoomCarriesOn(s, a, b, 'na onbekend document');
  });

  it('an update failing the structural guard: 4422, never stored or relayed', async () => {
    const rogue = client(s);
    await rogue.whenSynced();
    rogue.doc.getMap('evil').set('payload', 'kwaadaardig');
    await expect.poll(() => rogue.terminal, POLL).toEqual({ code: 4422, reason: 'update-rejected' });
    expectLogged(s, CLOSE.updateRejected);
    expect(s.logs.find((e) => e.code === 4422)!.detail).toMatch(/unknown root type "evil"/);
    await expectRoomCarriesOn(s, a, b, 'na geweigerde update');
    expect(b.doc.share.has('evil')).toBe(false);
  });
  // An update building on items the server lacks is held, not refused: tests/server/pending-updates.test.ts.
});

describe('a store that fails to append', () => {
  it('closes the sender with 4503, relays nothing, and takes the edit once storage recovers', async () => {
    const dir = await makeTempDir('koers-faulty-');
    cleanup.add(() => removeDir(dir));
    const store = new FaultyStore(new SqliteStore(join(dir, 'koers.sqlite')));
    cleanup.add(() => store.close());
    const s = await startTestServer({ store });
    cleanup.add(() => s.dispose());
    const [a, b, c] = [client(s), client(s), client(s)];
    await Promise.all([a.whenSynced(), b.whenSynced(), c.whenSynced()]);

    store.failAppend = (_doc, update) => updateWritesText(update, 'NIET OPGESLAGEN');
    const storedTitle = b.programme().goals[0]!.title;
    setField(a.doc, 'goal', 'g1', 'title', 'NIET OPGESLAGEN', userOrigin('a'));
    await expect.poll(() => a.closes[0], POLL).toEqual({ code: 4503, reason: 'storage-unavailable' });
    expect(s.logs.some((e) => e.msg === 'append failed; update not applied')).toBe(true);

    // c's later edit reaches b over the same socket the failed edit would have used.
    setField(c.doc, 'goal', 'g2', 'title', 'van c, na de storing', userOrigin('c'));
    await expect.poll(() => b.programme().goals[1]!.title, POLL).toBe('van c, na de storing');
    expect(b.programme().goals[0]!.title).toBe(storedTitle);
    expect((await s.fetchProgramme(DOC)).goals[0]!.title).toBe(storedTitle);

    // a keeps reconnecting (transient code) and resends through sync step 2.
    store.failAppend = null;
    await expect.poll(() => b.programme().goals[0]!.title, POLL).toBe('NIET OPGESLAGEN');
    await expect.poll(async () => (await s.fetchProgramme(DOC)).goals[0]!.title, POLL).toBe('NIET OPGESLAGEN');
    expect(store.failedAppends).toBeGreaterThan(0);
  });
});

describe('a consumer too slow to keep up', () => {
  it('is closed with 4508 while the others carry on', async () => {
    const s = await startTestServer({ backpressureBytes: 1024 * 1024 });
    cleanup.add(() => s.dispose());
    const [a, b] = [client(s), client(s)];
    await Promise.all([a.whenSynced(), b.whenSynced()]);
    const slow = await raw(s);
    slow.ws.pause(); // stops reading: the kernel buffers fill, then the server's queue grows

    const fields = a.programme().goals.flatMap((g) => g.indicators.map((i) => i.id)).slice(0, 10);
    let round = 0;
    await expect
      .poll(
        () => {
          round++;
          a.doc.transact(() => {
            for (const id of fields) {
              setField(a.doc, 'goalIndicator', id, 'notes', `${round} ${'n'.repeat(19_000)}`, userOrigin('a'));
            }
          });
          return s.logs.some((e) => e.code === CLOSE.slowConsumer.code);
        },
        { timeout: 60_000, interval: 50 },
      )
      .toBe(true);

    expect(s.logs.filter((e) => e.code === CLOSE.slowConsumer.code)).toHaveLength(1);
    slow.ws.resume();
    expect(await slow.closed).toEqual({ code: 4508, reason: 'slow-consumer' });
    await expect.poll(() => JSON.stringify(b.programme()) === JSON.stringify(a.programme()), POLL).toBe(true);
    expect(a.closes).toEqual([]);
    expect(b.closes).toEqual([]);
  });
});
