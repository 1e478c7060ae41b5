/**
 * A werkatelier live over real sockets: a facilitator creates it, participants join over HTTP
 * and connect with their participant cookie; the server's policy lets through only what each
 * may write, and a crafted update is neither stored nor relayed.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, castBallot, readWorkshop, removeCard, setFocus, setVoting } from '../../shared/doc/workshop/index.ts';
import { CLOSE } from '../../shared/protocol.ts';
import type { WorkshopCard } from '../../shared/workshop/types.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { connectWorkshop, createWorkshop, joinWorkshop, postJson, serverPerTest, type JoinedParticipant } from '../helpers/workshop-server.ts';

const PROGRAMME = 'bestaanszekerheid';
const SCOPE = { kind: 'subGoal', rowId: 'g1-s2' } as const;
const POLL = { timeout: 20_000, interval: 25 };
const { server, track } = serverPerTest();

function card(id: string, who: JoinedParticipant, overrides: Partial<WorkshopCard> = {}): WorkshopCard {
  return { id, rowId: 'g1-s2-r1', type: 'idee', text: `Idee van ${who.name}`, authorId: who.id, authorName: who.name, createdAt: new Date().toISOString(), ...overrides };
}

/** Everything stored for the doc, replayed into a fresh Y.Doc and read. */
function storedState(s: TestServer, docId: string) {
  const doc = new Y.Doc();
  for (const update of s.store.load(docId)) Y.applyUpdate(doc, update);
  return readWorkshop(doc);
}

/** A facilitator (the beheerder) and two participants, all synced, voting open. */
async function session(s: TestServer) {
  const info = await createWorkshop(s, PROGRAMME, { scope: SCOPE, dots: 5 });
  const facilitator = track(connectWorkshop(s, info.docId, s.adminCookie));
  const ans = await joinWorkshop(s, info.code, 'Ans');
  const bert = await joinWorkshop(s, info.code.toLowerCase().replace(/^(.{4})/, '$1-'), '  Bert  ');
  const ansClient = track(connectWorkshop(s, info.docId, ans.cookie));
  const bertClient = track(connectWorkshop(s, info.docId, bert.cookie));
  await Promise.all([facilitator.whenSynced(), ansClient.whenSynced(), bertClient.whenSynced()]);
  setVoting(facilitator.doc, { votingOpen: true });
  await expect.poll(() => readWorkshop(ansClient.doc).settings.votingOpen && readWorkshop(bertClient.doc).settings.votingOpen, POLL).toBe(true);
  return { info, facilitator, ans, bert, ansClient, bertClient };
}

