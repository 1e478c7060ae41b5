/**
 * A new programme as a copy of another (issue 12: "the next period, or the jaarplan 2027"), over
 * real HTTP: now or as frozen in a version, with every row and the same order, with the source's
 * wording settings but its own name, municipality, period and headers; the source is untouched
 * and the copy is edited on its own. Bad sources are refused with a Dutch 400 naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setField, userOrigin } from '../../shared/doc/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const json = (body: unknown, method = 'POST') => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const NEXT = { name: 'Bestaanszekerheid 2029-2032', municipality: 'Dronten', periodStart: 2029, periodEnd: 2032 };

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.dispose());

async function create(body: unknown): Promise<Response> {
  return s.api('/api/documents', json(body));
}

/** The rows as a copy should have them: everything but the programme's own identity. */
function rowsOf(p: Programme): unknown {
  return { goals: p.goals, priorities: p.priorities };
}

describe('a programme as a copy of another', () => {
  it('copies the current state: every row, in order, with its own name, period and headers', async () => {
    await s.api('/api/documents/bestaanszekerheid/settings', json({ advisoryBody: 'Adviesraad Sociaal Domein Dronten' }, 'PATCH'));
    const response = await create({ ...NEXT, copyOf: 'bestaanszekerheid' });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const [source, copy] = [await s.fetchProgramme('bestaanszekerheid'), await s.fetchProgramme(id)];
    expect(copy).toMatchObject({ id, name: NEXT.name, municipality: 'Dronten', period: '2029-2032', documentNumber: '' });
    expect(rowsOf(copy)).toEqual(rowsOf(source));
    expect(copy.priorities).toHaveLength(10);
    const settings = (await (await s.api(`/api/documents/${id}/settings`)).json()) as Record<string, unknown>;
    expect(settings).toMatchObject({ periodStart: 2029, periodEnd: 2032, baselineHeader: 'Nulmeting 2029', targetHeader: 'Streefwaarde 2032', advisoryBody: 'Adviesraad Sociaal Domein Dronten' });
  });

  it('copies a version as it was frozen, not the edits made since', async () => {
    const taken = await s.api('/api/documents/kansengelijkheid/versions', json({ name: 'Concept voor de raad', status: 'concept', date: '2025-03-13' }));
    expect(taken.status).toBe(201);
    const version = ((await taken.json()) as { id: string }).id;
    const frozen = await s.fetchProgramme('kansengelijkheid');
    const c = s.connect('kansengelijkheid');
    await c.whenSynced();
    setField(c.doc, 'goal', 'g1', 'title', 'Na de versie gewijzigd', userOrigin('anna', 'Anna'));
    await expect.poll(async () => (await s.fetchProgramme('kansengelijkheid')).goals[0]!.title).toBe('Na de versie gewijzigd');

    const response = await create({ ...NEXT, name: 'Jaarplan Kansengelijkheid 2027', periodStart: 2027, periodEnd: 2027, copyOf: 'kansengelijkheid', version });
    expect(response.status).toBe(201);
    const copy = await s.fetchProgramme(((await response.json()) as { id: string }).id);
    expect(rowsOf(copy)).toEqual(rowsOf(frozen));
    expect(copy.goals[0]!.title).not.toBe('Na de versie gewijzigd');
    c.destroy();
  });

  it.each([
    [{ ...NEXT, copyOf: 'bestaat-niet' }, 'copyOf', 'bestaat niet'],
    [{ ...NEXT, copyOf: 42 }, 'copyOf', 'bestaat niet'],
    [{ ...NEXT, copyOf: 'gezond-samenleven', version: 'v-onbekend' }, 'version', 'versie'],
  ])('refuses a source that is not there with a Dutch 400 naming the field (%j)', async (body, field, words) => {
    const before = s.store.listDocuments().length;
    const response = await create(body);
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { error: string; field: string };
    expect(answer.field).toBe(field);
    expect(answer.error).toContain(words);
    expect(s.store.listDocuments().length).toBe(before);
  });
});
