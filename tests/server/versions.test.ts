/**
 * A version frozen on a live server, then real clients edit, then the server restarts on the
 * same SQLite file: the version opens exactly as frozen and the diff names exactly the edits.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addRow, deleteRow, moveRow, setField, userOrigin } from '../../shared/doc/index.ts';
import type { ProgrammeDiff, VersionInfo } from '../../shared/history/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import type { TestClient } from '../helpers/test-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const DOC = 'gezond-samenleven';
const POLL = { timeout: 30_000, interval: 25 };
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

async function server(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const s = await startTestServer(options);
  cleanup.add(() => s.dispose());
  return s;
}

function client(s: TestServer, name: string): TestClient {
  const c = s.connect(DOC);
  c.awareness.setLocalStateField('user', { id: name.toLowerCase(), name, color: '#1f6feb' });
  cleanup.add(() => c.destroy());
  return c;
}

async function getJson<T>(s: TestServer, path: string): Promise<T> {
  const response = await s.api(`/api${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

describe('a named version across edits and a restart', () => {
  it('opens exactly as frozen, and the diff lists exactly the edits made since', async () => {
    const first = await server({ compactThreshold: 5 });
    const [anna, bram] = [client(first, 'Anna'), client(first, 'Bram')];
    await Promise.all([anna.whenSynced(), bram.whenSynced()]);
    setField(anna.doc, 'goal', 'g2', 'title', 'Titel zoals de raad hem vaststelde', userOrigin('anna'));
    await expect.poll(async () => (await first.fetchProgramme(DOC)).goals[1]!.title, POLL).toBe('Titel zoals de raad hem vaststelde');
    const frozen = await first.fetchProgramme(DOC);

    const created = await first.api(`/api/documents/${DOC}/versions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Raadsbesluit', status: 'raad-vastgesteld', date: '2024-09-26', documentNumber: '824720', note: '' }),
    });
    expect(created.status).toBe(201);
    const version = (await created.json()) as VersionInfo;

    // The four edits, by two people, after the freeze.
    const goal1 = frozen.goals[0]!;
    const subGoal = goal1.subGoals[0]!;
    setField(anna.doc, 'goalIndicator', goal1.indicators[1]!.id, 'target', 'Jongeren 80%', userOrigin('anna'));
    const addedId = addRow(bram.doc, 'activity', subGoal.results[1]!.id, userOrigin('bram'), { fields: { text: 'Sportakkoord uitvoeren', kind: 'new' } });
    const removed = subGoal.results[1]!.indicators[0]!;
    deleteRow(anna.doc, 'resultIndicator', removed.id, userOrigin('anna'));
    const lastResult = subGoal.results[subGoal.results.length - 1]!;
    moveRow(bram.doc, 'result', lastResult.id, null, userOrigin('bram'));
    // Also more edits than the compaction threshold, ending where they started.
    for (let n = 0; n < 8; n++) setField(anna.doc, 'goal', 'g3', 'societalEffect', `tussenstand ${n}`, userOrigin('anna'));
    setField(anna.doc, 'goal', 'g3', 'societalEffect', frozen.goals[2]!.societalEffect, userOrigin('anna'));

    await expect.poll(() => JSON.stringify(anna.programme()) === JSON.stringify(bram.programme()), POLL).toBe(true);
    const edited = anna.programme();
    await expect.poll(async () => JSON.stringify(await first.fetchProgramme(DOC)) === JSON.stringify(edited), POLL).toBe(true);
    expect(first.logs.some((e) => e.msg === 'log compacted')).toBe(true);
    anna.destroy();
    bram.destroy();
    await first.close();

    const second = await server({ dataDir: first.dataDir });

    expect(await getJson<Programme>(second, `/documents/${DOC}/versions/${version.id}`)).toEqual(frozen);
    expect(await getJson<VersionInfo[]>(second, `/documents/${DOC}/versions`)).toEqual([version]);
    expect(await second.fetchProgramme(DOC)).toEqual(edited);

    const diff = await getJson<ProgrammeDiff & { from: string; to: string }>(second, `/documents/${DOC}/diff?from=${version.id}&to=current`);
    const goalPath = { goalCode: goal1.code, subGoalTitle: null, resultCode: null };
    const resultPath = (code: string) => ({ goalCode: goal1.code, subGoalTitle: subGoal.title, resultCode: code });
    expect(diff).toEqual({
      from: version.id,
      to: 'current',
      changed: [
        {
          kind: 'goalIndicator',
          id: goal1.indicators[1]!.id,
          code: null,
          label: goal1.indicators[1]!.indicator,
          path: goalPath,
          field: 'target',
          old: goal1.indicators[1]!.target,
          new: 'Jongeren 80%',
        },
      ],
      added: [
        {
          kind: 'activity',
          id: addedId,
          code: null,
          label: 'Sportakkoord uitvoeren',
          path: resultPath(subGoal.results[1]!.code),
          parentId: subGoal.results[1]!.id,
          values: { text: 'Sportakkoord uitvoeren', kind: 'new' },
          withParent: false,
        },
      ],
      removed: [
        {
          kind: 'resultIndicator',
          id: removed.id,
          code: null,
          label: removed.text,
          path: resultPath(subGoal.results[1]!.code),
          parentId: subGoal.results[1]!.id,
          values: { text: removed.text },
          withParent: false,
        },
      ],
      moved: [
        {
          kind: 'result',
          id: lastResult.id,
          code: lastResult.code,
          label: lastResult.text,
          path: resultPath(lastResult.code),
          fromParentId: subGoal.id,
          toParentId: subGoal.id,
          fromPath: resultPath(lastResult.code),
          fromIndex: subGoal.results.length - 1,
          toIndex: 0,
          reparented: false,
        },
      ],
      meta: [],
    });

    // The other direction reads as the mirror image.
    const back = await getJson<ProgrammeDiff>(second, `/documents/${DOC}/diff?from=current&to=${version.id}`);
    expect(back.added.map((r) => r.id)).toEqual([removed.id]);
    expect(back.removed.map((r) => r.id)).toEqual([addedId]);
    expect(back.changed.map((c) => [c.old, c.new])).toEqual([['Jongeren 80%', goal1.indicators[1]!.target]]);
    expect(back.moved.map((m) => m.id)).toEqual([lastResult.id]);
  });

  it('takes the state from storage when nobody has the document open', async () => {
    const s = await server({ roomIdleMs: 0 });
    const c = client(s, 'Anna');
    await c.whenSynced();
    setField(c.doc, 'goal', 'g1', 'title', 'Opgeslagen zonder open kamer', userOrigin('anna'));
    await expect.poll(async () => (await s.fetchProgramme(DOC)).goals[0]!.title, POLL).toBe('Opgeslagen zonder open kamer');
    c.destroy();
    await expect.poll(() => s.registry.isLoaded(DOC), POLL).toBe(false);

    const created = await s.api(`/api/documents/${DOC}/versions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Jaarplan 2026', status: 'jaarplan', date: '2026-01-15', documentNumber: 'JP-2026' }),
    });
    const version = (await created.json()) as VersionInfo;
    expect(s.registry.isLoaded(DOC)).toBe(false);
    const opened = await getJson<Programme>(s, `/documents/${DOC}/versions/${version.id}`);
    expect(opened.goals[0]!.title).toBe('Opgeslagen zonder open kamer');
    expect(opened).toEqual(await s.fetchProgramme(DOC));
  });
});
