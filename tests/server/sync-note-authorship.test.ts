/**
 * Issue 11, item 4, as the attack: a lezer rewrites and deletes someone else's comment and
 * posts in someone else's name. Real server, real SQLite, real y-websocket clients; the honest
 * page's notes (own comments and replies, resolving, acknowledging, withdrawing) still pass.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  acknowledgeFinding,
  addChangeRequest,
  addComment,
  readAcknowledgements,
  readChangeRequests,
  readComments,
  resolveThread,
  setChangeRequestStatus,
  userOrigin,
  withdrawAcknowledgement,
} from '../../shared/doc/index.ts';
import { CLOSE } from '../../shared/protocol.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { TEST_ADMIN } from '../helpers/test-app.ts';
import type { TestClient } from '../helpers/test-client.ts';
import { startTestServer, type TestServer, type TestUser } from '../helpers/test-server.ts';

const DOC = 'gezond-samenleven';
const POLL = { timeout: 15_000, interval: 20 };
const AT = '2026-03-01T10:00:00Z';
const cleanup = new Cleanup();
let s: TestServer;
let lezer: TestUser & { name: string };
let redacteur: TestUser & { name: string };
let admin: { id: string; name: string };

beforeAll(async () => {
  s = await startTestServer();
  const make = async (name: string, role: 'lezer' | 'redacteur') => ({ ...(await s.createUser({ name, grants: [{ scope: DOC, role }] })), name });
  lezer = await make('Lotte Lezer', 'lezer');
  redacteur = await make('Ruud Redacteur', 'redacteur');
  admin = { id: ((await (await s.api('/api/auth/me')).json()) as { id: string }).id, name: TEST_ADMIN.name };
});
afterAll(() => s.dispose());
afterEach(() => cleanup.run());

async function open(cookie?: string): Promise<TestClient> {
  const c = s.connect(DOC, { maxBackoffTime: 200, ...(cookie ? { cookie } : {}) });
  cleanup.add(() => c.destroy());
  await c.whenSynced();
  return c;
}

const stored = () => s.store.load(DOC).reduce((sum, update) => sum + update.byteLength, 0);
const serverComments = () => s.registry.readDocument(DOC, readComments)!;

/** The beheerder's comment the attacks aim at. */
async function victimComment(bystander: TestClient, text: string): Promise<string> {
  const id = addComment(bystander.doc, { targetKind: 'goal', targetId: 'g1', field: 'title', text, authorId: admin.id, authorName: admin.name, at: AT }, userOrigin(admin.id));
  await expect.poll(() => serverComments().some((c) => c.id === id), POLL).toBe(true);
  return id;
}

/** Runs `attack` in the attacker's page; the server must close it with 4422 and keep nothing. */
async function refused(attacker: TestClient, bystander: TestClient, attack: (doc: Y.Doc) => void): Promise<void> {
  const commentsBefore = JSON.stringify(serverComments());
  const bytesBefore = stored();
  attack(attacker.doc);
  await expect.poll(() => attacker.terminal?.code, POLL).toBe(CLOSE.updateRejected.code);
  // The bystander's next comment still arrives: the relay is alive and the refusal is not merely slow.
  const probe = addComment(bystander.doc, { targetKind: 'goal', targetId: 'g2', field: null, text: 'proef', authorId: admin.id, authorName: admin.name, at: AT }, userOrigin(admin.id));
  await expect.poll(() => serverComments().some((c) => c.id === probe), POLL).toBe(true);
  expect(JSON.stringify(serverComments().filter((c) => c.id !== probe))).toBe(commentsBefore);
  expect(JSON.stringify(readComments(bystander.doc).filter((c) => c.id !== probe))).toBe(commentsBefore);
  expect(stored() - bytesBefore).toBeLessThan(400); // the probe only
}

function commentMap(doc: Y.Doc, id: string): Y.Map<unknown> {
  return doc.getMap('notes:comment').get(id) as Y.Map<unknown>;
}

