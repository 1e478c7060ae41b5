/** GET /api/documents/:id/export through the real Hono app: content types, file names, errors, versions. */
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acknowledgeFinding, userOrigin } from '../../shared/doc/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import type { Finding } from '../../shared/validation/index.ts';
import { SEED_PROGRAMMES } from '../../shared/seed/programmes.ts';
import { EXPORT_NOT_FOUND_DOCUMENT, NOT_FOUND_VERSION, REPORT_FORMAT, UNKNOWN_FORMAT, UNKNOWN_REPORT } from '../../server/http/export-routes.ts';
import type { ProgrammeArchive } from '../../server/export/json.ts';
import { dutchDate } from '../../server/export/snapshot.ts';
import type { MemoryStore } from '../../server/persistence/memory-store.ts';
import { RoomRegistry } from '../../server/sync/room-registry.ts';
import { DEFAULT_CONFIG } from '../../server/config.ts';
import { collectingLogger } from '../helpers/log-sink.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { closeSeededTestApp, seededTestApp } from '../helpers/test-seeded-app.ts';

const SLOW = 120_000;

/**
 * Sends a request and returns its answer with the Dutch dates it may carry in its file name: the
 * date before and the date after it, so a run across midnight still names a day it ran on.
 */
async function aroundRequest(send: () => Promise<Response>): Promise<{ response: Response; days: string[] }> {
  const before = dutchDate(new Date());
  const response = await send();
  const after = dutchDate(new Date());
  return { response, days: [...new Set([before, after])] };
}

