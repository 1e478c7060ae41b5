/**
 * Issue 11 item 5, as the attack: a facilitator used the card disposition route to rewrite the
 * code and title of a goal outside the werkatelier's slice. Dispositions may change only rows of
 * the slice, only the fields a card can propose, and only for editors of the programme or for
 * facilitators of a werkatelier that carries the edit grant.
 */
import { describe, expect, it } from 'vitest';
import { addCard, readWorkshop } from '../../shared/doc/workshop/index.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { waitUntil } from '../helpers/wait.ts';
import { connectWorkshop, createWorkshop, joinWorkshop, postJson, serverPerTest } from '../helpers/workshop-server.ts';

const PROGRAMME = 'bestaanszekerheid';
const { server, track } = serverPerTest();

/** A werkatelier about Doel 2 with one card from a real participant; answers the card's route. */
async function workshopWithCard(s: TestServer, editGrant: boolean) {
  const info = await createWorkshop(s, PROGRAMME, { scope: { kind: 'goal', rowId: 'g2' }, ...(editGrant ? { editGrant } : {}) });
  const ans = await joinWorkshop(s, info.code, 'Ans');
  const client = track(connectWorkshop(s, info.docId, ans.cookie));
  await client.whenSynced();
  addCard(client.doc, { id: 'kaart-1', rowId: 'g2', type: 'idee', text: 'Meer aandacht voor werkenden', authorId: ans.id, authorName: ans.name, createdAt: new Date().toISOString() });
  await waitUntil(() => s.registry.readDocument(info.docId, readWorkshop)?.cards.length === 1, { what: 'the card on the server' });
  return { info, path: `/api/workshops/${info.id}/cards/kaart-1/disposition` };
}

const verwerkt = (rowId: string, field: string, value: string) => ({ action: 'verwerkt', rowId, field, value, note: '' });

describe('card dispositions (issue 11 item 5)', () => {
  it("refuses a facilitator who rewrites the code and title of a goal outside the slice, and leaves the programme as it was", async () => {
    const s = await server();
    const fenna = await s.createUser({ name: 'Fenna Facilitator', grants: [{ scope: PROGRAMME, role: 'facilitator' }] });
    const { path } = await workshopWithCard(s, false);
    const before = JSON.stringify(s.programme(PROGRAMME));
    for (const attempt of [verwerkt('g1', 'code', '99'), verwerkt('g1', 'title', 'Overgenomen'), verwerkt('g2', 'title', 'Ook binnen het werkatelier niet zonder recht')]) {
      const response = await postJson(s, path, attempt, fenna.cookie);
      expect(response.status, JSON.stringify(attempt)).toBe(403);
      expect(((await response.json()) as { error: string }).error).toMatch(/^(Je mag kaarten niet|Deze rij hoort niet bij dit werkatelier)/);
    }
    expect((await postJson(s, path, { action: 'nieuw-resultaat', rowId: 'g1-s1', note: '' }, fenna.cookie)).status).toBe(403);
    expect(JSON.stringify(s.programme(PROGRAMME))).toBe(before);
    expect((await (await s.api(`/api/workshops/${path.split('/')[3]}/feedback`)).json())).toEqual([]);
    // Saying what was not done with a card changes nothing in the programme: a facilitator may.
    expect((await postJson(s, path, { action: 'niet-verwerkt', reason: 'Hoort bij een ander doel' }, fenna.cookie)).status).toBe(200);
  });

  it('holds for editors too: only rows of the slice and only the fields a card can propose', async () => {
    const s = await server();
    const rita = await s.createUser({ name: 'Rita Redacteur', grants: [{ scope: PROGRAMME, role: 'redacteur' }] });
    const { path } = await workshopWithCard(s, false);
    const before = JSON.stringify(s.programme(PROGRAMME));
    expect((await postJson(s, path, verwerkt('g1', 'title', 'Buiten het werkatelier'), rita.cookie)).status).toBe(403);
    expect((await postJson(s, path, verwerkt('g2', 'code', '99'), rita.cookie)).status).toBe(400);
    expect((await postJson(s, path, verwerkt('g2', 'code', '99'))).status).toBe(400);
    expect(JSON.stringify(s.programme(PROGRAMME))).toBe(before);
    expect((await postJson(s, path, verwerkt('g2', 'title', 'Iedereen kan rondkomen'), rita.cookie)).status).toBe(200);
    expect(s.programme(PROGRAMME)!.goals[1]!.title).toBe('Iedereen kan rondkomen');
  });

  it('lets facilitators change the slice once an editor gave the grant at the start, and only an editor can give it', async () => {
    const s = await server();
    const fenna = await s.createUser({ name: 'Fenna Facilitator', grants: [{ scope: PROGRAMME, role: 'facilitator' }] });
    const refused = await postJson(s, `/api/documents/${PROGRAMME}/workshops`, { title: 'Eigen recht', scope: { kind: 'programme' }, votingMode: 'stippen', dots: 5, editGrant: true }, fenna.cookie);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toBe('Alleen een redacteur of beheerder kan facilitators toestaan kaarten in de tabel te verwerken.');

    const { info, path } = await workshopWithCard(s, true);
    expect(info.editGrant).toBe(true);
    const before = JSON.stringify(s.programme(PROGRAMME));
    expect((await postJson(s, path, verwerkt('g1', 'title', 'Buiten het werkatelier'), fenna.cookie)).status).toBe(403);
    expect((await postJson(s, path, verwerkt('g2', 'code', '99'), fenna.cookie)).status).toBe(400);
    expect(JSON.stringify(s.programme(PROGRAMME))).toBe(before);
    expect((await postJson(s, path, verwerkt('g2', 'title', 'Iedereen kan rondkomen'), fenna.cookie)).status).toBe(200);
    expect(s.programme(PROGRAMME)!.goals[1]!.title).toBe('Iedereen kan rondkomen');
  });
});