describe('a lezer and other people’s comments', () => {
  it('rewriting someone else’s comment is refused and nothing is stored', async () => {
    const bystander = await open();
    const id = await victimComment(bystander, 'Origineel');
    const attacker = await open(lezer.cookie);
    await refused(attacker, bystander, (doc) => doc.transact(() => commentMap(doc, id).set('text', 'Herschreven door de lezer')));
    expect(serverComments().find((c) => c.id === id)!.text).toBe('Origineel');
  });

  it('deleting someone else’s comment is refused', async () => {
    const bystander = await open();
    const id = await victimComment(bystander, 'Blijft staan');
    const attacker = await open(lezer.cookie);
    await refused(attacker, bystander, (doc) => doc.transact(() => doc.getMap('notes:comment').delete(id)));
    expect(serverComments().some((c) => c.id === id)).toBe(true);
  });

  it('posting in someone else’s name is refused, by id or by name', async () => {
    const bystander = await open();
    for (const author of [{ authorId: admin.id, authorName: admin.name }, { authorId: lezer.id, authorName: admin.name }]) {
      const attacker = await open(lezer.cookie);
      await refused(attacker, bystander, (doc) =>
        addComment(doc, { targetKind: 'goal', targetId: 'g1', field: null, text: 'Namens de beheerder', ...author, at: AT }, userOrigin(lezer.id)),
      );
    }
  });

  it('resolving a thread with someone else’s comment is refused for a lezer', async () => {
    const bystander = await open();
    const id = await victimComment(bystander, 'Nog open');
    const attacker = await open(lezer.cookie);
    await refused(attacker, bystander, (doc) => resolveThread(doc, id, true, userOrigin(lezer.id)));
  });

  it('the honest page passes: own comment, reply, resolving an own thread; an editor resolves anyone’s', async () => {
    const bystander = await open();
    const reader = await open(lezer.cookie);
    const own = addComment(reader.doc, { targetKind: 'goal', targetId: 'g1', field: null, text: 'Van Lotte', authorId: lezer.id, authorName: lezer.name, at: AT }, userOrigin(lezer.id));
    addComment(reader.doc, { targetKind: 'goal', targetId: 'g1', field: null, threadId: own, text: 'Nog een', authorId: lezer.id, authorName: lezer.name, at: AT }, userOrigin(lezer.id));
    resolveThread(reader.doc, own, true, userOrigin(lezer.id));
    await expect.poll(() => readComments(bystander.doc).filter((c) => c.threadId === own).map((c) => c.resolved), POLL).toEqual([true, true]);
    const editor = await open(redacteur.cookie);
    resolveThread(editor.doc, own, false, userOrigin(redacteur.id));
    await expect.poll(() => serverComments().filter((c) => c.threadId === own).map((c) => c.resolved), POLL).toEqual([false, false]);
    expect(reader.terminal).toBeNull();
    expect(editor.terminal).toBeNull();
  });
});

describe('acknowledgements and change requests', () => {
  const ack = (by: { id: string; name: string }, key = 'V13|g1-i2|target') => ({ key, reason: 'Bewuste keuze', by: by.id, byName: by.name, at: AT });

  it('an editor acknowledges in their own name and withdraws their own; not someone else’s', async () => {
    const bystander = await open();
    const editor = await open(redacteur.cookie);
    acknowledgeFinding(editor.doc, ack(redacteur), userOrigin(redacteur.id));
    await expect.poll(() => readAcknowledgements(bystander.doc).map((a) => a.byName), POLL).toEqual([redacteur.name]);
    withdrawAcknowledgement(editor.doc, 'V13|g1-i2|target', userOrigin(redacteur.id));
    await expect.poll(() => readAcknowledgements(bystander.doc).length, POLL).toBe(0);

    acknowledgeFinding(bystander.doc, ack(admin), userOrigin(admin.id));
    await expect.poll(() => s.registry.readDocument(DOC, readAcknowledgements)!.length, POLL).toBe(1);
    // The page re-acknowledges what it shows: wait until the editor's page has the beheerder's
    // acknowledgement (relayed after the server stored it), or its write is a concurrent one.
    await expect.poll(() => readAcknowledgements(editor.doc).map((a) => a.byName), POLL).toEqual([admin.name]);
    // Re-acknowledging (a lapsed warning) replaces it under the editor's own name.
    acknowledgeFinding(editor.doc, { ...ack(redacteur), reason: 'Opnieuw erkend' }, userOrigin(redacteur.id));
    await expect.poll(() => s.registry.readDocument(DOC, readAcknowledgements)!.map((a) => a.byName), POLL).toEqual([redacteur.name]);

    const forger = await open(redacteur.cookie);
    forger.doc.transact(() => acknowledgeFinding(forger.doc, ack(admin, 'V13|g1-i1|target'), userOrigin(redacteur.id)));
    await expect.poll(() => forger.terminal?.code, POLL).toBe(CLOSE.updateRejected.code);
    const other = await open();
    withdrawAcknowledgement(other.doc, 'V13|g1-i2|target', userOrigin(admin.id));
    await expect.poll(() => other.terminal?.code, POLL).toBe(CLOSE.updateRejected.code);
    expect(s.registry.readDocument(DOC, readAcknowledgements)!.map((a) => a.byName)).toEqual([redacteur.name]);
  });

  it('a change request is withdrawn only by its author', async () => {
    const editor = await open(redacteur.cookie);
    const request = { targetKind: 'goal' as const, targetId: 'g1', field: 'title', oldValue: 'a', newValue: 'b', reason: 'r', decisionMoment: 'begroting', versionId: 'v1', at: AT };
    const id = addChangeRequest(editor.doc, { ...request, authorId: redacteur.id, authorName: redacteur.name }, userOrigin(redacteur.id));
    await expect.poll(() => s.registry.readDocument(DOC, readChangeRequests)!.some((r) => r.id === id), POLL).toBe(true);
    const other = await open();
    setChangeRequestStatus(other.doc, id, 'withdrawn', userOrigin(admin.id));
    await expect.poll(() => other.terminal?.code, POLL).toBe(CLOSE.updateRejected.code);
    expect(s.registry.readDocument(DOC, readChangeRequests)!.find((r) => r.id === id)!.status).toBe('open');
    setChangeRequestStatus(editor.doc, id, 'withdrawn', userOrigin(redacteur.id));
    await expect.poll(() => s.registry.readDocument(DOC, readChangeRequests)!.find((r) => r.id === id)!.status, POLL).toBe('withdrawn');
    expect(editor.terminal).toBeNull();
  });
});
