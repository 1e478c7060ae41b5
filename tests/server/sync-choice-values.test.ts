/**
 * A choice field over /sync: the guard checks the value against the field's schema, so a stale
 * page that still writes a retired code (scope 'dronten', renamed 'gemeente' by migration v2)
 * is closed with 4422 and nothing of it is stored, while a current code (here 'regio') is stored and relayed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setField, userOrigin } from '../../shared/doc/index.ts';
import { CLOSE } from '../../shared/protocol.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { openRawSocket } from '../helpers/raw-socket.ts';
import type { TestClient } from '../helpers/test-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { updateFrame } from '../helpers/wire.ts';

const DOC = 'bestaanszekerheid';
const POLL = { timeout: 20_000, interval: 25 };
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

/** What the server holds after replaying its whole stored log. */
function storedDoc(s: TestServer): Y.Doc {
  const doc = new Y.Doc();
  for (const update of s.store.load(DOC)) Y.applyUpdate(doc, update);
  return doc;
}

function storedScope(s: TestServer, id: string): unknown {
  return storedDoc(s).getMap<Y.Map<unknown>>('rows:goalIndicator').get(id)?.get('baselineScope');
}

describe('choice values over /sync', () => {
  let s: TestServer;
  let a: TestClient;

  beforeEach(async () => {
    s = await startTestServer();
    cleanup.add(() => s.dispose());
    a = s.connect(DOC);
    cleanup.add(() => a.destroy());
    await a.whenSynced();
  });

  /** The update that sets one field on a replica of the server's state, as a stale page would send it. */
  function updateSetting(field: string, value: unknown): Uint8Array {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(a.doc));
    const before = Y.encodeStateVector(doc);
    doc.getMap<Y.Map<unknown>>('rows:goalIndicator').get('g1-i1')!.set(field, value);
    return Y.encodeStateAsUpdate(doc, before);
  }

  it('refuses the retired scope code with 4422 and stores none of it', async () => {
    const before = storedScope(s, 'g1-i1');
    expect(before).not.toBe('dronten');
    const socket = await openRawSocket(`${s.syncUrl}/${DOC}`, { headers: { cookie: s.adminCookie } });
    cleanup.add(() => socket.close());
    socket.send(updateFrame(updateSetting('baselineScope', 'dronten')));
    expect(await socket.closed).toEqual({ code: CLOSE.updateRejected.code, reason: CLOSE.updateRejected.reason });
    const line = s.logs.find((e) => e.msg === 'connection closed by server' && e.code === CLOSE.updateRejected.code);
    expect(line?.detail).toMatch(/goalIndicator\.baselineScope refused by its schema/);
    expect(storedScope(s, 'g1-i1')).toBe(before);
    expect(a.doc.getMap<Y.Map<unknown>>('rows:goalIndicator').get('g1-i1')!.get('baselineScope')).toBe(before);
  });

  it('refuses a direction that is not a choice', async () => {
    const socket = await openRawSocket(`${s.syncUrl}/${DOC}`, { headers: { cookie: s.adminCookie } });
    cleanup.add(() => socket.close());
    socket.send(updateFrame(updateSetting('direction', 'ongeveer')));
    expect(await socket.closed).toEqual({ code: CLOSE.updateRejected.code, reason: CLOSE.updateRejected.reason });
  });

  it('stores and relays the current code', async () => {
    const b = s.connect(DOC);
    cleanup.add(() => b.destroy());
    await b.whenSynced();
    expect(storedScope(s, 'g1-i1')).not.toBe('regio');
    setField(a.doc, 'goalIndicator', 'g1-i1', 'baselineScope', 'regio', userOrigin('a'));
    await expect.poll(() => b.programme().goals[0]!.indicators.find((i) => i.id === 'g1-i1')?.baselineScope, POLL).toBe('regio');
    await expect.poll(() => storedScope(s, 'g1-i1'), POLL).toBe('regio');
    expect(a.terminal).toBeNull();
  });
});
