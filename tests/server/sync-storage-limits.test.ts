/**
 * Issue 11, item 11, as the attack: hidden data (a lezer's values under a deleted row, which
 * never show but were stored), and a flood of stored bytes from one user or into one document.
 * Real server, real SQLite, real y-websocket clients and raw sockets.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteRow, setField, userOrigin } from '../../shared/doc/index.ts';
import { CLOSE } from '../../shared/protocol.ts';
import { SqliteStore } from '../../server/persistence/sqlite-store.ts';
import type { StorageLimits } from '../../server/sync/storage-limits.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { FaultyStore } from '../helpers/faulty-store.ts';
import { makeTempDir, removeDir } from '../helpers/temp-dir.ts';
import { openRawSocket } from '../helpers/raw-socket.ts';
import type { TestClient } from '../helpers/test-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { updateFrame } from '../helpers/wire.ts';

const DOC = 'gezond-samenleven';
const POLL = { timeout: 15_000, interval: 20 };
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

async function server(storage: Partial<StorageLimits> = {}): Promise<TestServer> {
  const s = await startTestServer({ storage: { userBytesPerHour: 32 << 20, documentBytes: 64 << 20, compactAfterBytes: 16 << 20, ...storage } });
  cleanup.add(() => s.dispose());
  return s;
}

async function open(s: TestServer, cookie?: string): Promise<TestClient> {
  const c = s.connect(DOC, { maxBackoffTime: 200, ...(cookie ? { cookie } : {}) });
  cleanup.add(() => c.destroy());
  await c.whenSynced();
  return c;
}

const stored = (s: TestServer) => s.store.load(DOC).reduce((sum, update) => sum + update.byteLength, 0);

describe('hidden data', () => {
  it('a lezer’s values under a deleted row are refused and not stored', async () => {
    const s = await server();
    const lezer = await s.createUser({ name: 'Lotte Lezer', grants: [{ scope: DOC, role: 'lezer' }] });
    const editor = await open(s);
    const reader = await open(s, lezer.cookie);
    const rowId = editor.programme().goals[0]!.indicators[0]!.id;
    // Prepared while the row still shows, sent after it is gone.
    const scratch = new Y.Doc();
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(reader.doc));
    const before = Y.encodeStateVector(scratch);
    scratch.transact(() => {
      const row = scratch.getMap('rows:goalIndicator').get(rowId) as Y.Map<unknown>;
      for (let i = 0; i < 20; i++) row.set(`verborgen${i}`, 'x'.repeat(19_000));
    });
    const hidden = Y.encodeStateAsUpdate(scratch, before);
    deleteRow(editor.doc, 'goalIndicator', rowId, userOrigin('beheerder'));
    await expect.poll(() => s.programme(DOC)!.goals[0]!.indicators.some((i) => i.id === rowId), POLL).toBe(false);
    await expect.poll(() => reader.programme().goals[0]!.indicators.some((i) => i.id === rowId), POLL).toBe(false);
    const bytesBefore = stored(s);

    const raw = await openRawSocket(`${s.syncUrl}/${DOC}`, { headers: { cookie: lezer.cookie } });
    raw.send(updateFrame(hidden));
    expect((await raw.closed).code).toBe(CLOSE.updateRejected.code);
    expect(stored(s)).toBe(bytesBefore);
    expect(hidden.byteLength).toBeGreaterThan(380_000);
  });
});

describe('stored bytes are bounded', () => {
  it('one user’s flood stops at their hourly budget; colleagues go on, nothing stored is lost', async () => {
    const budget = 256 * 1024;
    const s = await server({ userBytesPerHour: budget });
    const flooder = await s.createUser({ name: 'Fleur Flood', grants: [{ scope: DOC, role: 'redacteur' }] });
    const attacker = await open(s, flooder.cookie);
    const colleague = await open(s);
    const bytesBefore = stored(s);
    for (let i = 0; i < 40 && !attacker.terminal; i++) {
      setField(attacker.doc, 'goal', 'g1', 'title', `${i}`.padEnd(19_000, 'x'), userOrigin(flooder.id));
      await new Promise((r) => setTimeout(r, 5));
    }
    await expect.poll(() => attacker.terminal?.code, POLL).toBe(CLOSE.storageQuota.code);
    const flooded = stored(s) - bytesBefore;
    expect(flooded).toBeLessThanOrEqual(budget);
    expect(flooded).toBeGreaterThan(budget / 2);

    setField(colleague.doc, 'goal', 'g2', 'title', 'Gewoon doorwerken', userOrigin('beheerder'));
    await expect.poll(() => s.programme(DOC)!.goals[1]!.title, POLL).toBe('Gewoon doorwerken');
    expect(colleague.terminal).toBeNull();
    // The budget outlives the socket: reconnecting does not reset it.
    const again = await open(s, flooder.cookie);
    setField(again.doc, 'goal', 'g1', 'title', 'y'.repeat(19_000), userOrigin(flooder.id));
    await expect.poll(() => again.terminal?.code, POLL).toBe(CLOSE.storageQuota.code);
  });

  it('a document past its cap takes no more growth, but deletions still pass', async () => {
    const s = await server({ documentBytes: 1_000 });
    const editor = await open(s);
    const bystander = await open(s);
    const bytesBefore = stored(s);
    const goal = editor.programme().goals.at(-1)!;
    deleteRow(editor.doc, 'goal', goal.id, userOrigin('beheerder'));
    await expect.poll(() => bystander.programme().goals.some((g) => g.id === goal.id), POLL).toBe(false);
    const afterDelete = stored(s);
    expect(afterDelete).toBeGreaterThan(bytesBefore);
    setField(editor.doc, 'goal', 'g1', 'title', 'Meer tekst', userOrigin('beheerder'));
    await expect.poll(() => editor.terminal?.code, POLL).toBe(CLOSE.documentFull.code);
    expect(stored(s)).toBe(afterDelete);
  });

  it('an append that fails costs no budget: only what is durably stored counts', async () => {
    const dir = await makeTempDir('koers-budget-');
    cleanup.add(() => removeDir(dir));
    const store = new FaultyStore(new SqliteStore(join(dir, 'koers.sqlite')));
    cleanup.add(() => store.close());
    const budget = 100 * 1024;
    const s = await startTestServer({ store, storage: { userBytesPerHour: budget, documentBytes: 64 << 20, compactAfterBytes: 16 << 20 } });
    cleanup.add(() => s.dispose());
    /** About 57 KB: three titles of 19,000 characters, against the server's state of now. */
    const edit = (mark: string) => {
      const scratch = new Y.Doc();
      Y.applyUpdate(scratch, s.registry.readDocument(DOC, (doc) => Y.encodeStateAsUpdate(doc))!);
      const before = Y.encodeStateVector(scratch);
      for (const goal of ['g1', 'g2', 'g3']) setField(scratch, 'goal', goal, 'title', `${mark} ${goal}`.padEnd(19_000, 'x'), userOrigin('beheerder'));
      return Y.encodeStateAsUpdate(scratch, before);
    };
    const send = async (update: Uint8Array) => {
      const raw = await openRawSocket(`${s.syncUrl}/${DOC}`, { headers: { cookie: s.adminCookie } });
      cleanup.add(() => raw.close());
      raw.send(updateFrame(update));
      return raw;
    };

    // The disk is full three times: 171 KB sent, none of it stored, so none of it counted.
    store.failAppend = () => true;
    for (const mark of ['eerste', 'tweede', 'derde']) {
      const update = edit(mark);
      expect(update.byteLength).toBeGreaterThan(budget / 2);
      expect(update.byteLength).toBeLessThan(budget);
      expect((await (await send(update)).closed).code).toBe(CLOSE.storageFailed.code);
    }
    expect(store.failedAppends).toBe(3);
    store.failAppend = null;
    await send(edit('opgeslagen'));
    await expect.poll(() => s.programme(DOC)!.goals[0]!.title.startsWith('opgeslagen g1'), POLL).toBe(true);
    // What was stored does count: a second one would pass the budget.
    expect((await (await send(edit('te veel'))).closed).code).toBe(CLOSE.storageQuota.code);
  });
});
