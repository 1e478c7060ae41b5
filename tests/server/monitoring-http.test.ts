/**
 * Monitoring over HTTP against the real server (issue 13): progress and measurements under the
 * read right, the measurement import in two steps under the edit right, with findings per row;
 * an officer's measurement typed over /sync shows in the progress at once, and an import
 * reaches an open editor as one stored, attributed update.
 */
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { addRow, userOrigin } from '../../shared/doc/index.ts';
import type { HistoryEntry } from '../../shared/history/history-entry.ts';
import type { MeasurementImportReport } from '../../server/import/measurements.ts';
import { UNKNOWN_MEASUREMENT_FORMAT } from '../../server/http/monitoring-routes.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const DOC = 'bestaanszekerheid';
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

interface ProgressBody {
  documentId: string;
  indicators: { indicatorId: string; code: string; status: string; latest: { period: string; value: number } | null; target: Record<string, unknown> | null; explanation: string }[];
  goals: { goalId: string; code: string; counts: Record<string, number>; resultCounts: Record<string, number>; results: { resultId: string; code: string; counts: Record<string, number> }[] }[];
}

async function started(): Promise<TestServer> {
  const server = await startTestServer();
  cleanup.add(() => server.dispose());
  return server;
}

const csvText = (lines: string[][]) => '\ufeff' + lines.map((l) => l.join(';')).join('\r\n') + '\r\n';

describe('GET /api/documents/:id/progress', () => {
  it('answers per indicator its status, latest value, target and explanation, and per goal the counts', async () => {
    const server = await started();
    const officer = await server.createUser({ name: 'Fatima Yilmaz', grants: [{ scope: DOC, role: 'redacteur' }] });
    const reader = await server.createUser({ name: 'Raadslid', grants: [{ scope: DOC, role: 'lezer' }] });
    const stranger = await server.createUser({ name: 'Buiten', grants: [{ scope: 'kansengelijkheid', role: 'redacteur' }] });

    const client = server.connect(DOC, { cookie: officer.cookie });
    cleanup.add(() => client.destroy());
    await client.whenSynced();
    addRow(client.doc, 'measurement', 'g3-i1', userOrigin(officer.id, 'Fatima Yilmaz'), { fields: { period: '2025', value: 68.6, valueStatus: 'final' } });

    const get = (cookie: string) => server.api(`/api/documents/${DOC}/progress`, { cookie });
    await expect.poll(async () => ((await (await get(reader.cookie)).json()) as ProgressBody).indicators.find((i) => i.code === '3-I1')?.status, { timeout: 20_000 }).toBe('on-track');
    const body = (await (await get(reader.cookie)).json()) as ProgressBody;
    const indicator = body.indicators.find((i) => i.code === '3-I1')!;
    expect(Object.keys(indicator)).toEqual(['indicatorId', 'code', 'status', 'latest', 'target', 'explanation']);
    expect(indicator).toMatchObject({ indicatorId: 'g3-i1', latest: { period: '2025', value: 68.6 }, target: { kind: 'min', value: 70, year: 2028 } });
    expect(indicator.explanation).toContain('volgens een rechte lijn');
    expect(body.indicators.find((i) => i.code === '1.1-I1')).toMatchObject({ status: 'unknown', latest: null, target: null });
    const goal3 = body.goals.find((g) => g.code === '3')!;
    expect(goal3.counts['on-track']).toBe(1);
    expect(goal3.results.length).toBeGreaterThan(0);

    expect((await get(stranger.cookie)).status).toBe(403);
    expect((await server.api(`/api/documents/${DOC}/progress`, { cookie: null })).status).toBe(401);
    expect((await server.api('/api/documents/bestaat-niet/progress')).status).toBe(404);
  });
});