describe('werkatelier live', () => {
  it('a card and a ballot of a participant reach the facilitator and are stored', async () => {
    const s = await server();
    const { info, facilitator, ans, bert, ansClient } = await session(s);
    expect(bert.name).toBe('Bert');
    expect(readWorkshop(facilitator.doc).participants.map((p) => p.name)).toEqual(['Ans', 'Bert']);

    addCard(ansClient.doc, card('kaart-1', ans, { type: 'voorstel', text: 'Een maatje voor elk gezin' }));
    castBallot(ansClient.doc, ans.id, { kind: 'stippen', dots: { 'g1-s2-r1': 3, 'kaart:kaart-1': 2 } });

    await expect.poll(() => readWorkshop(facilitator.doc).ballots[ans.id], POLL).toEqual({ kind: 'stippen', dots: { 'g1-s2-r1': 3, 'kaart:kaart-1': 2 } });
    expect(readWorkshop(facilitator.doc).cards.map((c) => c.text)).toEqual(['Een maatje voor elk gezin']);
    expect(storedState(s, info.docId).ballots[ans.id]).toBeDefined();
    expect(ansClient.terminal).toBeNull();
  });

  it('the facilitator moves the focus and moderates a card; participants follow', async () => {
    const s = await server();
    const { facilitator, ans, ansClient, bertClient } = await session(s);
    addCard(ansClient.doc, card('kaart-weg', ans));
    await expect.poll(() => readWorkshop(facilitator.doc).cards.length, POLL).toBe(1);
    setFocus(facilitator.doc, 'g1-s2-r2');
    removeCard(facilitator.doc, 'kaart-weg');
    await expect.poll(() => [readWorkshop(bertClient.doc).settings.focusRowId, readWorkshop(bertClient.doc).cards.length], POLL).toEqual(['g1-s2-r2', 0]);
    expect(facilitator.terminal).toBeNull();
  });

  it('a participant takes back their own card and vote; a facilitator cannot vote', async () => {
    const s = await server();
    const { info, facilitator, ans, ansClient } = await session(s);
    addCard(ansClient.doc, card('eigen', ans));
    castBallot(ansClient.doc, ans.id, { kind: 'stippen', dots: { 'g1-s2-r1': 1 } });
    await expect.poll(() => Object.keys(readWorkshop(facilitator.doc).ballots), POLL).toEqual([ans.id]);
    removeCard(ansClient.doc, 'eigen');
    castBallot(ansClient.doc, ans.id, null);
    await expect.poll(() => [readWorkshop(facilitator.doc).cards.length, Object.keys(readWorkshop(facilitator.doc).ballots).length], POLL).toEqual([0, 0]);
    expect(ansClient.terminal).toBeNull();

    const before = storedState(s, info.docId);
    castBallot(facilitator.doc, 'beheerder-stem', { kind: 'stippen', dots: { 'g1-s2-r1': 1 } });
    await expect.poll(() => facilitator.terminal?.code, POLL).toBe(CLOSE.updateRejected.code);
    expect(storedState(s, info.docId)).toEqual(before);
  });

  const crafted: [string, (ctx: Awaited<ReturnType<typeof session>>) => void][] = [
    ['6 dots when 5 are allowed', ({ ans, ansClient }) => castBallot(ansClient.doc, ans.id, { kind: 'stippen', dots: { 'g1-s2-r1': 4, 'g1-s2-r2': 2 } })],
    ["writing another participant's ballot", ({ bert, ansClient }) => castBallot(ansClient.doc, bert.id, { kind: 'stippen', dots: { 'g1-s2-r1': 1 } })],
    ['changing the settings', ({ ansClient }) => setVoting(ansClient.doc, { dots: 20 })],
    ['a card in someone else’s name', ({ bert, ansClient }) => addCard(ansClient.doc, card('nep', bert))],
    ['a card on a row outside the werkatelier', ({ ans, ansClient }) => addCard(ansClient.doc, card('elders', ans, { rowId: 'g3' }))],
    ['writing outside the werkatelier maps', ({ ansClient }) => ansClient.doc.getMap('rows:goal').set('x', 1)],
  ];

  for (const [what, act] of crafted) {
    it(`closes a participant's socket with 4422 for ${what}, and stores nothing`, async () => {
      const s = await server();
      const ctx = await session(s);
      const before = storedState(s, ctx.info.docId);
      act(ctx);
      await expect.poll(() => ctx.ansClient.terminal?.code, POLL).toBe(CLOSE.updateRejected.code);
      // The facilitator and Bert stay; the room and the store are as before.
      expect(ctx.facilitator.terminal).toBeNull();
      expect(storedState(s, ctx.info.docId)).toEqual(before);
      expect(s.registry.readDocument(ctx.info.docId, readWorkshop)).toEqual(before);
      expect(readWorkshop(ctx.facilitator.doc)).toEqual(before);
    });
  }

  it("refuses a change to someone else's card", async () => {
    const s = await server();
    const ctx = await session(s);
    addCard(ctx.bertClient.doc, card('van-bert', ctx.bert));
    await expect.poll(() => readWorkshop(ctx.ansClient.doc).cards.length, POLL).toBe(1);
    const before = storedState(s, ctx.info.docId);
    addCard(ctx.ansClient.doc, { ...readWorkshop(ctx.ansClient.doc).cards[0]!, text: 'Overschreven door Ans' });
    await expect.poll(() => ctx.ansClient.terminal?.code, POLL).toBe(CLOSE.updateRejected.code);
    expect(storedState(s, ctx.info.docId)).toEqual(before);
    expect(readWorkshop(ctx.facilitator.doc).cards[0]!.text).toBe('Idee van Bert');
  });

  it('refuses a ballot while voting is closed', async () => {
    const s = await server();
    const ctx = await session(s);
    setVoting(ctx.facilitator.doc, { votingOpen: false });
    await expect.poll(() => readWorkshop(ctx.ansClient.doc).settings.votingOpen, POLL).toBe(false);
    castBallot(ctx.ansClient.doc, ctx.ans.id, { kind: 'stippen', dots: { 'g1-s2-r1': 1 } });
    await expect.poll(() => ctx.ansClient.terminal?.code, POLL).toBe(CLOSE.updateRejected.code);
    expect(storedState(s, ctx.info.docId).ballots).toEqual({});
  });

  it('a participant cannot open the programme, nor write the REST of the werkatelier', async () => {
    const s = await server();
    const info = await createWorkshop(s, PROGRAMME, { scope: SCOPE });
    const ans = await joinWorkshop(s, info.code, 'Ans');
    const programme = track(connectWorkshop(s, PROGRAMME, ans.cookie));
    await expect.poll(() => programme.terminal?.code, POLL).toBe(CLOSE.forbidden.code);
    expect((await s.api(`/api/workshops/${info.id}`, { cookie: ans.cookie })).status).toBe(200);
    expect((await s.api(`/api/workshops/${info.id}/slice`, { cookie: ans.cookie })).status).toBe(200);
    expect((await s.api(`/api/workshops/${info.id}/qr.svg`, { cookie: ans.cookie })).status).toBe(403);
    expect((await s.api(`/api/workshops/${info.id}/close`, { method: 'POST', cookie: ans.cookie })).status).toBe(403);
    expect((await s.api(`/api/workshops/${info.id}/feedback`, { cookie: ans.cookie })).status).toBe(403);
    expect((await s.api(`/api/documents/${PROGRAMME}`, { cookie: ans.cookie })).status).toBe(403);
  });

  it('a reader watches without writing: updates are dropped, the socket stays', async () => {
    const s = await server();
    const info = await createWorkshop(s, PROGRAMME, { scope: SCOPE });
    const lezer = await s.createUser({ name: 'Lies Lezer', grants: [{ scope: PROGRAMME, role: 'lezer' }] });
    const reader = track(connectWorkshop(s, info.docId, lezer.cookie));
    const facilitator = track(connectWorkshop(s, info.docId, s.adminCookie));
    await Promise.all([reader.whenSynced(), facilitator.whenSynced()]);
    setFocus(reader.doc, 'g1-s2-r1');
    // The reader's next frame on the same socket: the room handles a socket's frames in order, so
    // once the facilitator sees it, the server has already handled (and dropped) the update before it.
    reader.awareness.setLocalStateField('probe', 'na de focus');
    await expect.poll(() => facilitator.awareness.getStates().get(reader.doc.clientID)?.probe, POLL).toBe('na de focus');
    setVoting(facilitator.doc, { votingOpen: true });
    await expect.poll(() => readWorkshop(reader.doc).settings.votingOpen, POLL).toBe(true);
    expect(s.registry.readDocument(info.docId, readWorkshop)!.settings).toMatchObject({ focusRowId: null, votingOpen: true });
    expect(readWorkshop(facilitator.doc).settings.focusRowId).toBeNull();
    expect(reader.terminal).toBeNull();
  });
});

