/**
 * Import against a running server with an editor connected: the change arrives at the
 * editor's open document as one update, is stored, and is attributed to the importer.
 */
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { readProgramme } from '../../shared/doc/index.ts';
import type { HistoryEntry } from '../../shared/history/history-entry.ts';
import { renderCsv } from '../../server/export/csv.ts';
import { IMPORT_NOT_FOUND_DOCUMENT, IMPORT_TOO_LARGE, NO_FILE } from '../../server/http/import-routes.ts';
import type { ImportReport } from '../../server/import/index.ts';
import { MAX_IMPORT_BYTES } from '../../server/import/limits.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { snapshotOf } from './export-fixtures.ts';

const DOC = 'kansengelijkheid';
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

async function started(): Promise<TestServer> {
  const server = await startTestServer();
  cleanup.add(() => server.dispose());
  return server;
}

/** The importer is whoever is signed in; these headers from before sign-in must be ignored. */
const claimed = { 'x-koers-user-id': 'iemand', 'x-koers-user-name': 'Iemand Anders' };
const ilse = (server: TestServer) => server.createUser({ name: 'Ilse de Vries', grants: [{ scope: DOC, role: 'redacteur' }] });

describe('import over HTTP', () => {
  it('applies an edited export to the live document: editors see it, stored as one update after the version mark, attributed', async () => {
    const server = await started();
    const importer = await ilse(server);
    const client = server.connect(DOC);
    cleanup.add(() => client.destroy());
    await client.whenSynced();
    const before = client.programme();

    const exported = await server.api(`/api/documents/${DOC}/export?format=xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await exported.arrayBuffer());
    const goals = book.getWorksheet('Doelen')!;
    goals.getRow(2).getCell(4).value = 'Inwoners doen mee, met dezelfde kansen';
    const indicators = book.getWorksheet('Indicatoren')!;
    indicators.addRow([before.name, '', 'g1', '1', 'Aandeel jongeren met een startkwalificatie', 'Nulmeting 2025: 88%', 'Minimaal 90%']);
    const bytes = await book.xlsx.writeBuffer();

    const updatesBefore = server.store.countUpdates(DOC);
    const preview = await server.api(`/api/documents/${DOC}/import/preview?fileName=bewerkt.xlsx`, { method: 'POST', body: bytes, cookie: importer.cookie });
    expect(preview.status).toBe(200);
    expect(((await preview.json()) as ImportReport).summary).toMatchObject({ update: 1, add: 1, wouldDelete: 0 });
    expect(server.store.countUpdates(DOC)).toBe(updatesBefore);

    const form = new FormData();
    form.set('file', new File([bytes], 'bewerkt.xlsx'));
    const apply = await server.api(`/api/documents/${DOC}/import/apply`, { method: 'POST', body: form, headers: claimed, cookie: importer.cookie });
    expect(apply.status).toBe(200);
    const report = (await apply.json()) as ImportReport;
    expect(report).toMatchObject({ ok: true, applied: true, summary: { update: 1, add: 1 } });
    // The import is one update; the other is the version mark of "Voor de import van bewerkt.xlsx",
    // frozen just before it so the import can be taken back (import-undo.test.ts).
    expect(server.store.countUpdates(DOC)).toBe(updatesBefore + 2);

    await expect.poll(() => client.programme().goals[0]!.title, { timeout: 20_000 }).toBe('Inwoners doen mee, met dezelfde kansen');
    const live = client.programme();
    expect(live.goals[0]!.indicators.at(-1)).toMatchObject({ indicator: 'Aandeel jongeren met een startkwalificatie', baseline: 'Nulmeting 2025: 88%', target: 'Minimaal 90%' });
    expect(live).toEqual(server.programme(DOC));

    const history = (await (await server.api(`/api/documents/${DOC}/history?rowId=g1&field=title`)).json()) as HistoryEntry[];
    expect(history[0]).toMatchObject({ action: 'set', new: 'Inwoners doen mee, met dezelfde kansen', userId: importer.id, userName: 'Ilse de Vries' });
  });

  it('takes a CSV as raw body with options in the query', async () => {
    const server = await started();
    const programme = server.programme(DOC)!;
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(renderCsv(snapshotOf([programme])));
    const post = (body: string) =>
      server.api(`/api/documents/${DOC}/import/apply?fileName=tabel.csv`, { method: 'POST', body, headers: { 'content-type': 'text/csv', ...claimed } });
    // The goal is on several lines; renamed on only the first, the lines disagree.
    const once = csv.replace(`;${programme.goals[0]!.title};`, ';Iedereen doet mee;');
    const disagree = await post(once);
    expect(disagree.status).toBe(422);
    const findings = ((await disagree.json()) as ImportReport).findings.map((f) => f.message);
    expect(findings[0]).toMatch(/^Blad tabel\.csv, rij 3, kolom "Doel" \(E\): hetzelfde doel staat ook op rij 2, maar daar met een andere waarde in deze kolom\./);
    expect(server.programme(DOC)).toEqual(programme);

    const response = await post(csv.replaceAll(`;${programme.goals[0]!.title};`, ';Iedereen doet mee;'));
    expect(response.status).toBe(200);
    expect(((await response.json()) as ImportReport).summary).toMatchObject({ update: 1, add: 0 });
    expect(server.programme(DOC)!.goals[0]!.title).toBe('Iedereen doet mee');
  });

  it('answers in Dutch for a missing programme, a missing file, a bad mapping and a file over the limit', async () => {
    const server = await started();
    const url = (id: string, step = 'preview') => `/api/documents/${id}/import/${step}`;
    const fetch = server.api;
    const missing = await fetch(url('bestaat-niet'), { method: 'POST', body: 'a;b' });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: IMPORT_NOT_FOUND_DOCUMENT });

    const empty = new FormData();
    empty.set('mapping', '{}');
    const noFile = await fetch(url(DOC), { method: 'POST', body: empty });
    expect(noFile.status).toBe(400);
    expect(await noFile.json()).toEqual({ error: NO_FILE });

    const badMapping = await fetch(`${url(DOC)}?mapping=${encodeURIComponent('{"columns":{"Oud":"Bestaat niet"}}')}`, { method: 'POST', body: 'Niveau;Doel-id\r\n' });
    expect(badMapping.status).toBe(400);
    expect(((await badMapping.json()) as { error: string }).error).toBe('De koppeling van kolom "Oud" wijst naar "Bestaat niet", maar dat is geen kolom die Koers kent.');

    const tooLarge = await fetch(url(DOC, 'apply'), { method: 'POST', body: new Uint8Array(MAX_IMPORT_BYTES + 1) });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({ error: IMPORT_TOO_LARGE });
    expect(server.programme(DOC)).toEqual(server.registry.readDocument(DOC, readProgramme));
  });
});
