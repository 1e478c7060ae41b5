/**
 * A budget plan as a room over /sync, with real y-websocket clients: the same machinery as a
 * programme (access decided at the upgrade, an update policy before anything is stored), with
 * the budget's own rights: a financieel adviseur writes the money and not the links, a policy
 * officer (redacteur) the links and not the money, a beheerder both, a lezer nothing; crafted
 * updates close the socket; two colleagues see each other's cells live.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addBudgetRow, readBudgetPlan, setAmount } from '../../shared/doc/budget/index.ts';
import { userOrigin } from '../../shared/doc/index.ts';
import { CLOSE } from '../../shared/protocol.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { startTestServer, type TestServer, type TestUser } from '../helpers/test-server.ts';
import type { TestClient } from '../helpers/test-client.ts';
import { waitUntil } from '../helpers/wait.ts';

const POLL = { timeout: 15_000, interval: 20 };

let s: TestServer;
let id: string;
const users: Record<string, TestUser> = {};
const cleanup = new Cleanup();

const plan = () => s.registry.readDocument(id, readBudgetPlan)!;
const cell = (lineId: string, year: number) => plan().amounts.find((a) => a.lineId === lineId && a.year === year)?.value;

function connect(who: string): TestClient {
  const client = s.connect(id, { cookie: users[who]!.cookie, maxBackoffTime: 200 });
  cleanup.add(() => client.destroy());
  return client;
}

const ignored = (user: TestUser) => () => s.logs.some((e) => e.msg === 'update ignored' && e.user === user.id);

beforeAll(async () => {
  s = await startTestServer();
  const created = await s.api('/api/documents', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'budget', name: 'POK Rivierstad', municipality: 'Rivierstad', periodStart: 2023, periodEnd: 2026 }),
  });
  id = ((await created.json()) as { id: string }).id;
  for (const [who, role] of [
    ['adviseur', 'financieel-adviseur'],
    ['redacteur', 'redacteur'],
    ['lezer', 'lezer'],
    ['beheerder', 'beheerder'],
  ] as const) {
    users[who] = await s.createUser({ name: `Test ${who}`, grants: [{ scope: id, role }] });
  }
  users.geen = await s.createUser({ name: 'Test geen', grants: [{ scope: 'bestaanszekerheid', role: 'redacteur' }] });
  users.redacteur2 = await s.createUser({ name: 'Test redacteur 2', grants: [{ scope: id, role: 'redacteur' }] });
  // A line to work on, made by the adviseur.
  const client = connect('adviseur');
  await client.whenSynced();
  addBudgetRow(client.doc, 'budgetLine', { parentId: null, id: 'wijk', fields: { label: 'Wijkteams', ledger: 'FCL 6620100' } }, userOrigin(users.adviseur!.id));
  await waitUntil(() => plan().lines.length === 1, { what: 'the first line' });
  client.destroy();
});
afterAll(async () => {
  cleanup.run();
  await s?.dispose();
});

describe('budget plan rooms', () => {
  it('a financieel adviseur writes amounts; a colleague’s page sees them live', async () => {
    const a = connect('adviseur');
    const b = connect('beheerder');
    await Promise.all([a.whenSynced(), b.whenSynced()]);
    setAmount(a.doc, { lineId: 'wijk', year: 2023, soort: 'toegekend', value: 30_000_000 }, userOrigin(users.adviseur!.id));
    setAmount(b.doc, { lineId: 'wijk', year: 2024, soort: 'toegekend', value: 40_000_000 }, userOrigin(users.beheerder!.id));
    await expect.poll(() => [cell('wijk', 2023), cell('wijk', 2024)], POLL).toEqual([30_000_000, 40_000_000]);
    const seen = (doc: Y.Doc) => readBudgetPlan(doc).amounts.map((x) => x.value).sort((p, q) => p - q);
    await expect.poll(() => seen(a.doc), POLL).toEqual([30_000_000, 40_000_000]);
    await expect.poll(() => seen(b.doc), POLL).toEqual([30_000_000, 40_000_000]);
  });

  it('a financieel adviseur cannot link a line to a result: dropped, the socket stays', async () => {
    const a = connect('adviseur');
    await a.whenSynced();
    addBudgetRow(a.doc, 'budgetLink', { parentId: 'wijk', fields: { programmeId: 'bestaanszekerheid', rowId: 'r1', rowKind: 'result' } }, userOrigin(users.adviseur!.id));
    await expect.poll(ignored(users.adviseur!), POLL).toBe(true);
    expect(plan().links).toEqual([]);
    expect(a.terminal).toBeNull();
  });

  it('a policy officer links a line to a result, but cannot change its amounts', async () => {
    const linker = connect('redacteur');
    await linker.whenSynced();
    addBudgetRow(linker.doc, 'budgetLink', { parentId: 'wijk', fields: { programmeId: 'bestaanszekerheid', rowId: 'r-wijkteam', rowKind: 'result', basisPoints: 6000 } }, userOrigin(users.redacteur!.id));
    await expect.poll(() => plan().links.map((l) => l.rowId), POLL).toEqual(['r-wijkteam']);
    // Another page of a policy officer: updates of one client build on each other, so the
    // refused write is made on its own.
    const other = connect('redacteur2');
    await other.whenSynced();
    setAmount(other.doc, { lineId: 'wijk', year: 2023, soort: 'toegekend', value: 1 }, userOrigin(users.redacteur2!.id));
    await expect.poll(ignored(users.redacteur2!), POLL).toBe(true);
    expect(cell('wijk', 2023)).toBe(30_000_000);
  });

  it('a lezer writes nothing; without a role no socket at all', async () => {
    const reader = connect('lezer');
    await reader.whenSynced();
    setAmount(reader.doc, { lineId: 'wijk', year: 2025, soort: 'besteed', value: 5 }, userOrigin(users.lezer!.id));
    await expect.poll(ignored(users.lezer!), POLL).toBe(true);
    expect(cell('wijk', 2025)).toBeUndefined();
    const stranger = connect('geen');
    await expect.poll(() => stranger.terminal?.code, POLL).toBe(CLOSE.forbidden.code);
  });

  it('closes a socket that writes the meta, a value the layout refuses, or an unknown root (4422), and stores none of it', async () => {
    const attempts: ((doc: Y.Doc) => void)[] = [
      (doc) => doc.getMap('budget:meta').set('name', 'Overgenomen'),
      (doc) => doc.getMap('budget:amounts').set('wijk|2023|besteed', 12.5),
      (doc) => doc.getMap('budget:amounts').set('wijk|20xx|besteed', 1),
      (doc) => doc.getMap('rows:goal').set('x', new Y.Map()),
    ];
    for (const attempt of attempts) {
      const a = connect('adviseur');
      await a.whenSynced();
      attempt(a.doc);
      await expect.poll(() => a.terminal?.code, POLL).toBe(CLOSE.updateRejected.code);
    }
    const read = plan();
    expect(read.name).toBe('POK Rivierstad');
    expect(read.amounts.map((x) => x.value).sort((p, q) => p - q)).toEqual([30_000_000, 40_000_000]);
  });

  it('refuses a wipe: many lines of several themes in one update', async () => {
    const a = connect('beheerder');
    await a.whenSynced();
    const origin = userOrigin(users.beheerder!.id);
    for (let t = 0; t < 3; t++) {
      const theme = addBudgetRow(a.doc, 'budgetLine', { parentId: null, id: `thema-${t}`, fields: { label: `Thema ${t}` } }, origin);
      for (let i = 0; i < 12; i++) addBudgetRow(a.doc, 'budgetLine', { parentId: theme, fields: { label: `Regel ${t}.${i}` } }, origin);
    }
    await expect.poll(() => plan().lines.length, POLL).toBe(1 + 3 * 13);
    const wiper = connect('beheerder');
    await wiper.whenSynced();
    const lines = wiper.doc.getMap('budget:lines');
    wiper.doc.transact(() => {
      for (const key of [...lines.keys()]) if (key !== 'wijk') lines.delete(key);
    });
    await expect.poll(() => wiper.terminal?.code, POLL).toBe(CLOSE.updateRejected.code);
    expect(plan().lines.length).toBe(1 + 3 * 13);
  });
});
