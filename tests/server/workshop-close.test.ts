/**
 * Closing a werkatelier: the outcome is counted on the server and frozen, participants are
 * let go with 4410, the code stops working, and the outcome can be exported, compared with
 * the ASD's list and followed up card by card.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard, castBallot, readWorkshop, setVoting } from '../../shared/doc/workshop/index.ts';
import { CLOSE } from '../../shared/protocol.ts';
import type { CardDispositionRecord, ComparisonRow, WorkshopCard, WorkshopInfo, WorkshopOutcome } from '../../shared/workshop/types.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import type { TestClient } from '../helpers/test-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitUntil } from '../helpers/wait.ts';
import { connectWorkshop, createWorkshop, joinWorkshop, postJson, type JoinedParticipant } from '../helpers/workshop-server.ts';

const PROGRAMME = 'bestaanszekerheid';
const POLL = { timeout: 20_000, interval: 25 };
const cleanup = new Cleanup();
let s: TestServer;
let workshopId: string;
let code: string;
let outcome: WorkshopOutcome;
let clients: TestClient[];
let people: JoinedParticipant[];

// Results of Doel 2 (uitwerkingen 1-3 of Bestaanszekerheid): 2.3, 2.4, 2.5.
const R23 = 'g2-s1-r1';
const R24 = 'g2-s2-r1';
const R25 = 'g2-s3-r1';

beforeAll(async () => {
  s = await startTestServer();
  cleanup.add(() => s.dispose());
  const info = await createWorkshop(s, PROGRAMME, { title: 'Avond in De Schouw', scope: { kind: 'goal', rowId: 'g2' }, dots: 5 });
  workshopId = info.id;
  code = info.code;
  const facilitator = connectWorkshop(s, info.docId, s.adminCookie);
  cleanup.add(() => facilitator.destroy());
  people = [];
  for (const name of ['Ans', 'Bert', 'Cor', 'Dirk']) people.push(await joinWorkshop(s, code, name));
  clients = people.map((p) => connectWorkshop(s, info.docId, p.cookie));
  for (const c of clients) cleanup.add(() => c.destroy());
  await Promise.all([facilitator, ...clients].map((c) => c.whenSynced()));
  setVoting(facilitator.doc, { votingOpen: true });
  await waitUntil(() => clients.every((c) => readWorkshop(c.doc).settings.votingOpen), { what: 'voting to open' });

  const [ans, bert, cor] = people as [JoinedParticipant, JoinedParticipant, JoinedParticipant];
  const card = (who: JoinedParticipant, id: string, fields: Partial<WorkshopCard>): WorkshopCard => ({
    id, rowId: R24, type: 'idee', text: 'x', authorId: who.id, authorName: who.name, createdAt: new Date().toISOString(), ...fields,
  });
  addCard(clients[0]!.doc, card(ans, 'voorstel-maatje', { type: 'voorstel', text: 'Een maatje voor elk gezin', rowId: 'g2-s2' }));
  addCard(clients[1]!.doc, card(bert, 'zorg-1', { type: 'zorg', text: '=SOM(A1) "geldzorgen"; ook bij werkenden' }));
  await waitUntil(() => readWorkshop(clients[2]!.doc).cards.length === 2, { what: 'both cards' });
  // 2.4: 5 ; 2.5: 3 ; voorstel: 3 ; 2.3: 2  -> places 1, 2, 2, 4
  castBallot(clients[0]!.doc, ans.id, { kind: 'stippen', dots: { [R24]: 3, 'kaart:voorstel-maatje': 2 } });
  castBallot(clients[1]!.doc, bert.id, { kind: 'stippen', dots: { [R24]: 2, [R25]: 3 } });
  castBallot(clients[2]!.doc, cor.id, { kind: 'stippen', dots: { [R23]: 2, 'kaart:voorstel-maatje': 1 } });
  await waitUntil(() => Object.keys(readWorkshop(facilitator.doc).ballots).length === 3, { what: 'three ballots' });

  const closed = await s.api(`/api/workshops/${workshopId}/close`, { method: 'POST' });
  if (closed.status !== 200) throw new Error(`close: ${closed.status} ${await closed.text()}`);
  outcome = (await closed.json()) as WorkshopOutcome;
});

afterAll(() => cleanup.run());

describe('closing a werkatelier', () => {
  it('ranks on the server with ties as ties and counts every participant', () => {
    expect(outcome.participantCount).toBe(4);
    expect(outcome.ranking.map((i) => [i.code || i.text, i.score, i.rank, i.tied, i.voters])).toEqual([
      ['2.4', 5, 1, false, 2],
      ['2.5', 3, 2, true, 1],
      ['Een maatje voor elk gezin', 3, 2, true, 2],
      ['2.3', 2, 4, false, 1],
    ]);
    expect(outcome.cards.map((c) => [c.id, c.rowCode])).toEqual([
      ['voorstel-maatje', ''],
      ['zorg-1', '2.4'],
    ]);
  });

  it('lets participants go with 4410 and refuses their code and cookie from then on', async () => {
    await expect.poll(() => clients.map((c) => c.terminal?.code), POLL).toEqual(clients.map(() => CLOSE.workshopClosed.code));
    expect((await postJson(s, '/api/workshops/join', { code, name: 'Eva' }, null)).status).toBe(410);
    const again = connectWorkshop(s, `werkatelier-${workshopId}`, people[0]!.cookie);
    cleanup.add(() => again.destroy());
    await expect.poll(() => again.terminal?.code, POLL).toBe(CLOSE.notSignedIn.code);
    expect(s.registry.readDocument(`werkatelier-${workshopId}`, readWorkshop)!.settings.state).toBe('closed');
  });

  it('keeps the outcome frozen: GET answers it, a second close is refused', async () => {
    const response = await s.api(`/api/workshops/${workshopId}/outcome`);
    expect(await response.json()).toEqual(outcome);
    expect((await s.api(`/api/workshops/${workshopId}/close`, { method: 'POST' })).status).toBe(409);
    const info = (await (await s.api(`/api/workshops/${workshopId}`)).json()) as WorkshopInfo;
    expect(info.status).toBe('closed');
    expect(info.code).toBeUndefined();
    expect(info.joinUrl).toBeUndefined();
    expect(info.participantCount).toBe(4);
    expect(info.closedAt).toBe(outcome.closedAt);
  });

  it('exports an Excel file with the ranking and the cards', async () => {
    const response = await s.api(`/api/workshops/${workshopId}/export?format=xlsx`);
    expect(response.status).toBe(200);
    expect(decodeURIComponent(response.headers.get('content-disposition')!)).toMatch(/werkatelier-Avond in De Schouw-\d{4}-\d{2}-\d{2}\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const ranking = workbook.getWorksheet('Rangorde')!;
    expect(ranking.getRow(1).values).toEqual([undefined, 'Plaats', 'Gedeelde plaats', 'Code', 'Resultaat', 'Score', 'Stemmers']);
    expect([2, 3, 4, 5].map((r) => [ranking.getCell(r, 1).value, ranking.getCell(r, 2).value, ranking.getCell(r, 5).value])).toEqual([
      [1, 'nee', 5],
      [2, 'ja', 3],
      [2, 'ja', 3],
      [4, 'nee', 2],
    ]);
    const cards = workbook.getWorksheet('Kaarten')!;
    expect(cards.getRow(1).values).toEqual([undefined, 'Type', 'Bij rij', 'Tekst', 'Naam', 'Verwerking']);
    expect(cards.getCell(3, 4).value).toBe('Bert');
  });

  it('exports CSV for Dutch Excel: BOM, semicolons, CRLF, formulas defused', async () => {
    const response = await s.api(`/api/workshops/${workshopId}/export?format=csv`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Plaats;Gedeelde plaats;Code;Resultaat;Score;Stemmers');
    expect(lines[1]).toMatch(/^1;nee;2\.4;.+;5;2$/);
    expect(lines[2]).toMatch(/^2;ja;2\.5;/);
    expect(lines[5]).toBe('');
    expect(lines[6]).toBe('Type;Bij rij;Tekst;Naam;Verwerking');
    expect(lines[8]).toContain(`"'=SOM(A1) ""geldzorgen""; ook bij werkenden"`);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('exports a Word file', async () => {
    const response = await s.api(`/api/workshops/${workshopId}/export?format=docx`);
    expect(response.status).toBe(200);
    expect([...new Uint8Array(await response.arrayBuffer()).slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip
    expect((await s.api(`/api/workshops/${workshopId}/export?format=pdf`)).status).toBe(400);
  });

  it("compares with the ASD's top 10 by code", async () => {
    const rows = (await (await s.api(`/api/workshops/${workshopId}/compare?with=asd`)).json()) as ComparisonRow[];
    expect(rows.find((r) => r.code === '2.4')).toMatchObject({ workshopRank: 1, otherRank: 1 });
    expect(rows.find((r) => r.code === '2.5')).toMatchObject({ workshopRank: 2, otherRank: 7 });
    expect(rows.find((r) => r.code === '2.3')).toMatchObject({ workshopRank: 4, otherRank: null });
    expect(rows.filter((r) => r.workshopRank === null).map((r) => r.code)).toContain('3.10');
    expect((await s.api(`/api/workshops/${workshopId}/compare`)).status).toBe(400);
  });

  it('compares with another closed werkatelier of the same programme, and says why not otherwise', async () => {
    const compare = async (wid: string, other: string) => {
      const response = await s.api(`/api/workshops/${wid}/compare?with=${encodeURIComponent(other)}`);
      return { status: response.status, body: (await response.json()) as ComparisonRow[] & { error?: string } };
    };
    const second = await createWorkshop(s, PROGRAMME, { title: 'Tweede avond', scope: { kind: 'goal', rowId: 'g2' } });
    const elsewhere = await createWorkshop(s, 'kansengelijkheid', { title: 'Elders' });

    const stillOpen = await compare(workshopId, second.id);
    expect(stillOpen).toEqual({ status: 409, body: { error: 'Het werkatelier om mee te vergelijken is nog open. Vergelijken kan zodra de facilitator het sluit.' } });
    expect((await s.api(`/api/workshops/${second.id}/close`, { method: 'POST' })).status).toBe(200);
    expect((await s.api(`/api/workshops/${elsewhere.id}/close`, { method: 'POST' })).status).toBe(200);

    // Nobody voted on the second evening: every place of the first is only in the other list.
    const reversed = await compare(second.id, workshopId);
    expect(reversed.status).toBe(200);
    expect(reversed.body.map((r) => [r.code || r.text, r.workshopRank, r.otherRank])).toEqual([
      ['2.4', null, 1],
      ['2.5', null, 2],
      ['Een maatje voor elk gezin', null, 2],
      ['2.3', null, 4],
    ]);
    expect((await compare(workshopId, second.id)).body.map((r) => r.otherRank)).toEqual([null, null, null, null]);

    const unknown = { status: 404, body: { error: 'Het werkatelier om mee te vergelijken bestaat niet (meer) in dit programma.' } };
    expect(await compare(workshopId, elsewhere.id)).toEqual(unknown);
    expect(await compare(workshopId, 'raad')).toEqual(unknown);
    expect((await compare(workshopId, workshopId)).status).toBe(400);
  });

  it("turns a card into a change in the programme and reports it in the feedback", async () => {
    const redacteur = await s.createUser({ name: 'Rita Redacteur', grants: [{ scope: PROGRAMME, role: 'redacteur' }] });
    const lezer = await s.createUser({ name: 'Lies Lezer', grants: [{ scope: PROGRAMME, role: 'lezer' }] });
    const path = `/api/workshops/${workshopId}/cards/zorg-1/disposition`;
    const change = { action: 'verwerkt', rowId: R24, field: 'text', value: 'Ook werkende huishoudens met geldzorgen krijgen hulp.', note: 'Op voorstel van het werkatelier' };
    expect((await postJson(s, path, change, lezer.cookie)).status).toBe(403);
    expect((await postJson(s, path, { ...change, field: 'measurableFrom', rowId: 'g2' }, redacteur.cookie)).status).toBe(400);
    expect((await postJson(s, path, { action: 'niet-verwerkt', reason: ' ' }, redacteur.cookie)).status).toBe(400);
    const done = await postJson(s, path, change, redacteur.cookie);
    expect(done.status).toBe(200);
    const record = (await done.json()) as CardDispositionRecord;
    expect(record).toMatchObject({ cardId: 'zorg-1', by: { name: 'Rita Redacteur' }, disposition: change });

    const result = s.programme(PROGRAMME)!.goals[1]!.subGoals[1]!.results[0]!;
    expect(result.text).toBe(change.value);

    // A newRowId sent along is not believed: the server names the row it created.
    const added = await postJson(s, `/api/workshops/${workshopId}/cards/voorstel-maatje/disposition`, { action: 'nieuw-resultaat', rowId: 'g2-s2', note: '', newRowId: R23 });
    expect(added.status).toBe(200);
    const newRow = s.programme(PROGRAMME)!.goals[1]!.subGoals[1]!.results.find((r) => r.text === 'Een maatje voor elk gezin')!;
    expect(newRow.id).not.toBe(R23);
    expect(((await added.json()) as CardDispositionRecord).disposition).toEqual({ action: 'nieuw-resultaat', rowId: 'g2-s2', note: '', newRowId: newRow.id });
    expect((await postJson(s, `/api/workshops/${workshopId}/cards/bestaat-niet/disposition`, { action: 'niet-verwerkt', reason: 'x' })).status).toBe(404);

    const feedback = (await (await s.api(`/api/workshops/${workshopId}/feedback`, { cookie: lezer.cookie })).json()) as CardDispositionRecord[];
    expect(feedback.map((f) => [f.cardId, f.disposition.action])).toEqual([
      ['zorg-1', 'verwerkt'],
      ['voorstel-maatje', 'nieuw-resultaat'],
    ]);
    expect(feedback[1]!.disposition).toMatchObject({ newRowId: newRow.id });
    const csv = new TextDecoder().decode(await (await s.api(`/api/workshops/${workshopId}/export?format=csv`)).arrayBuffer());
    expect(csv).toContain('Verwerkt in de tabel: ""Ook werkende huishoudens met geldzorgen krijgen hulp."" (Op voorstel van het werkatelier)');
  });
});
