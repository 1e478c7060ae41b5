/**
 * New programmes, their settings and archiving over real HTTP and real y-websocket clients:
 * create (and the bad input, rights and Origin around it), settings that reach an open page
 * at once, and an archived programme that refuses every write over REST and /sync but still
 * reads and exports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArchiveMark, readSettings } from '../../shared/doc/index.ts';
import { startTestServer, type TestServer, type TestUser } from '../helpers/test-server.ts';

const POLL = { timeout: 15_000, interval: 20 };
const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
const patch = (body: unknown) => ({ ...json(body), method: 'PATCH' });
const NEW = { name: 'Sociaal Domein Zeewolde', municipality: 'Zeewolde', periodStart: 2027, periodEnd: 2030 };

let s: TestServer;
let redacteur: TestUser;
let scopedBeheerder: TestUser;

beforeAll(async () => {
  s = await startTestServer();
  redacteur = await s.createUser({ name: 'Rita Redacteur', grants: [{ scope: '*', role: 'redacteur' }] });
  scopedBeheerder = await s.createUser({ name: 'Bert Beheerder', grants: [{ scope: 'bestaanszekerheid', role: 'beheerder' }] });
});
afterAll(() => s?.dispose());

async function create(body: unknown = NEW): Promise<string> {
  const response = await s.api('/api/documents', json(body));
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

describe('POST /api/documents', () => {
  it('creates a blank programme with a unique slug, listed with its municipality and period', async () => {
    const first = await create();
    const second = await create();
    expect(first).toBe('sociaal-domein-zeewolde');
    expect(second).toBe('sociaal-domein-zeewolde-2');
    const programme = await s.fetchProgramme(first);
    expect(programme).toMatchObject({ id: first, name: NEW.name, municipality: 'Zeewolde', period: '2027-2030', goals: [] });
    const list = (await (await s.api('/api/documents')).json()) as Array<{ id: string; municipality: string; archived: boolean }>;
    expect(list.find((d) => d.id === first)).toMatchObject({ municipality: 'Zeewolde', archived: false });
    const settings = (await (await s.api(`/api/documents/${first}/settings`)).json()) as Record<string, unknown>;
    expect(settings).toMatchObject({ periodStart: 2027, periodEnd: 2030, baselineHeader: 'Nulmeting 2027', targetHeader: 'Streefwaarde 2030' });
  });

  it.each([
    [{ ...NEW, name: '  ' }, 'name'],
    [{ ...NEW, municipality: '' }, 'municipality'],
    [{ ...NEW, periodStart: 27 }, 'periodStart'],
    [{ ...NEW, periodEnd: '20301' }, 'periodEnd'],
    [{ ...NEW, periodStart: 2030, periodEnd: 2027 }, 'periodEnd'],
    [{ ...NEW, periodStart: 2025, periodEnd: 2036 }, 'periodEnd'],
  ])('refuses bad input with a Dutch 400 naming the field (%j)', async (body, field) => {
    const before = s.store.listDocuments().length;
    const response = await s.api('/api/documents', json(body));
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { error: string; field: string };
    expect(answer.field).toBe(field);
    expect(answer.error).toMatch(/^[A-Z].*\.$/);
    expect(s.store.listDocuments().length).toBe(before);
  });

  it('is for a beheerder of all programmes only', async () => {
    const before = s.store.listDocuments().length;
    for (const user of [redacteur, scopedBeheerder]) {
      const response = await s.api('/api/documents', { ...json(NEW), cookie: user.cookie });
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: string }).error).toContain('beheerder');
    }
    expect((await s.api('/api/documents', { ...json(NEW), cookie: null })).status).toBe(401);
    expect(s.store.listDocuments().length).toBe(before);
  });

  it('refuses a foreign Origin', async () => {
    const before = s.store.listDocuments().length;
    const response = await s.api('/api/documents', json(NEW, { origin: 'https://aanvaller.test' }));
    expect(response.status).toBe(403);
    expect(s.store.listDocuments().length).toBe(before);
  });
});

describe('PATCH /api/documents/:id/settings', () => {
  it('reaches an open page at once, and period and municipality follow for validation and export', async () => {
    const id = await create({ ...NEW, name: 'Instellingen live' });
    const page = s.connect(id);
    await page.whenSynced();
    const response = await s.api(
      `/api/documents/${id}/settings`,
      patch({ periodEnd: 2031, targetHeader: 'Streefwaarde 2031', council: 'raad van Zeewolde', levelLabels: { uitwerking: 'Actielijn' } }),
    );
    expect(response.status).toBe(200);
    await expect.poll(() => readSettings(page.doc).periodEnd, POLL).toBe(2031);
    expect(readSettings(page.doc)).toMatchObject({
      periodStart: 2027,
      targetHeader: 'Streefwaarde 2031',
      council: 'raad van Zeewolde',
      levelLabels: { doel: 'Doel', uitwerking: 'Actielijn' },
    });
    expect(page.programme().period).toBe('2027-2031');
    page.destroy();
  });

  it('refuses bad input, unknown settings and people who do not manage the programme', async () => {
    const id = await create({ ...NEW, name: 'Instellingen streng' });
    const bad = await s.api(`/api/documents/${id}/settings`, patch({ periodStart: 2032 }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { field: string }).field).toBe('periodEnd');
    expect((await s.api(`/api/documents/${id}/settings`, patch({ kleur: 'rood' }))).status).toBe(400);
    const forbidden = await s.api(`/api/documents/${id}/settings`, { ...patch({ council: 'x' }), cookie: redacteur.cookie });
    expect(forbidden.status).toBe(403);
    expect(s.registry.readDocument(id, readSettings)?.council).toBe('gemeenteraad');
  });

  it('cannot be written by a client over /sync', async () => {
    const id = await create({ ...NEW, name: 'Instellingen vervalst' });
    const forger = s.connect(id, { maxBackoffTime: 200, cookie: redacteur.cookie });
    await forger.whenSynced();
    forger.doc.getMap('meta').set('settings', { periodStart: 1900, periodEnd: 1901 });
    await expect.poll(() => forger.terminal?.code, POLL).toBe(4422);
    expect(s.registry.readDocument(id, readSettings)?.periodStart).toBe(2027);
    forger.destroy();
  });

  it('gives the seeded Dronten programmes their period as defaults', async () => {
    const settings = (await (await s.api('/api/documents/bestaanszekerheid/settings')).json()) as Record<string, unknown>;
    expect(settings).toMatchObject({ periodStart: 2025, periodEnd: 2028, baselineHeader: 'Nulmeting 2025', targetHeader: 'Streefwaarde 2028' });
  });
});

describe('POST /api/documents/:id/archive', () => {
  it('takes a version first, then refuses writes over REST and /sync; reading and export stay', async () => {
    const id = await create({ ...NEW, name: 'Archief Zeewolde' });
    const editor = s.connect(id, { maxBackoffTime: 200, cookie: redacteur.cookie });
    await editor.whenSynced();
    editor.doc.getMap('meta').set('name', 'Voor het archiveren');
    await expect.poll(() => s.programme(id)?.name, POLL).toBe('Voor het archiveren');

    expect((await s.api(`/api/documents/${id}/archive`, { method: 'POST', cookie: redacteur.cookie })).status).toBe(403);
    const response = await s.api(`/api/documents/${id}/archive`, { method: 'POST' });
    expect(response.status).toBe(200);
    const { versionId } = (await response.json()) as { versionId: string };
    const versions = (await (await s.api(`/api/documents/${id}/versions`)).json()) as Array<{ id: string }>;
    expect(versions.map((v) => v.id)).toContain(versionId);
    const frozen = (await (await s.api(`/api/documents/${id}/versions/${versionId}`)).json()) as { name: string };
    expect(frozen.name).toBe('Voor het archiveren');
    await expect.poll(() => editor.doc && readArchiveMark(editor.doc)?.versionId, POLL).toBe(versionId);

    // REST writes: settings, versions, a second archive.
    for (const [path, init] of [
      [`/api/documents/${id}/settings`, patch({ council: 'x' })],
      [`/api/documents/${id}/versions`, json({ name: 'Na archiveren', status: 'concept', date: '2026-01-01' })],
      [`/api/documents/${id}/archive`, { method: 'POST' }],
    ] as const) {
      const refused = await s.api(path, init);
      expect(refused.status).toBe(409);
      expect(((await refused.json()) as { error: string }).error).toContain('gearchiveerd');
    }

    // /sync: the editor reconnects with read access; its write is dropped, never stored.
    await expect.poll(() => editor.closes.some((c) => c.code === 4001), POLL).toBe(true);
    await editor.whenSynced();
    const late = s.connect(id, { cookie: redacteur.cookie });
    await late.whenSynced();
    editor.doc.getMap('meta').set('name', 'Na het archiveren');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(s.programme(id)?.name).toBe('Voor het archiveren');
    expect(late.programme().name).toBe('Voor het archiveren');

    const list = (await (await s.api('/api/documents')).json()) as Array<{ id: string; archived: boolean }>;
    expect(list.find((d) => d.id === id)?.archived).toBe(true);
    expect((await s.api(`/api/documents/${id}`)).status).toBe(200);
    expect((await s.api(`/api/documents/${id}/export?format=csv`)).status).toBe(200);
    editor.destroy();
    late.destroy();
  });
});

describe('POST /api/documents/:id/unarchive', () => {
  it('takes a programme out of the archive for its beheerder only; an open page can write again', async () => {
    const id = await create({ ...NEW, name: 'Terug uit het archief' });
    expect((await s.api(`/api/documents/${id}/unarchive`, { method: 'POST' })).status).toBe(409);
    expect((await s.api(`/api/documents/${id}/archive`, { method: 'POST' })).status).toBe(200);
    const editor = s.connect(id, { maxBackoffTime: 200, cookie: redacteur.cookie });
    await editor.whenSynced();

    expect((await s.api(`/api/documents/${id}/unarchive`, { method: 'POST', cookie: redacteur.cookie })).status).toBe(403);
    const response = await s.api(`/api/documents/${id}/unarchive`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ archived: false });
    await expect.poll(() => editor.doc && readArchiveMark(editor.doc), POLL).toBeNull();

    // The editor's socket reconnects with edit access again; its write is stored.
    await expect.poll(() => editor.closes.some((c) => c.code === 4001), POLL).toBe(true);
    await editor.whenSynced();
    editor.doc.getMap('meta').set('name', 'Weer bewerkt');
    await expect.poll(() => s.programme(id)?.name, POLL).toBe('Weer bewerkt');
    expect((await s.api(`/api/documents/${id}/settings`, patch({ council: 'raad' }))).status).toBe(200);
    const list = (await (await s.api('/api/documents')).json()) as Array<{ id: string; archived: boolean }>;
    expect(list.find((d) => d.id === id)?.archived).toBe(false);
    editor.destroy();
  });
});

describe('renaming through PATCH /api/documents/:id/settings', () => {
  it('gives the programme a new name (the id stays), seen at once by an open page; an empty name is refused', async () => {
    const id = await create({ ...NEW, name: 'Oude naam' });
    const page = s.connect(id, { cookie: redacteur.cookie });
    await page.whenSynced();
    const response = await s.api(`/api/documents/${id}/settings`, patch({ name: '  Nieuwe naam  ', council: 'raad van Zeewolde' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ name: 'Nieuwe naam', council: 'raad van Zeewolde' });
    await expect.poll(() => page.programme().name, POLL).toBe('Nieuwe naam');
    expect((await (await s.api(`/api/documents/${id}`)).json()) as { id: string; name: string }).toMatchObject({ id, name: 'Nieuwe naam' });

    const empty = await s.api(`/api/documents/${id}/settings`, patch({ name: ' ' }));
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ field: 'name', error: 'Vul de naam in.' });
    expect(s.programme(id)?.name).toBe('Nieuwe naam');
    page.destroy();
  });
});
