/**
 * Who may open /sync and what their updates may do, with real y-websocket providers: sign-in
 * at the upgrade, the Origin check, read and comment access, and sockets closed when roles change.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addComment, readComments, setField, userOrigin } from '../../shared/doc/index.ts';
import { CLOSE } from '../../shared/protocol.ts';
import { seedProgrammeById } from '../../shared/seed/programmes.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import type { ClientOptions, TestClient } from '../helpers/test-client.ts';
import { startTestServer, type TestServer, type TestUser } from '../helpers/test-server.ts';

const DOC = 'gezond-samenleven';
const OTHER = 'kansengelijkheid';
const ALLOWED_ORIGIN = 'https://koers.dronten.test';
const POLL = { timeout: 15_000, interval: 20 };
const cleanup = new Cleanup();
let s: TestServer;
/** Every server of this file, newest first: a restart shares the first one's data folder. */
const servers: TestServer[] = [];

beforeAll(async () => {
  s = await startTestServer({ allowedOrigins: [ALLOWED_ORIGIN] });
  servers.unshift(s);
});
afterAll(async () => {
  for (const server of servers) await server.dispose();
});
afterEach(() => cleanup.run());

function open(docId: string, options: ClientOptions = {}, server = s): TestClient {
  const c = server.connect(docId, { maxBackoffTime: 200, ...options });
  cleanup.add(() => c.destroy());
  return c;
}

const user = (role: 'lezer' | 'redacteur', scope = DOC) => s.createUser({ name: `${role} ${Math.random().toString(36).slice(2, 7)}`, grants: [{ scope, role }] });

async function stopsWith(c: TestClient, code: number): Promise<void> {
  await expect.poll(() => c.terminal?.code, POLL).toBe(code);
  const attempts = c.closes.length;
  // y-websocket schedules its reconnect attempt at most maxBackoffTime after the close, before it
  // reports the close as terminal; a timer set now for longer fires after that attempt would have started.
  await new Promise((r) => setTimeout(r, c.provider.maxBackoffTime + 1));
  // Permanent: y-websocket made no further attempt.
  expect(c.provider.ws).toBeNull();
  expect(c.closes.length).toBe(attempts);
  expect(c.provider.shouldConnect).toBe(false);
}

describe('opening /sync', () => {
  it('without a session: closed with 4401, and the provider stops', async () => {
    const c = open(DOC, { cookie: '' });
    await stopsWith(c, CLOSE.notSignedIn.code);
    expect(c.provider.synced).toBe(false);
  });

  it('from a foreign Origin: closed with 4403, even with a valid cookie; own and listed origins pass', async () => {
    const foreign = open(DOC, { origin: 'https://evil.example' });
    await stopsWith(foreign, CLOSE.forbidden.code);
    expect(s.logs.some((e) => e.msg === 'connection refused' && e.detail === 'origin')).toBe(true);
    const own = open(DOC, { origin: s.url });
    const listed = open(DOC, { origin: ALLOWED_ORIGIN });
    await Promise.all([own.whenSynced(), listed.whenSynced()]);
  });

  it('without a role on the programme: closed with 4403', async () => {
    const lezer = await user('lezer', OTHER);
    const c = open(DOC, { cookie: lezer.cookie });
    await stopsWith(c, CLOSE.forbidden.code);
  });

  it('a werkatelier participant cannot open a programme', async () => {
    const participant = s.auth.createParticipantSession({ id: 'deelnemer-1', name: 'Deelnemer', workshopId: 'w-onbekend' });
    const c = open(DOC, { cookie: participant.cookie });
    await stopsWith(c, CLOSE.forbidden.code);
    // Over REST the same: signed in, but no rights on any programme.
    expect((await s.api('/api/auth/me', { cookie: participant.cookie })).status).toBe(200);
    expect(await (await s.api('/api/auth/me', { cookie: participant.cookie })).json()).toEqual({
      kind: 'participant',
      id: 'deelnemer-1',
      name: 'Deelnemer',
      workshopId: 'w-onbekend',
    });
    expect((await s.api(`/api/documents/${DOC}`, { cookie: participant.cookie })).status).toBe(403);
    expect(await (await s.api('/api/documents', { cookie: participant.cookie })).json()).toEqual([]);
  });
});

