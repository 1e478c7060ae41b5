/**
 * Presence relay (issue 15): what changed in one event-loop turn goes out as one message per
 * recipient, with the latest state per client id, and not back to the socket it came from
 * unless that socket has heard nothing for a while (y-websocket reconnects after 30 s of silence).
 * A real Awareness and real y-protocols encodings; the recipients are plain objects.
 */
import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { MESSAGE_TYPE } from '../../shared/protocol.ts';
import { decodeAwarenessEntries } from '../../server/sync/awareness-entries.ts';
import { AwarenessRelay } from '../../server/sync/awareness-relay.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { openRawSocket } from '../helpers/raw-socket.ts';
import { startTestServer } from '../helpers/test-server.ts';

interface FakeSocket {
  name: string;
  lastSentAt: number;
  received: Uint8Array[];
}

const awarenesses: Awareness[] = [];
const cleanup = new Cleanup();
afterEach(async () => {
  for (const a of awarenesses.splice(0)) a.destroy();
  await cleanup.run();
});

function room(names: string[]) {
  const awareness = new Awareness(new Y.Doc());
  awarenesses.push(awareness);
  awareness.setLocalState(null);
  const sockets = names.map((name): FakeSocket => ({ name, lastSentAt: performance.now(), received: [] }));
  const relay = new AwarenessRelay<FakeSocket>(awareness, () => sockets, (socket, message) => {
    socket.lastSentAt = performance.now();
    socket.received.push(message);
  });
  awareness.on('update', ({ added, updated, removed }: Record<'added' | 'updated' | 'removed', number[]>, origin: unknown) =>
    relay.queue([...added, ...updated, ...removed], origin),
  );
  /** A client's own awareness, as its browser would keep it; `announce` sends its state to the room. */
  const client = (clientId: number) => {
    const own = new Awareness(new Y.Doc());
    awarenesses.push(own);
    own.clientID = clientId;
    own.setLocalState({}); // clock 0, which a room never takes: the first announced state has clock 1
    return {
      announce(state: Record<string, unknown>, from: FakeSocket) {
        own.setLocalState(state);
        applyAwarenessUpdate(awareness, encodeAwarenessUpdate(own, [clientId]), from);
      },
    };
  };
  return { awareness, relay, sockets, client };
}

function entriesOf(message: Uint8Array) {
  const decoder = decoding.createDecoder(message);
  expect(decoding.readVarUint(decoder)).toBe(MESSAGE_TYPE.awareness);
  return decodeAwarenessEntries(decoding.readVarUint8Array(decoder)).map((e) => ({ ...e, state: JSON.parse(e.state) as unknown }));
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('the presence relay', () => {
  it('sends what changed in one turn as one message per recipient, latest state per client, without the echo', async () => {
    const { sockets, client } = room(['a', 'b', 'c']);
    const [a, b, c] = sockets as [FakeSocket, FakeSocket, FakeSocket];
    const ca = client(1);
    const cb = client(2);
    ca.announce({ focus: 'r1' }, a);
    ca.announce({ focus: 'r2' }, a);
    ca.announce({ focus: 'r3' }, a);
    cb.announce({ focus: 'x' }, b);
    expect(a.received).toHaveLength(0); // nothing before the turn ends
    await nextTurn();

    expect(c.received).toHaveLength(1);
    expect(entriesOf(c.received[0]!)).toEqual([
      { clientId: 1, clock: 3, state: { focus: 'r3' } },
      { clientId: 2, clock: 1, state: { focus: 'x' } },
    ]);
    expect(a.received.map(entriesOf)).toEqual([[{ clientId: 2, clock: 1, state: { focus: 'x' } }]]);
    expect(b.received.map(entriesOf)).toEqual([[{ clientId: 1, clock: 3, state: { focus: 'r3' } }]]);
  });

  it('sends a sender nothing when its state was the only change, but echoes it to a socket that heard nothing for 10 s', async () => {
    const { sockets, client } = room(['alone', 'quiet']);
    const [alone, quiet] = sockets as [FakeSocket, FakeSocket];
    const own = client(1);
    own.announce({ focus: 'r1' }, alone);
    await nextTurn();
    expect(alone.received).toHaveLength(0);
    expect(quiet.received).toHaveLength(1);

    alone.lastSentAt = performance.now() - 11_000;
    own.announce({ focus: 'r2' }, alone);
    await nextTurn();
    expect(alone.received.map(entriesOf)).toEqual([[{ clientId: 1, clock: 2, state: { focus: 'r2' } }]]);
  });

  it('relays a removal as null with the same clock (which receivers take as removed), and nothing after stop()', async () => {
    const { awareness, relay, sockets, client } = room(['a', 'b']);
    const [a, b] = sockets as [FakeSocket, FakeSocket];
    client(7).announce({ focus: 'r1' }, a);
    await nextTurn();
    removeAwarenessStates(awareness, [7], null);
    await nextTurn();
    expect(b.received.map(entriesOf).at(-1)).toEqual([{ clientId: 7, clock: 1, state: null }]);
    expect(a.received.map(entriesOf)).toEqual([[{ clientId: 7, clock: 1, state: null }]]);

    client(8).announce({ focus: 'r1' }, a);
    relay.stop();
    await nextTurn();
    expect(b.received).toHaveLength(2);
  });
});

describe('presence through a real server', () => {
  it("reaches the colleague and does not come back to the socket that sent it", async () => {
    const s = await startTestServer();
    cleanup.add(() => s.dispose());
    const url = `${s.syncUrl}/bestaanszekerheid`;
    const [sender, colleague] = await Promise.all([openRawSocket(url, { headers: { cookie: s.adminCookie } }), openRawSocket(url, { headers: { cookie: s.adminCookie } })]);
    for (const socket of [sender, colleague]) cleanup.add(() => socket.close());
    const own = new Awareness(new Y.Doc());
    awarenesses.push(own);
    own.setLocalState({ focus: { rowId: 'g1', colId: 'title', editing: false } });
    const frame = (bytes: Uint8Array) => Uint8Array.from([MESSAGE_TYPE.awareness, ...varUint(bytes.length), ...bytes]);
    sender.send(frame(encodeAwarenessUpdate(own, [own.clientID])));

    const idsIn = (messages: Uint8Array[]) => messages.filter((m) => m[0] === MESSAGE_TYPE.awareness).flatMap((m) => entriesOf(m).map((e) => e.clientId));
    await expect.poll(() => idsIn(colleague.received), { timeout: 10_000, interval: 10 }).toContain(own.clientID);
    // The relay runs in one turn for every recipient: the sender would have had it by now.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(idsIn(sender.received)).not.toContain(own.clientID);
  });
});

function varUint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return out;
}
