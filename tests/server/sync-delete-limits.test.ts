/**
 * Issue 11, item 2, as the attack: one small update from a redacteur that deletes every row and
 * the programme's own meta. Real server, real SQLite, real y-websocket clients. The honest
 * deletes the page makes (a goal with its subtree, a row, a renamed programme) still pass.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteRow, readMeta, setField, userOrigin } from '../../shared/doc/index.ts';
import { CLOSE } from '../../shared/protocol.ts';
import type { Principal } from '../../server/auth/principal.ts';
import { programmePolicy } from '../../server/sync/programme-policy.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import type { TestClient } from '../helpers/test-client.ts';
import { startTestServer, type TestServer, type TestUser } from '../helpers/test-server.ts';

const DOC = 'gezond-samenleven';
const POLL = { timeout: 15_000, interval: 20 };
const cleanup = new Cleanup();
let s: TestServer;
let redacteur: TestUser;

beforeAll(async () => {
  s = await startTestServer();
  redacteur = await s.createUser({ name: 'Rita Redacteur', grants: [{ scope: DOC, role: 'redacteur' }] });
});
afterAll(() => s.dispose());
afterEach(() => cleanup.run());

function open(cookie?: string): TestClient {
  const c = s.connect(DOC, { maxBackoffTime: 200, ...(cookie ? { cookie } : {}) });
  cleanup.add(() => c.destroy());
  return c;
}

const stored = () => s.store.load(DOC).reduce((sum, update) => sum + update.byteLength, 0);

/** Everything the doc shows, deleted in one transaction: what the attacker's page sends. */
function wipeEverything(doc: Y.Doc): void {
  doc.transact(() => {
    for (const name of doc.share.keys()) {
      const map = doc.getMap(name);
      for (const key of [...map.keys()]) map.delete(key);
    }
  });
}

/** The update a change on a copy of `doc` makes, and its size. */
function updateOf(doc: Y.Doc, change: (copy: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  change(copy);
  return Y.encodeStateAsUpdate(copy, before);
}

describe('deleting over /sync', () => {
  it('the wipe-everything update from a redacteur is refused: nothing changes on the server, for a bystander or in the store', async () => {
    const attacker = open(redacteur.cookie);
    const bystander = open();
    await Promise.all([attacker.whenSynced(), bystander.whenSynced()]);
    const before = s.programme(DOC)!;
    const storedBefore = stored();
    const wipe = updateOf(attacker.doc, wipeEverything);
    expect(wipe.byteLength).toBeLessThan(200); // a delete set only: tiny
    Y.applyUpdate(attacker.doc, wipe, userOrigin(redacteur.id));
    expect(attacker.programme().goals).toEqual([]);

    await expect.poll(() => attacker.terminal?.code, POLL).toBe(CLOSE.updateRejected.code);
    // The bystander's edit still travels, so the wipe is not merely slow.
    setField(bystander.doc, 'goal', 'g2', 'title', 'Na de aanval', userOrigin('beheerder'));
    await expect.poll(() => s.programme(DOC)!.goals[1]!.title, POLL).toBe('Na de aanval');
    const after = s.programme(DOC)!;
    expect(after.goals.length).toBe(before.goals.length);
    expect(after.id).toBe(before.id);
    expect(after.name).toBe(before.name);
    expect(bystander.programme().goals.length).toBe(before.goals.length);
    expect(s.registry.readDocument(DOC, readMeta)!.name).toBe(before.name);
    // Only the bystander's edit was stored.
    expect(stored() - storedBefore).toBeLessThan(200);
    expect(s.logs.some((e) => e.msg === 'connection closed by server' && e.code === CLOSE.updateRejected.code && String(e.detail).includes('deletes'))).toBe(true);
  });

  it('deleting the programme name, or more rows than a whole goal across goals, is refused', async () => {
    const c = open(redacteur.cookie);
    await c.whenSynced();
    const goals = c.programme().goals;
    // Every goal but the last: more rows than any one goal holds.
    const allButOne = updateOf(c.doc, (copy) => copy.transact(() => goals.slice(0, -1).forEach((goal) => deleteRow(copy, 'goal', goal.id, userOrigin('x')))));
    const room = () => s.registry.readDocument(DOC, (doc) => doc)!;
    const principal: Principal = { kind: 'user', id: redacteur.id, email: redacteur.email, name: 'Rita Redacteur', grants: [], mustChangePassword: false, sessionId: 's' };
    const sender = { docId: DOC, principal, access: 'edit' as const };
    expect(programmePolicy.check(room(), sender, allButOne)).toMatchObject({ close: CLOSE.updateRejected, reason: expect.stringContaining(`${goals.length - 1} goals`) });
    // A page that was offline sends its work as one update: a row removed under each of two goals passes.
    const offlineWork = updateOf(c.doc, (copy) =>
      copy.transact(() => goals.slice(0, 2).forEach((goal) => deleteRow(copy, 'goalIndicator', goal.indicators[0]!.id, userOrigin('x')))),
    );
    expect(programmePolicy.check(room(), sender, offlineWork)).toBeNull();
    const noName = updateOf(c.doc, (copy) => copy.getMap('meta').delete('name'));
    expect(programmePolicy.check(room(), sender, noName)).toMatchObject({ close: CLOSE.updateRejected, reason: expect.stringContaining('"name"') });
    const indicatorId = goals[0]!.indicators[0]!.id;
    const noParent = updateOf(c.doc, (copy) => (copy.getMap('rows:goalIndicator').get(indicatorId) as Y.Map<unknown>).delete('parentId'));
    expect(programmePolicy.check(room(), sender, noParent)).toMatchObject({ close: CLOSE.updateRejected, reason: expect.stringContaining('parentId') });
  });

  it('what the page deletes still passes: a goal with its whole subtree, one row, a renamed programme', async () => {
    const c = open(redacteur.cookie);
    const bystander = open();
    await Promise.all([c.whenSynced(), bystander.whenSynced()]);
    const goal = c.programme().goals.at(-1)!;
    const other = c.programme().goals[0]!;
    deleteRow(c.doc, 'goal', goal.id, userOrigin(redacteur.id));
    deleteRow(c.doc, 'goalIndicator', other.indicators[0]!.id, userOrigin(redacteur.id));
    c.doc.transact(() => c.doc.getMap('meta').set('name', 'Nieuwe naam'), userOrigin(redacteur.id));
    await expect.poll(() => bystander.programme().name, POLL).toBe('Nieuwe naam');
    expect(bystander.programme().goals.some((g) => g.id === goal.id)).toBe(false);
    expect(s.programme(DOC)!.goals[0]!.indicators.some((i) => i.id === other.indicators[0]!.id)).toBe(false);
    expect(c.terminal).toBeNull();
    expect(c.provider.wsconnected).toBe(true);
  });
});