describe('a lezer in a programme', () => {
  it('comments reach everyone; cell edits reach nobody: not the server, not a colleague, not the store', async () => {
    const lezer = await user('lezer');
    const reader = open(DOC, { cookie: lezer.cookie });
    const editor = open(DOC);
    await Promise.all([reader.whenSynced(), editor.whenSynced()]);
    const title = seedProgrammeById(DOC)!.goals[0]!.title;

    const { name } = (await (await s.api('/api/auth/me', { cookie: lezer.cookie })).json()) as { name: string };
    addComment(
      reader.doc,
      { targetKind: 'goal', targetId: 'g1', field: 'title', text: 'Kan dit korter?', authorId: lezer.id, authorName: name, at: '2025-03-01T10:00:00Z' },
      userOrigin(lezer.id),
    );
    await expect.poll(() => readComments(editor.doc).map((c) => c.text), POLL).toEqual(['Kan dit korter?']);

    setField(reader.doc, 'goal', 'g1', 'title', 'Door de lezer herschreven', userOrigin(lezer.id));
    await expect.poll(() => s.logs.some((e) => e.msg === 'update ignored' && e.user === lezer.id && e.access === 'comment'), POLL).toBe(true);
    // A later edit by the editor does arrive, so the relay is alive and the lezer's edit is not merely slow.
    setField(editor.doc, 'goal', 'g2', 'title', 'Door de redacteur', userOrigin('editor'));
    await expect.poll(() => s.programme(DOC)?.goals[1]!.title, POLL).toBe('Door de redacteur');
    expect(s.programme(DOC)!.goals[0]!.title).toBe(title);
    expect(editor.programme().goals[0]!.title).toBe(title);
    expect(reader.provider.wsconnected).toBe(true); // refused silently, not thrown out

    reader.destroy();
    editor.destroy();
    await s.close();
    const again = await startTestServer({ dataDir: s.dataDir, allowedOrigins: [ALLOWED_ORIGIN] });
    servers.unshift(again);
    expect(again.programme(DOC)!.goals[0]!.title).toBe(title);
    expect(again.programme(DOC)!.goals[1]!.title).toBe('Door de redacteur');
    const comments = again.registry.readDocument(DOC, readComments)!;
    expect(comments.map((c) => c.text)).toEqual(['Kan dit korter?']);
    s = again; // later tests go on against the restarted server
  });
});

describe('changing roles closes open sockets', () => {
  it('taking the only role closes the socket with 4403 for good', async () => {
    const redacteur = await user('redacteur');
    const c = open(DOC, { cookie: redacteur.cookie });
    const elsewhere = open(DOC); // the beheerder's socket must stay
    await Promise.all([c.whenSynced(), elsewhere.whenSynced()]);
    const put = await s.api(`/api/users/${redacteur.id}/grants`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grants: [] }) });
    expect(put.status).toBe(200);
    await stopsWith(c, CLOSE.forbidden.code);
    expect(elsewhere.provider.wsconnected).toBe(true);
  });

  it('redacteur -> lezer closes with 4001; the reconnect has comment access', async () => {
    const redacteur: TestUser = await user('redacteur');
    const c = open(DOC, { cookie: redacteur.cookie });
    const other = open(OTHER, { cookie: redacteur.cookie }); // no role there: stays closed from the start
    const editor = open(DOC);
    await Promise.all([c.whenSynced(), editor.whenSynced()]);
    await stopsWith(other, CLOSE.forbidden.code);
    const logsBefore = s.logs.length;
    const put = await s.api(`/api/users/${redacteur.id}/grants`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grants: [{ scope: DOC, role: 'lezer' }] }),
    });
    expect(put.status).toBe(200);
    await expect.poll(() => c.closes.map((x) => x.code), POLL).toContain(CLOSE.rightsChanged.code);
    expect(c.terminal).toBeNull();
    await expect.poll(() => c.provider.wsconnected && c.provider.synced, POLL).toBe(true);
    await expect
      .poll(() => s.logs.slice(logsBefore).some((e) => e.msg === 'connection opened' && e.access === 'comment' && e.docId === DOC), POLL)
      .toBe(true);

    const g3Before = s.programme(DOC)!.goals[2]!.title;
    setField(c.doc, 'goal', 'g3', 'title', 'Na de degradatie', userOrigin(redacteur.id));
    await expect.poll(() => s.logs.some((e) => e.msg === 'update ignored' && e.user === redacteur.id), POLL).toBe(true);
    expect(s.programme(DOC)!.goals[2]!.title).toBe(g3Before);
    // The beheerder's socket in the same room was not touched.
    expect(editor.closes).toEqual([]);
  });
});