describe('export over HTTP', () => {
  let store: MemoryStore;
  let registry: RoomRegistry;
  let staticDir: string;
  let app: TestApp;

  beforeEach(async () => {
    ({ store, registry, staticDir, app } = await seededTestApp());
  });

  // The registry closes the PDF browser too, if a test started one.
  afterEach(() => closeSeededTestApp({ store, registry, app, staticDir }));

  const bz = SEED_PROGRAMMES.find((p) => p.id === 'bestaanszekerheid')!;

  /** A stored version of Gezond Samenleven through the versions API; its id. */
  async function createVersion(version: { name: string; status: string; date: string; documentNumber: string }): Promise<string> {
    const created = await app.request('/api/documents/gezond-samenleven/versions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...version, note: '' }),
    });
    expect(created.status).toBe(201);
    return ((await created.json()) as { id: string }).id;
  }

  it.each([
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'PK'],
    ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'PK'],
    ['csv', 'text/csv; charset=utf-8', '\ufeffProgramma;'],
    ['json', 'application/json; charset=utf-8', '{'],
  ] as const)('%s: content type, Dutch file name and the file itself', async (format, type, start) => {
    const { response, days } = await aroundRequest(() => app.request(`/api/documents/bestaanszekerheid/export?format=${format}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    const names = days.map((day) => `${bz.name} - huidige versie ${day}.${format}`);
    expect(names.map((name) => `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`)).toContain(
      response.headers.get('content-disposition'),
    );
    const body = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(body.subarray(0, start.length + 2))).toContain(start);
  });

  it('pdf: a PDF from Chromium, one browser for all requests, closed with the server', async () => {
    const { logger, entries } = collectingLogger('info');
    await registry.close();
    registry = new RoomRegistry(store, DEFAULT_CONFIG, logger);
    app.close();
    app = await createTestApp({ store, registry, staticDir, log: logger });
    const first = await app.request('/api/documents/kansengelijkheid/export?format=pdf');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/pdf');
    expect(first.headers.get('content-disposition')).toContain('.pdf');
    expect(Buffer.from(await first.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const second = await app.request('/api/documents/all/export?format=pdf');
    expect(second.status).toBe(200);
    expect((await second.arrayBuffer()).byteLength).toBeGreaterThan(50_000);
    expect(entries.filter((e) => e.msg === 'pdf browser started')).toHaveLength(1);
    await registry.close();
    expect(entries.filter((e) => e.msg === 'pdf browser closed')).toHaveLength(1);
  }, SLOW);

  it('encodes non-ASCII names per RFC 5987 with an ASCII fallback', async () => {
    const id = 'bestaanszekerheid';
    const response = await app.request(`/api/documents/${id}/export?format=json`);
    const programme = (JSON.parse(await response.text()) as ProgrammeArchive).programme;
    expect(programme.name).toBe(bz.name);
    const { contentDisposition } = await import('../../server/export/file-name.ts');
    expect(contentDisposition('Gezondheid & zorg - versie "één" 2026-11-22.docx')).toBe(
      `attachment; filename="Gezondheid & zorg - versie _een_ 2026-11-22.docx"; filename*=UTF-8''Gezondheid%20%26%20zorg%20-%20versie%20%22%C3%A9%C3%A9n%22%202026-11-22.docx`,
    );
  });

  it('exports all programmes together: a JSON array, sheets with a Programma column', async () => {
    const { response: json, days } = await aroundRequest(() => app.request('/api/documents/all/export?format=json'));
    expect(json.status).toBe(200);
    const disposition = json.headers.get('content-disposition') ?? '';
    const encodedNames = days.map((day) => encodeURIComponent(`Alle programma's - huidige versie ${day}.json`).replace(/'/g, '%27'));
    expect(encodedNames.filter((name) => disposition.includes(name)), disposition).toHaveLength(1);
    const archives = (await json.json()) as ProgrammeArchive[];
    expect(archives.map((a) => a.programme.id).sort()).toEqual(SEED_PROGRAMMES.map((p) => p.id).sort());

    const xlsx = await app.request('/api/documents/all/export?format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as ArrayBuffer);
    const goals = workbook.getWorksheet('Doelen')!;
    expect(goals.getCell('A1').value).toBe('Programma');
    const names = new Set(goals.getColumn(1).values.slice(2));
    expect(names).toEqual(new Set(SEED_PROGRAMMES.map((p) => p.name)));

    const csv = await (await app.request('/api/documents/all/export?format=csv')).text();
    for (const p of SEED_PROGRAMMES) expect(csv).toContain(`\r\n${p.name};`);
  });

  it('lists the findings the validation API shows, acknowledged warnings marked', async () => {
    const validation = (await (await app.request('/api/documents/bestaanszekerheid/validation')).json()) as { findings: Finding[] };
    const warning = validation.findings.find((f) => f.severity === 'warning')!;
    registry.changeDocument('bestaanszekerheid', userOrigin('ilse', 'Ilse de Vries'), (doc) =>
      acknowledgeFinding(doc, { key: warning.key, reason: 'Bewuste keuze van de raad', by: 'ilse', byName: 'Ilse de Vries', at: '2026-11-20T09:00:00Z' }, userOrigin('ilse', 'Ilse de Vries')),
    );
    const response = await app.request('/api/documents/bestaanszekerheid/export?format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
    const sheet = workbook.getWorksheet('Bevindingen')!;
    const rows = (sheet.getSheetValues() as unknown[][]).slice(2);
    expect(rows.map((r) => r[7])).toEqual(validation.findings.map((f) => f.message));
    const marked = rows.filter((r) => r[8]);
    expect(marked).toHaveLength(1);
    expect(marked[0]![5]).toBe(warning.entityId);
    expect(marked[0]![8]).toBe('Bewuste keuze van de raad (Ilse de Vries, 2026-11-20)');
  });

  it('answers 400 in Dutch for an unknown or missing format', async () => {
    for (const query of ['?format=odt', '', '?format=DOCX']) {
      const response = await app.request(`/api/documents/bestaanszekerheid/export${query}`);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: UNKNOWN_FORMAT });
    }
  });

  it('voortgang: the voortgangsrapportage of a version as Word, and Dutch errors for another report or format', async () => {
    const id = await createVersion({ name: 'Jaarrapportage', status: 'concept', date: '2026-11-30', documentNumber: '' });
    const response = await app.request(`/api/documents/gezond-samenleven/export?format=docx&report=voortgang&version=${encodeURIComponent(id)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('Voortgangsrapportage Gezond Samenleven versterken - Jaarrapportage 2026-11-30.docx'));
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.subarray(0, 2).toString()).toBe('PK');
    expect(body.includes('word/media/')).toBe(true);

    for (const [query, error] of [
      ['format=docx&report=jaarverslag', UNKNOWN_REPORT],
      ['format=xlsx&report=voortgang', REPORT_FORMAT],
      ['format=csv&report=voortgang', REPORT_FORMAT],
      ['report=voortgang', REPORT_FORMAT],
    ] as const) {
      const refused = await app.request(`/api/documents/gezond-samenleven/export?${query}`);
      expect(refused.status, query).toBe(400);
      expect(await refused.json()).toEqual({ error });
    }
    const noVersion = await app.request('/api/documents/gezond-samenleven/export?format=pdf&report=voortgang&version=v-bestaat-niet');
    expect(noVersion.status).toBe(404);
  }, SLOW);

  it('answers 404 for an unknown programme or version', async () => {
    const noDoc = await app.request('/api/documents/bestaat-niet/export?format=docx');
    expect(noDoc.status).toBe(404);
    expect(await noDoc.json()).toEqual({ error: EXPORT_NOT_FOUND_DOCUMENT });
    const noVersion = await app.request('/api/documents/bestaanszekerheid/export?format=docx&version=v-bestaat-niet');
    expect(noVersion.status).toBe(404);
    expect(await noVersion.json()).toEqual({ error: NOT_FOUND_VERSION });
  });

  it('exports a stored version by its id, named after it, and "current" as the live state', async () => {
    const id = await createVersion({ name: 'Vastgesteld door de raad', status: 'raad-vastgesteld', date: '2024-09-26', documentNumber: 'RB-2024-17' });

    const response = await app.request(`/api/documents/gezond-samenleven/export?format=json&version=${encodeURIComponent(id)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(
      encodeURIComponent('Gezond Samenleven versterken - Vastgesteld door de raad 2024-09-26.json'),
    );
    const archive = (await response.json()) as ProgrammeArchive;
    expect(archive.version).toEqual({
      versionId: id,
      name: 'Vastgesteld door de raad',
      status: 'Vastgesteld door de raad',
      date: '2024-09-26',
      documentNumber: 'RB-2024-17',
    });
    const live = (await (await app.request('/api/documents/gezond-samenleven')).json()) as Programme;
    expect(archive.programme).toEqual(live);

    const current = (await (await app.request('/api/documents/gezond-samenleven/export?format=json&version=current')).json()) as ProgrammeArchive;
    expect(current.version.versionId).toBeNull();
  });
});
