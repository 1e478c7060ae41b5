/**
 * The programme rooms' update policy per access, and the collection reading it relies on
 * (shared/doc/changed-collections.ts), on real Yjs updates from real operations.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import * as Y from 'yjs';
import {
  acknowledgeFinding,
  addComment,
  changedCollections,
  readComments,
  resolveThread,
  seedProgramme,
  setField,
  userOrigin,
} from '../../shared/doc/index.ts';
import { CLOSE } from '../../shared/protocol.ts';
import { seedProgrammeById } from '../../shared/seed/programmes.ts';
import type { Access, Principal } from '../../server/auth/principal.ts';
import { Connection } from '../../server/sync/connection.ts';
import { createLogger } from '../../server/log.ts';
import { programmePolicy } from '../../server/sync/programme-policy.ts';

const who = userOrigin('u1', 'Test');
let wss: WebSocketServer;
let socket: WebSocket;
const principal: Principal = { kind: 'user', id: 'u1', email: 'u1@koers.test', name: 'Test', grants: [], mustChangePassword: false, sessionId: 's1' };

beforeAll(async () => {
  wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await once(wss, 'listening');
  socket = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`);
  await once(socket, 'open');
});
afterAll(async () => {
  socket.terminate();
  await new Promise((r) => wss.close(r));
});

const conn = (access: Access) => new Connection(socket, 'gezond-samenleven', principal, access, createLogger('silent'));

function seeded(): Y.Doc {
  const doc = new Y.Doc();
  seedProgramme(doc, seedProgrammeById('gezond-samenleven')!);
  return doc;
}

/** The update one change on a copy of `doc` produces, as a client would send it. */
function updateOf(doc: Y.Doc, change: (copy: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  change(copy);
  return Y.encodeStateAsUpdate(copy, before);
}

const comment = (copy: Y.Doc) =>
  addComment(copy, { targetKind: 'goal', targetId: 'g1', field: 'title', text: 'Opmerking', authorId: 'u1', authorName: 'Test', at: '2025-01-01T00:00:00Z' }, who);
const cell = (copy: Y.Doc) => setField(copy, 'goal', 'g1', 'title', 'Nieuw', who);

describe('changedCollections', () => {
  it('names the collections an update changes, without changing the doc', () => {
    const doc = seeded();
    const before = Y.encodeStateAsUpdate(doc);
    expect(changedCollections(doc, updateOf(doc, comment))).toEqual(new Set(['comment']));
    expect(changedCollections(doc, updateOf(doc, cell))).toEqual(new Set(['goal']));
    expect(changedCollections(doc, updateOf(doc, (c) => setField(c, 'goalIndicator', 'g1-i1', 'target', 'meer', who)))).toEqual(new Set(['goalIndicator']));
    expect(changedCollections(doc, updateOf(doc, (c) => c.transact(() => (comment(c), cell(c)))))).toEqual(new Set(['comment', 'goal']));
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('sees a change inside an existing comment', () => {
    const doc = seeded();
    Y.applyUpdate(doc, updateOf(doc, comment));
    const threadId = readComments(doc)[0]!.threadId;
    const resolve = updateOf(doc, (c) => resolveThread(c, threadId, true, who));
    expect(changedCollections(doc, resolve)).toEqual(new Set(['comment']));
  });

  it('answers null for an unreadable update', () => {
    expect(changedCollections(seeded(), new Uint8Array([1, 2, 3, 4, 5]))).toBeNull();
  });
});

describe('programmePolicy', () => {
  it('edit: the structural guard as before, everything else stored', () => {
    const doc = seeded();
    expect(programmePolicy.check(doc, conn('edit'), updateOf(doc, cell))).toBeNull();
    expect(programmePolicy.check(doc, conn('edit'), updateOf(doc, comment))).toBeNull();
    const rogue = updateOf(doc, (c) => c.getMap('geheim').set('x', 1));
    expect(programmePolicy.check(doc, conn('edit'), rogue)).toMatchObject({ close: CLOSE.updateRejected });
  });

  it('comment: comments only; a cell, an acknowledgement or a mix is refused without closing', () => {
    const doc = seeded();
    expect(programmePolicy.check(doc, conn('comment'), updateOf(doc, comment))).toBeNull();
    for (const change of [
      cell,
      (c: Y.Doc) => c.transact(() => (comment(c), cell(c))),
      (c: Y.Doc) => acknowledgeFinding(c, { key: 'V13|g1-i1|target', reason: 'klopt', by: 'u1', byName: 'Test', at: '2025-01-01' }, who),
    ]) {
      expect(programmePolicy.check(doc, conn('comment'), updateOf(doc, change))).toEqual({ close: null, reason: expect.stringContaining('comment access') });
    }
    // The guard still runs first for a commenter.
    expect(programmePolicy.check(doc, conn('comment'), updateOf(doc, (c) => c.getMap('geheim').set('x', 1)))).toMatchObject({ close: CLOSE.updateRejected });
  });

  it('read, and werkatelier accesses: every update refused without closing', () => {
    const doc = seeded();
    for (const access of ['read', 'facilitate', 'participate'] as const) {
      expect(programmePolicy.check(doc, conn(access), updateOf(doc, comment))).toEqual({ close: null, reason: expect.stringContaining(access) });
    }
  });
});
