/**
 * Cell history recorded by the server from real clients: attributed to the signed-in user of
 * each connection (never to what a client says about itself), kept through compaction and a
 * restart, newest first.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addRow, deleteRow, setField, userOrigin } from '../../shared/doc/index.ts';
import type { HistoryEntry } from '../../shared/history/index.ts';
import { seedProgrammeById } from '../../shared/seed/programmes.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import type { TestClient } from '../helpers/test-client.ts';
import { startTestServer, type TestServer, type TestUser } from '../helpers/test-server.ts';

const DOC = 'kansengelijkheid';
const POLL = { timeout: 30_000, interval: 25 };
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

async function server(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const s = await startTestServer(options);
  cleanup.add(() => s.dispose());
  return s;
}

function client(s: TestServer, user: TestUser, shownAs?: { id: string; name: string }): TestClient {
  const c = s.connect(DOC, { cookie: user.cookie });
  if (shownAs) c.awareness.setLocalStateField('user', { ...shownAs, color: '#0b7285' });
  cleanup.add(() => c.destroy());
  return c;
}

const editor = (s: TestServer, name: string) => s.createUser({ name, grants: [{ scope: DOC, role: 'redacteur' }] });

async function history(s: TestServer, query: string): Promise<HistoryEntry[]> {
  const response = await s.api(`/api/documents/${DOC}/history?${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as HistoryEntry[];
}

const changeOf = (e: HistoryEntry) => [e.action, e.old, e.new, e.userName];

describe('cell history', () => {
  it('names who changed a cell, from what to what, through compaction and a restart', async () => {
    const first = await server({ compactThreshold: 4, roomIdleMs: 0 });
    const fatimaUser = await editor(first, 'Fatima El Amrani');
    const willemUser = await editor(first, 'Willem de Boer');
    const fatima = client(first, fatimaUser);
    const willem = client(first, willemUser);
    await Promise.all([fatima.whenSynced(), willem.whenSynced()]);
    const seededTitle = seedProgrammeById(DOC)!.goals[0]!.title;

    const startedAt = new Date().toISOString();
    setField(fatima.doc, 'goal', 'g1', 'title', 'Eerste herschrijving', userOrigin('fatima'));
    await expect.poll(() => willem.programme().goals[0]!.title, POLL).toBe('Eerste herschrijving');
    setField(willem.doc, 'goal', 'g1', 'title', 'Tweede herschrijving', userOrigin('willem'));
    await expect.poll(() => fatima.programme().goals[0]!.title, POLL).toBe('Tweede herschrijving');
    setField(fatima.doc, 'goal', 'g1', 'title', 'Derde herschrijving', userOrigin('fatima'));
    const added = addRow(willem.doc, 'activity', 'g1-s1', userOrigin('willem'), { fields: { text: 'Huiswerkbegeleiding', kind: 'new' } });
    setField(willem.doc, 'activity', added, 'text', 'Huiswerkbegeleiding op school', userOrigin('willem'));
    deleteRow(fatima.doc, 'goalIndicator', 'g1-i1', userOrigin('fatima'));
    await expect.poll(() => first.programme(DOC)?.goals[0]!.indicators.some((i) => i.id === 'g1-i1'), POLL).toBe(false);
    await expect.poll(() => first.programme(DOC)?.goals[0]!.title, POLL).toBe('Derde herschrijving');
    // Compaction runs in a turn of its own after the batch that made it due (room.ts).
    await expect.poll(() => first.logs.filter((e) => e.msg === 'log compacted').length, POLL).toBeGreaterThan(0);

    fatima.destroy();
    willem.destroy();
    await expect.poll(() => first.registry.isLoaded(DOC), POLL).toBe(false);
    expect(first.store.countUpdates(DOC)).toBe(1);
    await first.close();
    const second = await server({ dataDir: first.dataDir });

    const title = await history(second, 'rowId=g1&field=title');
    expect(title.map(changeOf)).toEqual([
      ['set', 'Tweede herschrijving', 'Derde herschrijving', 'Fatima El Amrani'],
      ['set', 'Eerste herschrijving', 'Tweede herschrijving', 'Willem de Boer'],
      ['set', seededTitle, 'Eerste herschrijving', 'Fatima El Amrani'],
    ]);
    expect(title.map((e) => e.userId)).toEqual([fatimaUser.id, willemUser.id, fatimaUser.id]);
    const times = title.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(times.every((t) => t >= startedAt && t <= new Date().toISOString())).toBe(true);

    const activity = await history(second, `rowId=${added}&field=text`);
    expect(activity.map(changeOf)).toEqual([
      ['set', 'Huiswerkbegeleiding', 'Huiswerkbegeleiding op school', 'Willem de Boer'],
      ['add', null, { parentId: 'g1-s1', text: 'Huiswerkbegeleiding', kind: 'new' }, 'Willem de Boer'],
    ]);

    const removedIndicator = await history(second, 'rowId=g1-i1');
    expect(removedIndicator).toHaveLength(1);
    expect(removedIndicator[0]).toMatchObject({
      action: 'remove',
      kind: 'goalIndicator',
      userName: 'Fatima El Amrani',
      old: { parentId: 'g1', indicator: seedProgrammeById(DOC)!.goals[0]!.indicators[0]!.indicator },
    });

    const everything = await history(second, '');
    expect(everything.map((e) => e.seq)).toEqual([...everything.map((e) => e.seq)].sort((a, b) => b - a));
    expect(everything).toHaveLength(6);
  });

  it('shows a person typing in a cell as one change, from the value before to the last one typed, and a colleague\'s change after it as its own', async () => {
    const s = await server();
    const fatima = client(s, await editor(s, 'Fatima El Amrani'));
    const willem = client(s, await editor(s, 'Willem de Boer'));
    await Promise.all([fatima.whenSynced(), willem.whenSynced()]);
    const seededTitle = seedProgrammeById(DOC)!.goals[0]!.title;

    // Each keystroke a change of its own, stored and relayed before the next one.
    for (const typed of ['A', 'Ar', 'Arm', 'Armoede']) {
      setField(fatima.doc, 'goal', 'g1', 'title', typed, userOrigin('fatima'));
      await expect.poll(() => willem.programme().goals[0]!.title, POLL).toBe(typed);
    }
    setField(willem.doc, 'goal', 'g1', 'title', 'Armoede halveren', userOrigin('willem'));
    await expect.poll(() => fatima.programme().goals[0]!.title, POLL).toBe('Armoede halveren');
    for (const typed of ['Armoede halveren.', 'Armoede halveren in 2028']) {
      setField(fatima.doc, 'goal', 'g1', 'title', typed, userOrigin('fatima'));
      await expect.poll(() => willem.programme().goals[0]!.title, POLL).toBe(typed);
    }

    expect((await history(s, 'rowId=g1&field=title')).map(changeOf)).toEqual([
      ['set', 'Armoede halveren', 'Armoede halveren in 2028', 'Fatima El Amrani'],
      ['set', 'Armoede', 'Armoede halveren', 'Willem de Boer'],
      ['set', seededTitle, 'Armoede', 'Fatima El Amrani'],
    ]);
  });

  it('records an edit under the signed-in user whatever awareness says, and a restore under the requester whatever headers say', async () => {
    const s = await server();
    const ahmed = await editor(s, 'Ahmed Yilmaz');
    const sanne = await editor(s, 'Sanne Ünal');
    const pretender = client(s, ahmed, { id: 'sanne', name: 'Sanne Ünal' });
    await pretender.whenSynced();
    const response = await s.api(`/api/documents/${DOC}/versions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Concept', status: 'concept', date: '2025-01-10' }),
    });
    const { id: versionId } = (await response.json()) as { id: string };
    setField(pretender.doc, 'goal', 'g2', 'code', '2b', userOrigin('sanne', 'Sanne Ünal'));
    await expect.poll(async () => (await history(s, 'rowId=g2&field=code')).length, POLL).toBe(1);
    expect((await history(s, 'rowId=g2&field=code'))[0]).toMatchObject({ userId: ahmed.id, userName: 'Ahmed Yilmaz' });

    const restored = await s.api(`/api/documents/${DOC}/restore`, {
      method: 'POST',
      cookie: sanne.cookie,
      headers: { 'content-type': 'application/json', 'x-koers-user-id': 'ahmed', 'x-koers-user-name': encodeURIComponent('Ahmed Yilmaz') },
      body: JSON.stringify({ versionId, scope: 'cell', kind: 'goal', rowId: 'g2', field: 'code' }),
    });
    expect(restored.status).toBe(200);
    const entries = await history(s, 'rowId=g2&field=code');
    expect(entries.map(changeOf)).toEqual([
      ['set', '2b', seedProgrammeById(DOC)!.goals[1]!.number.toString(), 'Sanne Ünal'],
      ['set', seedProgrammeById(DOC)!.goals[1]!.number.toString(), '2b', 'Ahmed Yilmaz'],
    ]);
    expect((await history(s, 'rowId=g2&field=code'))[0]!.userId).toBe(sanne.id);
  });
});
