/**
 * Restore through the API with real clients connected: the restore is one new change that
 * reaches every client, is stored like any edit, and can itself be reversed by restoring the
 * version taken before it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addRow, deleteRow, moveRow, setField, userOrigin } from '../../shared/doc/index.ts';
import type { ProgrammeDiff, VersionInfo } from '../../shared/history/index.ts';
import type { RestoreSummary } from '../../shared/doc/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import type { TestClient } from '../helpers/test-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const DOC = 'bestaanszekerheid';
const POLL = { timeout: 30_000, interval: 25 };
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

async function server(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const s = await startTestServer(options);
  cleanup.add(() => s.dispose());
  return s;
}

function client(s: TestServer): TestClient {
  const c = s.connect(DOC);
  cleanup.add(() => c.destroy());
  return c;
}

async function post<T>(s: TestServer, path: string, body: unknown): Promise<{ status: number; body: T }> {
  const response = await s.api(`/api/documents/${DOC}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

async function freeze(s: TestServer, name: string): Promise<VersionInfo> {
  const created = await post<VersionInfo>(s, '/versions', { name, status: 'concept', date: '2025-03-01' });
  expect(created.status).toBe(201);
  return created.body;
}

type Outcome = { summary: RestoreSummary; diff: ProgrammeDiff };

/** Both clients and the server show the same programme. */
async function converged(s: TestServer, clients: TestClient[]): Promise<Programme> {
  await expect
    .poll(async () => {
      const server = JSON.stringify(await s.fetchProgramme(DOC));
      return clients.every((c) => JSON.stringify(c.programme()) === server);
    }, POLL)
    .toBe(true);
  return s.fetchProgramme(DOC);
}

describe('restore from a version', () => {
  it('restores a cell, then a row, then the whole programme, on every client', async () => {
    const s = await server();
    const [a, b] = [client(s), client(s)];
    await Promise.all([a.whenSynced(), b.whenSynced()]);
    const version = await freeze(s, 'Vastgesteld');
    const frozen = await s.fetchProgramme(DOC);

    setField(a.doc, 'goal', 'g1', 'title', 'Door A herschreven', userOrigin('a'));
    setField(a.doc, 'goal', 'g2', 'title', 'Ook door A herschreven', userOrigin('a'));
    deleteRow(b.doc, 'result', 'g1-s2-r4', userOrigin('b')); // with its two indicators
    moveRow(b.doc, 'goal', 'g3', null, userOrigin('b'));
    addRow(a.doc, 'goalIndicator', 'g2', userOrigin('a'), { fields: { indicator: 'Nieuwe indicator' } });
    await converged(s, [a, b]);

    // Cell: only g1's title comes back.
    const cell = await post<Outcome>(s, '/restore', { versionId: version.id, scope: 'cell', kind: 'goal', rowId: 'g1', field: 'title' });
    expect(cell.status).toBe(200);
    expect(cell.body.diff.changed.map((c) => [c.id, c.field, c.old, c.new])).toEqual([['g1', 'title', 'Door A herschreven', frozen.goals[0]!.title]]);
    let now = await converged(s, [a, b]);
    expect(now.goals.find((g) => g.id === 'g1')!.title).toBe(frozen.goals[0]!.title);
    expect(now.goals.find((g) => g.id === 'g2')!.title).toBe('Ook door A herschreven');

    // Row: the removed result returns with its indicators, at its old place.
    const row = await post<Outcome>(s, '/restore', { versionId: version.id, scope: 'row', kind: 'result', rowId: 'g1-s2-r4' });
    expect(row.body.summary.added).toEqual(['g1-s2-r4', 'g1-s2-r4-i1', 'g1-s2-r4-i2']);
    now = await converged(s, [a, b]);
    const results = now.goals.find((g) => g.id === 'g1')!.subGoals[1]!.results;
    expect(results).toEqual(frozen.goals[0]!.subGoals[1]!.results);

    // Programme: everything as frozen, the new indicator gone, g3 back in its place.
    const all = await post<Outcome>(s, '/restore', { versionId: version.id, scope: 'programme' });
    expect(all.body.summary).toMatchObject({ cells: 1, moved: ['g3'] });
    expect(all.body.diff.removed.map((r) => r.label)).toEqual(['Nieuwe indicator']);
    expect(await converged(s, [a, b])).toEqual(frozen);

    // A client edits right after; the restore did not freeze anything.
    setField(b.doc, 'goal', 'g4', 'title', 'Na het terugzetten', userOrigin('b'));
    expect((await converged(s, [a, b])).goals[3]!.title).toBe('Na het terugzetten');
  });

  it('is reversed by restoring the version taken just before it, and survives a restart', async () => {
    const s = await server();
    const a = client(s);
    await a.whenSynced();
    const adopted = await freeze(s, 'Vastgesteld');
    setField(a.doc, 'subGoal', 'g2-s1', 'title', 'Later werk', userOrigin('a'));
    deleteRow(a.doc, 'goal', 'g4', userOrigin('a'));
    const later = await converged(s, [a]);

    const safety = await freeze(s, 'Voor het terugzetten');
    await post<Outcome>(s, '/restore', { versionId: adopted.id, scope: 'programme' });
    await converged(s, [a]);
    const undo = await post<Outcome>(s, '/restore', { versionId: safety.id, scope: 'programme' });
    expect(undo.status).toBe(200);
    expect(await converged(s, [a])).toEqual(later);

    a.destroy();
    await s.close();
    const again = await server({ dataDir: s.dataDir });
    expect(await again.fetchProgramme(DOC)).toEqual(later);
  });

  it('restores a document nobody has open, and the next client gets it', async () => {
    const s = await server({ roomIdleMs: 0 });
    const version = await freeze(s, 'Vastgesteld');
    const frozen = await s.fetchProgramme(DOC);
    const a = client(s);
    await a.whenSynced();
    setField(a.doc, 'goal', 'g1', 'code', '1x', userOrigin('a'));
    await converged(s, [a]);
    a.destroy();
    await expect.poll(() => s.registry.isLoaded(DOC), POLL).toBe(false);

    const restored = await post<Outcome>(s, '/restore', { versionId: version.id, scope: 'programme' });
    expect(restored.body.summary.cells).toBe(1);
    expect(await s.fetchProgramme(DOC)).toEqual(frozen);
    const b = client(s);
    await b.whenSynced();
    expect(b.programme()).toEqual(frozen);
  });
});