describe('GET /api/documents/:id/measurements', () => {
  it('gives json, csv and xlsx; csv and xlsx carry the indicator id and code', async () => {
    const server = await started();
    const client = server.connect(DOC);
    cleanup.add(() => client.destroy());
    await client.whenSynced();
    addRow(client.doc, 'measurement', 'g2-i1', userOrigin('t', 'T'), { fields: { period: '2025-Q3', value: 3.25, note: 'voorlopig cijfer; =SOM(A1)' } });
    await expect.poll(() => server.programme(DOC)!.goals[1]!.indicators[0]!.measurements.length, { timeout: 20_000 }).toBe(1);

    const json = (await (await server.api(`/api/documents/${DOC}/measurements?format=json`)).json()) as { measurements: Record<string, unknown>[] };
    expect(json.measurements).toEqual([
      expect.objectContaining({ indicatorId: 'g2-i1', indicatorCode: '2-I1', indicatorKind: 'goalIndicator', period: '2025-Q3', periodKey: '2025-Q3', periodLabel: 'Q3 2025', value: 3.25 }),
    ]);

    const csv = await server.api(`/api/documents/${DOC}/measurements?format=csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('metingen');
    const lines = (await csv.text()).replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Programma;Meting-id;Indicator-id;Indicatorcode;Indicator;Periode;Waarde;Eenheid;Schaal;Subgroep;Bron;Status;Respons (%);n;Opmerking;Oordeel;Toelichting oordeel');
    expect(lines[1]).toContain(';g2-i1;2-I1;');
    expect(lines[1]).toContain(';2025-Q3;3,25;');

    const xlsx = await server.api(`/api/documents/${DOC}/measurements?format=xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheet = book.getWorksheet('Metingen')!;
    expect(sheet.getRow(2).getCell(4).text).toBe('2-I1');
    expect(sheet.getRow(2).getCell(7).value).toBe(3.25);

    expect(await (await server.api(`/api/documents/${DOC}/measurements?format=docx`)).json()).toEqual({ error: UNKNOWN_MEASUREMENT_FORMAT });
  });
});

describe('POST /api/documents/:id/measurements/import/{preview,apply}', () => {
  it('previews with findings per row, changes nothing until apply, then reaches the editor as one attributed update', async () => {
    const server = await started();
    const importer = await server.createUser({ name: 'Ilse de Vries', grants: [{ scope: DOC, role: 'redacteur' }] });
    const reader = await server.createUser({ name: 'Lezer', grants: [{ scope: DOC, role: 'lezer' }] });
    const client = server.connect(DOC);
    cleanup.add(() => client.destroy());
    await client.whenSynced();

    const template = await (await server.api(`/api/documents/${DOC}/measurements/template?format=csv`)).text();
    const header = template.replace(/^\ufeff/, '').split('\r\n')[0]!.split(';');
    const indicatorRows = template.trim().split('\r\n').length - 1;
    expect(indicatorRows).toBe(server.programme(DOC)!.goals.reduce((n, g) => n + g.indicators.length + g.subGoals.reduce((k, s) => k + s.results.reduce((j, r) => j + r.indicators.length, 0), 0), 0));
    expect(header.slice(0, 7)).toEqual(['Programma', 'Meting-id', 'Indicator-id', 'Indicatorcode', 'Indicator', 'Periode', 'Waarde']);

    // A short file of its own: code, period, value and a few more.
    const bad = csvText([
      ['Indicatorcode', 'Periode', 'Waarde', 'Status', 'Bron', 'Oordeel', 'Toelichting oordeel'],
      ['3-I1', '2024', '67,8', 'definitief', 'Monitor Sociaal Domein', '', ''],
      ['3-I1', 'Q3 2025', '68,9', 'voorlopig', 'Monitor Sociaal Domein', '', ''],
      ['9-I9', '2025', '1', '', '', '', ''],
      ['2-I1', 'ooit', '3', '', '', '', ''],
      ['2-I1', '2025', '', '', '', 'op koers', ''],
      ['3-I1', '2025-Q3', '69', 'definitief', 'Monitor Sociaal Domein', '', ''],
    ]);
    const post = (step: string, body: string, cookie = importer.cookie) =>
      server.api(`/api/documents/${DOC}/measurements/import/${step}?fileName=metingen.csv`, { method: 'POST', body, headers: { 'content-type': 'text/csv' }, cookie });

    const updatesBefore = server.store.countUpdates(DOC);
    const preview = (await (await post('preview', bad)).json()) as MeasurementImportReport;
    expect(preview.ok).toBe(false);
    const messages = preview.findings.map((f) => f.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Blad metingen.csv, rij 4, kolom "Indicatorcode" \(A\): er is geen indicator met code "9-I9"/),
        expect.stringMatching(/^Blad metingen.csv, rij 5, kolom "Periode" \(B\): "ooit" is geen periode/),
        expect.stringMatching(/^Blad metingen.csv, rij 6, kolom "Oordeel" \(F\): bij een eigen oordeel hoort een toelichting/),
        expect.stringMatching(/^Blad metingen.csv, rij 7: deze meting staat al op rij 3/),
      ]),
    );
    expect(server.store.countUpdates(DOC)).toBe(updatesBefore);
    const refused = await post('apply', bad);
    expect(refused.status).toBe(422);
    expect(server.store.countUpdates(DOC)).toBe(updatesBefore);

    const good = csvText([
      ['Indicatorcode', 'Periode', 'Waarde', 'Status', 'Bron'],
      ['3-I1', '2024', '67,8', 'definitief', 'Monitor Sociaal Domein'],
      ['3-I1', 'Q3 2025', '68,9', 'voorlopig', 'Monitor Sociaal Domein'],
      ['1.1-I1', '2025', '312', '', 'Veilig Thuis'],
    ]);
    expect((await post('apply', good, reader.cookie)).status).toBe(403);
    const applied = await post('apply', good);
    expect(applied.status).toBe(200);
    expect(((await applied.json()) as MeasurementImportReport).summary).toEqual({ add: 3, update: 0, unchanged: 0, skipped: 0 });
    expect(server.store.countUpdates(DOC)).toBe(updatesBefore + 1);
    await expect.poll(() => client.programme().goals[2]!.indicators[0]!.measurements.map((m) => [m.period, m.value, m.valueStatus]), { timeout: 20_000 }).toEqual([
      ['2024', 67.8, 'final'],
      ['2025-Q3', 68.9, 'provisional'],
    ]);
    expect(client.programme().goals[0]!.subGoals[0]!.results[0]!.indicators[0]!.measurements[0]).toMatchObject({ period: '2025', value: 312, source: 'Veilig Thuis' });

    // The same five (indicator, period, scope, subgroup, source) update, never duplicate.
    const again = csvText([
      ['Indicatorcode', 'Periode', 'Waarde', 'Status', 'Bron'],
      ['3-I1', '2024', '67,8', 'definitief', 'Monitor Sociaal Domein'],
      ['3-I1', '2025-Q3', '69,1', 'definitief', 'monitor sociaal domein'],
    ]);
    const second = (await (await post('apply', again)).json()) as MeasurementImportReport;
    expect(second.summary).toEqual({ add: 0, update: 1, unchanged: 1, skipped: 0 });
    const measured = server.programme(DOC)!.goals[2]!.indicators[0]!.measurements;
    expect(measured.map((m) => [m.period, m.value])).toEqual([
      ['2024', 67.8],
      ['2025-Q3', 69.1],
    ]);
    const history = (await (await server.api(`/api/documents/${DOC}/history?rowId=${measured[1]!.id}&field=value`)).json()) as HistoryEntry[];
    expect(history[0]).toMatchObject({ new: 69.1, userId: importer.id, userName: 'Ilse de Vries' });
  });

  it('reads back its own xlsx export', async () => {
    const server = await started();
    const client = server.connect(DOC);
    cleanup.add(() => client.destroy());
    await client.whenSynced();
    addRow(client.doc, 'measurement', 'g2-i1', userOrigin('t', 'T'), { fields: { period: '2025', value: 3.1 } });
    await expect.poll(() => server.programme(DOC)!.goals[1]!.indicators[0]!.measurements.length, { timeout: 20_000 }).toBe(1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await server.api(`/api/documents/${DOC}/measurements?format=xlsx`)).arrayBuffer());
    book.getWorksheet('Metingen')!.getRow(2).getCell(7).value = 2.9;
    const bytes = await book.xlsx.writeBuffer();
    const form = new FormData();
    form.set('file', new File([bytes], 'metingen.xlsx'));
    const report = (await (await server.api(`/api/documents/${DOC}/measurements/import/apply`, { method: 'POST', body: form })).json()) as MeasurementImportReport;
    expect(report).toMatchObject({ ok: true, applied: true, summary: { add: 0, update: 1, unchanged: 0 } });
    expect(report.rows[0]!.changes).toEqual([{ field: 'value', column: 'Waarde', from: 3.1, to: 2.9 }]);
  });
});
