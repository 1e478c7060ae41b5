/**
 * The versions API against a real server (port 0, SQLite in a temp folder): the happy path
 * once, then every kind of bad input with its status and Dutch message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION_STATUSES, type VersionInfo } from '../../shared/history/index.ts';
import { NOT_FOUND_DOCUMENT } from '../../server/http/api-routes.ts';
import { MISSING_FROM, NOT_FOUND_VERSION, VERSION_IMMUTABLE } from '../../server/http/version-routes.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const DOC = 'bestaanszekerheid';
let server: TestServer;
let version: VersionInfo;
let jeroen: { id: string; cookie: string };

const validInput = {
  name: 'Concept voor ASD',
  status: 'concept',
  date: '2025-02-13',
  documentNumber: '',
  note: 'Ter advisering aan de ASD',
};

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}, cookie?: string) {
  const response = await server.api(`/api${path}`, {
    method,
    cookie,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  server = await startTestServer();
  jeroen = await server.createUser({ name: 'Jeroen Dĳkstra', grants: [{ scope: DOC, role: 'redacteur' }] });
  const created = await call('POST', `/documents/${DOC}/versions`, validInput, {}, jeroen.cookie);
  expect(created.status).toBe(201);
  version = created.body as unknown as VersionInfo;
});

afterAll(() => server?.dispose());

describe('versions API', () => {
  it('creates a version with its metadata and author, and lists it', async () => {
    expect(version).toEqual({
      ...validInput,
      id: expect.any(String),
      documentId: DOC,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      createdBy: { id: jeroen.id, name: 'Jeroen Dĳkstra' },
    });
    const list = await call('GET', `/documents/${DOC}/versions`);
    expect(list.status).toBe(200);
    expect(list.body).toEqual([version]);
    const opened = await call('GET', `/documents/${DOC}/versions/${version.id}`);
    expect(opened.body).toEqual(await server.fetchProgramme(DOC));
  });

  it.each([
    ['no name', { ...validInput, name: '  ' }, 'name', /"name"/],
    ['a status that does not exist', { ...validInput, status: 'definitief' }, 'status', /"status".*concept, asd-advies/],
    ['a date in another format', { ...validInput, date: '13-02-2025' }, 'date', /"date".*jjjj-mm-dd/],
    ['a date that does not exist', { ...validInput, date: '2025-02-29' }, 'date', /"date"/],
    ['a document number that is not text', { ...validInput, documentNumber: 824735 }, 'documentNumber', /"documentNumber"/],
    ['a note that is not text', { ...validInput, note: ['a'] }, 'note', /"note"/],
    ['an array instead of an object', [validInput], 'body', /JSON-object/],
  ])('refuses %s with 400 naming the field', async (_what, body, field, message) => {
    const response = await call('POST', `/documents/${DOC}/versions`, body);
    expect(response.status).toBe(400);
    expect(response.body.field).toBe(field);
    expect(response.body.error).toMatch(message);
  });

  it('accepts every listed status', async () => {
    for (const status of VERSION_STATUSES) {
      const response = await call('POST', `/documents/kansengelijkheid/versions`, { ...validInput, status });
      expect(response.status).toBe(201);
    }
    const list = await call('GET', '/documents/kansengelijkheid/versions');
    expect((list.body as unknown as VersionInfo[]).map((v) => v.status)).toEqual([...VERSION_STATUSES].reverse());
  });

  it('refuses a body that is not JSON', async () => {
    const response = await call('POST', `/documents/${DOC}/versions`, '{name: "x"');
    expect(response.status).toBe(400);
    expect(response.body.error).toMatch(/geen geldige JSON/);
  });

  it('answers 404 in Dutch for unknown documents and versions', async () => {
    for (const [method, path] of [
      ['GET', '/documents/bestaat-niet/versions'],
      ['GET', '/documents/bestaat-niet/versions/x'],
      ['GET', '/documents/bestaat-niet/diff?from=current'],
      ['GET', '/documents/bestaat-niet/history'],
    ] as const) {
      const response = await call(method, path);
      expect(response.status, path).toBe(404);
      expect(response.body).toEqual({ error: NOT_FOUND_DOCUMENT });
    }
    expect(await call('POST', '/documents/bestaat-niet/versions', validInput)).toMatchObject({ status: 404, body: { error: NOT_FOUND_DOCUMENT } });
    expect(await call('GET', `/documents/${DOC}/versions/00000000-0000-4000-8000-000000000000`)).toMatchObject({
      status: 404,
      body: { error: NOT_FOUND_VERSION },
    });
    // A version exists under its own programme only.
    expect((await call('GET', `/documents/kansengelijkheid/versions/${version.id}`)).status).toBe(404);
  });

  it('answers 405 to every attempt to change or delete a version', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST']) {
      const response = await call(method, `/documents/${DOC}/versions/${version.id}`, method === 'DELETE' ? undefined : { name: 'Anders' });
      expect(response.status, method).toBe(405);
      expect(response.body).toEqual({ error: VERSION_IMMUTABLE });
      expect(response.headers.get('allow')).toBe('GET');
    }
    expect((await call('DELETE', `/documents/${DOC}/versions`)).status).toBe(405);
    const opened = await call('GET', `/documents/${DOC}/versions`);
    expect(opened.body).toEqual([version]);
  });

  it('checks the diff query', async () => {
    expect(await call('GET', `/documents/${DOC}/diff`)).toMatchObject({ status: 400, body: { error: MISSING_FROM, field: 'from' } });
    expect(await call('GET', `/documents/${DOC}/diff?from=nope`)).toMatchObject({ status: 404, body: { field: 'from' } });
    expect(await call('GET', `/documents/${DOC}/diff?from=${version.id}&to=nope`)).toMatchObject({ status: 404, body: { field: 'to' } });
    const same = await call('GET', `/documents/${DOC}/diff?from=${version.id}`);
    expect(same).toMatchObject({ status: 200, body: { from: version.id, to: 'current', added: [], removed: [], moved: [], changed: [], meta: [] } });
  });

  it('checks a restore request', async () => {
    const restore = (body: unknown) => call('POST', `/documents/${DOC}/restore`, body);
    expect(await restore({ scope: 'programme' })).toMatchObject({ status: 400, body: { field: 'versionId' } });
    expect(await restore({ versionId: version.id, scope: 'alles' })).toMatchObject({ status: 400, body: { field: 'scope' } });
    expect(await restore({ versionId: version.id, scope: 'row', kind: 'doel', rowId: 'g1' })).toMatchObject({ status: 400, body: { field: 'kind' } });
    expect(await restore({ versionId: version.id, scope: 'row', kind: 'goal' })).toMatchObject({ status: 400, body: { field: 'rowId' } });
    expect(await restore({ versionId: version.id, scope: 'cell', kind: 'goal', rowId: 'g1', field: 'target' })).toMatchObject({
      status: 400,
      body: { field: 'field' },
    });
    expect(await restore({ versionId: 'nope', scope: 'programme' })).toMatchObject({ status: 404, body: { error: NOT_FOUND_VERSION } });
    const missingRow = await restore({ versionId: version.id, scope: 'row', kind: 'goal', rowId: 'g99' });
    expect(missingRow.status).toBe(409);
    expect(missingRow.body.error).toMatch(/bestond nog niet in die versie/);
  });

  it('checks the history query', async () => {
    expect(await call('GET', `/documents/${DOC}/history?limit=0`)).toMatchObject({ status: 400, body: { field: 'limit' } });
    expect(await call('GET', `/documents/${DOC}/history?limit=abc`)).toMatchObject({ status: 400, body: { field: 'limit' } });
    expect(await call('GET', `/documents/${DOC}/history?rowId=g1&field=title`)).toMatchObject({ status: 200, body: [] });
  });
});