describe('werkatelier REST, rights and input', () => {
  it('a lezer cannot create a werkatelier (403); a facilitator can, and sees the code', async () => {
    const s = await server();
    const lezer = await s.createUser({ name: 'Lies Lezer', grants: [{ scope: PROGRAMME, role: 'lezer' }] });
    const refused = await postJson(s, `/api/documents/${PROGRAMME}/workshops`, { title: 'Avond', scope: { kind: 'programme' }, votingMode: 'stippen', dots: 5 }, lezer.cookie);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toMatch(/facilitator/);

    const facilitator = await s.createUser({ name: 'Fleur Facilitator', grants: [{ scope: PROGRAMME, role: 'facilitator' }] });
    const info = await createWorkshop(s, PROGRAMME, { title: 'Avond' }, facilitator.cookie);
    expect(info).toMatchObject({ programmeId: PROGRAMME, status: 'open', docId: `werkatelier-${info.id}`, createdBy: { name: 'Fleur Facilitator' } });
    expect(info.id).toMatch(/^[a-z0-9]{12}$/);

    const asLezer = (await (await s.api(`/api/documents/${PROGRAMME}/workshops`, { cookie: lezer.cookie })).json()) as { code?: string }[];
    expect(asLezer).toHaveLength(1);
    expect(asLezer[0]!.code).toBeUndefined();
    const asFacilitator = (await (await s.api(`/api/documents/${PROGRAMME}/workshops`, { cookie: facilitator.cookie })).json()) as { code?: string }[];
    expect(asFacilitator[0]!.code).toBe(info.code);

    const qr = await s.api(`/api/workshops/${info.id}/qr.svg`, { cookie: facilitator.cookie });
    expect(qr.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(await qr.text()).toMatch(/^<svg[\s\S]*<path/);
    expect((await s.api(`/api/workshops/${info.id}/qr.svg`, { cookie: lezer.cookie })).status).toBe(403);
  });

  it('checks title, scope, voting mode and dots', async () => {
    const s = await server();
    const post = (body: object) => postJson(s, `/api/documents/${PROGRAMME}/workshops`, { title: 'Avond', scope: { kind: 'programme' }, votingMode: 'stippen', dots: 5, ...body });
    expect((await post({ title: '  ' })).status).toBe(400);
    expect((await post({ title: 'x'.repeat(121) })).status).toBe(400);
    expect((await post({ scope: { kind: 'goal', rowId: 'bestaat-niet' } })).status).toBe(400);
    expect((await post({ scope: { kind: 'subGoal', rowId: 'g1' } })).status).toBe(400);
    expect((await post({ votingMode: 'handopsteken' })).status).toBe(400);
    expect((await post({ dots: 0 })).status).toBe(400);
    expect((await post({ dots: 21 })).status).toBe(400);
    expect((await post({ dots: 2.5 })).status).toBe(400);
    expect((await postJson(s, '/api/documents/bestaat-niet/workshops', { title: 'x', scope: { kind: 'programme' }, votingMode: 'stippen', dots: 5 })).status).toBe(404);
    expect((await post({})).status).toBe(201);
  });

  it('serves the slice live from the programme, as plain rows', async () => {
    const s = await server();
    const info = await createWorkshop(s, PROGRAMME, { scope: SCOPE });
    const slice = (await (await s.api(`/api/workshops/${info.id}/slice`)).json()) as { id: string; code: string; kind: string }[];
    expect(slice.map((r) => [r.kind, r.code])).toEqual([['subGoal', ''], ['result', '1.3'], ['result', '1.4'], ['result', '1.5'], ['result', '1.6'], ['result', '1.7'], ['result', '1.8']]);
  });
});
