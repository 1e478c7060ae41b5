/**
 * Budget plans over real HTTP: created with POST /api/documents and kind "budget" (programmes
 * unchanged), listed with ?kind=budget, read back with their lines, amounts and computed
 * totals; Dronten's table (000:317-347) imported from the csv template adds up to 403.600 and
 * agrees with its typed total; exported to csv (which imports again) and to xlsx with formulas
 * for its totals; checked by the finance rules; and every route a budget plan does not have
 * answers 404 rather than treating it as a programme.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BudgetReport } from '../../shared/budget/report.ts';
import { euros } from '../../shared/budget/money.ts';
import { startTestServer, type TestServer, type TestUser } from '../helpers/test-server.ts';
import type { BudgetImportReport } from '../../server/budget/import.ts';

const json = (body: unknown, cookie?: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
  ...(cookie ? { cookie } : {}),
});
const NEW = { kind: 'budget', name: 'Plan van aanpak besteding POK-middelen', municipality: 'Dronten', periodStart: 2021, periodEnd: 2026, fundingSource: 'POK-middelen, decembercirculaire 2021' };
// The source's table has one column "2022 en 2023"; the template wants one column per year, so
// the amounts are in 2022. The row "POK-middelen, nog niet functioneel in te delen" (the
// parking line FCL 6080100, 000:350-352) is added with an invented 2022 allocation: the table of
// the allocation per year (Tabel 1.0) is lost in the source.
const DRONTEN_CSV = readFileSync(join(import.meta.dirname, 'fixtures/dronten-pok-2022.csv'));

let s: TestServer;
let adviseur: TestUser;

async function create(body: unknown = NEW): Promise<string> {
  const response = await s.api('/api/documents', json(body));
  expect(response.status).toBe(201);
  const answer = (await response.json()) as { id: string; kind: string };
  expect(answer.kind).toBe('budget');
  return answer.id;
}

function upload(id: string, step: 'preview' | 'apply', bytes: Uint8Array, fileName: string, cookie?: string) {
  const form = new FormData();
  form.set('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), fileName);
  return s.api(`/api/documents/${id}/import/${step}`, { method: 'POST', body: form, ...(cookie ? { cookie } : {}) });
}

async function report(id: string): Promise<BudgetReport> {
  const response = await s.api(`/api/documents/${id}`);
  expect(response.status).toBe(200);
  return (await response.json()) as BudgetReport;
}

beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.dispose());

describe('POST /api/documents with kind "budget"', () => {
  it('creates an empty budget plan with an id of its own, listed with kind=budget only', async () => {
    const id = await create();
    expect(id).toBe('begroting-plan-van-aanpak-besteding-pok-middelen');
    const plan = await report(id);
    expect(plan).toMatchObject({ kind: 'budget', id, name: NEW.name, years: [2021, 2022, 2023, 2024, 2025, 2026], lines: [], movements: [] });
    expect(plan.settings).toMatchObject({ municipality: 'Dronten', fundingSource: NEW.fundingSource, periodStart: 2021, periodEnd: 2026 });
    expect(plan.totals.total.beschikbaar).toBe(0);
    const budgets = (await (await s.api('/api/documents?kind=budget')).json()) as { id: string; kind: string; municipality: string; period: string }[];
    expect(budgets.find((b) => b.id === id)).toMatchObject({ kind: 'budget', municipality: 'Dronten', period: '2021-2026' });
    const programmes = (await (await s.api('/api/documents')).json()) as { id: string; kind: string }[];
    expect(programmes.map((p) => p.id)).not.toContain(id);
    expect(programmes.every((p) => p.kind === 'programme')).toBe(true);
    const all = (await (await s.api('/api/documents?kind=all')).json()) as { id: string }[];
    expect(all.map((d) => d.id)).toEqual([...programmes.map((p) => p.id), ...budgets.map((b) => b.id)]);
    expect((await s.api('/api/documents?kind=werkatelier')).status).toBe(400);
  });

  it('leaves programme creation as it was, and refuses an unknown kind', async () => {
    const response = await s.api('/api/documents', json({ name: 'Begroting en beleid', municipality: 'Dronten', periodStart: 2025, periodEnd: 2028 }));
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    expect(id).toBe('programma-begroting-en-beleid');
    expect((await s.fetchProgramme(id)).goals).toEqual([]);
    const unknown = await s.api('/api/documents', json({ ...NEW, kind: 'tabel' }));
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ field: 'kind' });
  });

  it('checks its input with Dutch messages naming the field, and only a beheerder of all creates', async () => {
    for (const [body, field] of [
      [{ ...NEW, name: ' ' }, 'name'],
      [{ ...NEW, periodEnd: 2019 }, 'periodEnd'],
      [{ ...NEW, yearEnd: 2040 }, 'yearEnd'],
      [{ ...NEW, fundingSource: 12 }, 'fundingSource'],
    ] as const) {
      const response = await s.api('/api/documents', json(body));
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ field, error: expect.stringMatching(/^[A-Z].*\.$/) });
    }
    const adviseurOfAll = await s.createUser({ name: 'Fenna Financieel', grants: [{ scope: '*', role: 'financieel-adviseur' }] });
    expect((await s.api('/api/documents', json(NEW, adviseurOfAll.cookie))).status).toBe(403);
  });
});

describe('import of the csv template', () => {
  let id: string;
  beforeAll(async () => {
    id = await create({ ...NEW, name: 'POK Dronten import' });
    adviseur = await s.createUser({ name: 'Fenna Financieel', grants: [{ scope: id, role: 'financieel-adviseur' }] });
  });

  it('previews Dronten’s table: 403.600 in total, the typed total agrees, nothing written yet', async () => {
    const response = await upload(id, 'preview', DRONTEN_CSV, 'dronten.csv', adviseur.cookie);
    expect(response.status).toBe(200);
    const preview = (await response.json()) as BudgetImportReport;
    expect(preview).toMatchObject({ format: 'csv', ok: true, applied: false, summary: { newLines: 9, existingLines: 0, cells: 9, statedTotals: 10 } });
    expect(preview.totals.gereserveerd).toBe(euros(403_600));
    expect(preview.findings).toEqual([]);
    expect(preview.validation.filter((f) => f.ruleId === 'V28')).toEqual([]);
    // Theme 2's own € 50.000 beside its named parts: the unlabelled row of the source.
    expect(preview.validation.map((f) => `${f.ruleId} ${f.field}`)).toEqual(['V30 label']);
    expect((await report(id)).lines).toEqual([]);
  });

  it('applies it as one change: lines with codes, ledger, amounts and stated totals, totals computed', async () => {
    const response = await upload(id, 'apply', DRONTEN_CSV, 'dronten.csv', adviseur.cookie);
    expect(response.status).toBe(200);
    expect(((await response.json()) as BudgetImportReport).applied).toBe(true);
    const plan = await report(id);
    expect(plan.lines.map((l) => [l.code, l.label, l.depth])).toEqual([
      ['1', 'Actieplan Armoedebestrijding 2022 en 2023', 0],
      ['2', 'Effectievere ondersteuning inwoners', 0],
      ['', 'BSO+ voorziening', 1],
      ['', 'Casusmanagementsysteem', 1],
      ['', 'Jongerenparticipatie', 1],
      ['3', 'Rechtsbescherming', 0],
      ['4', 'Digitalisering', 0],
      ['5', 'Vergroten vakmanschap', 0],
      ['', 'POK-middelen, nog niet functioneel in te delen', 0],
    ]);
    expect(plan.lines.find((l) => l.label.startsWith('POK'))!.ledger).toBe('FCL 6080100');
    expect(plan.totals.total.gereserveerd).toBe(euros(403_600));
    expect(plan.totals.perYear['2022']!.nogNietBestemd).toBe(euros(412_483 - 403_600));
    expect(plan.lines.find((l) => l.code === '2')!.total.gereserveerd).toBe(euros(123_600));
    expect(plan.lines.find((l) => l.label === 'BSO+ voorziening')!.amounts).toEqual({ 2022: { gereserveerd: 4_760_000 } });
    expect(plan.stated).toContainEqual({ lineId: null, year: null, soort: 'gereserveerd', value: euros(403_600) });
    expect(plan.stated).toContainEqual({ lineId: null, year: 2022, soort: 'gereserveerd', value: euros(403_600) });
  });

  it('matches the lines on a second import instead of adding them again', async () => {
    const again = (await (await upload(id, 'preview', DRONTEN_CSV, 'dronten.csv', adviseur.cookie)).json()) as BudgetImportReport;
    expect(again.summary).toMatchObject({ newLines: 0, existingLines: 9 });
    expect(again.totals.gereserveerd).toBe(euros(403_600));
  });

  it('keeps a typed total that is wrong, and says so (V28) rather than trusting it', async () => {
    const other = await create({ ...NEW, name: 'POK Dronten fout totaal' });
    const wrong = Buffer.from(DRONTEN_CSV.toString('utf8').replace('Totaal;;;gereserveerd;403.600;403.600', 'Totaal;;;gereserveerd;403.600;400.000'));
    const applied = (await (await upload(other, 'apply', wrong, 'dronten.csv')).json()) as BudgetImportReport;
    expect(applied.applied).toBe(true);
    expect(applied.totals.gereserveerd).toBe(euros(403_600));
    const v28 = applied.validation.filter((f) => f.ruleId === 'V28');
    expect(v28.map((f) => f.message)).toEqual([
      'Het opgegeven totaal gereserveerd (€ 400.000) wijkt af van de som van alle regels (€ 403.600): € 3.600 te weinig. Een totaal wordt berekend, niet getypt: controleer de bedragen of het totaal in de bron.',
    ]);
    const validation = (await (await s.api(`/api/documents/${other}/validation`)).json()) as { findings: { ruleId: string }[]; counts: { error: number } };
    expect(validation.findings.map((f) => f.ruleId)).toEqual(['V28', 'V30']);
    expect(validation.counts.error).toBe(2);
  });

  it('refuses a file with amounts that are not Dutch notation or not in one year, naming row and column, and writes nothing', async () => {
    const other = await create({ ...NEW, name: 'POK Dronten kapot' });
    const bad = '\ufeffThema;Onderdeel;Soort;2022 en 2023;2022;2031\r\n1. Armoede;;gereserveerd;1;47.6;\r\n;;;;1;\r\nX;;reserve;;;\r\n';
    const response = await upload(other, 'apply', new TextEncoder().encode(bad), 'kapot.csv');
    expect(response.status).toBe(422);
    const answer = (await response.json()) as BudgetImportReport & { error: string };
    expect(answer.error).toBe('Er is niets geïmporteerd: los eerst de fouten in het bestand op.');
    expect(answer.findings.map((f) => [f.row, f.column, f.severity])).toEqual([
      [1, '2022 en 2023', 'error'],
      [1, '2031', 'error'],
      [2, '2022', 'error'],
      [3, 'Thema', 'error'],
      [4, 'Soort', 'error'],
    ]);
    expect(answer.findings[0]!.message).toContain('Zet elk jaar in een eigen kolom');
    expect(answer.findings[2]!.message).toBe('Blad kapot.csv, rij 2, kolom "2022" (E): "47.6" is geen bedrag in Nederlandse schrijfwijze: de punt scheidt duizendtallen, de komma de centen (bijvoorbeeld 47.600,50).');
    expect((await report(other)).lines).toEqual([]);
  });
});

describe('export', () => {
  let id: string;
  beforeAll(async () => {
    id = await create({ ...NEW, name: 'POK Dronten export' });
    expect((await upload(id, 'apply', DRONTEN_CSV, 'dronten.csv')).status).toBe(200);
  });

  it('csv: the import template, which imports again into the same totals', async () => {
    const response = await s.api(`/api/documents/${id}/export?format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain('POK Dronten export - huidige versie');
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\ufeffThema;Onderdeel;Grootboek;Soort;2021;2022;2023;2024;2025;2026;Totaal\r\n')).toBe(true);
    expect(text).toContain('\r\n2. Effectievere ondersteuning inwoners;BSO+ voorziening;;gereserveerd;;47.600;;;;;47.600\r\n');
    expect(text).toContain('\r\nTotaal;;;gereserveerd;0;403.600;0;0;0;0;403.600\r\n');
    const copy = await create({ ...NEW, name: 'POK Dronten kopie' });
    const imported = (await (await upload(copy, 'apply', bytes, 'kopie.csv')).json()) as BudgetImportReport;
    expect(imported).toMatchObject({ applied: true, summary: { newLines: 9 } });
    expect(imported.totals).toEqual({ beschikbaar: euros(412_483), gereserveerd: euros(403_600), toegekend: 0, besteed: 0 });
    expect((await report(copy)).totals.total).toEqual((await report(id)).totals.total);
    expect(imported.validation.filter((f) => f.ruleId === 'V28')).toEqual([]);
  });

  it('xlsx: the table with its totals as formulas a controller can audit, an overview per year and the movements', async () => {
    const response = await s.api(`/api/documents/${id}/export?format=xlsx`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Begroting', 'Overzicht', 'Mutaties']);
    const sheet = workbook.getWorksheet('Begroting')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Thema', 'Onderdeel', 'Grootboek', 'Soort', '2021', '2022', '2023', '2024', '2025', '2026', 'Totaal']);
    expect(sheet.getCell('K2').value).toEqual({ formula: 'SUM(E2:J2)', result: 200_000 });
    const rows = sheet.getRows(1, sheet.rowCount)!;
    const total = rows.find((r) => r.getCell(1).value === 'Totaal' && r.getCell(4).value === 'gereserveerd')!;
    expect(total.getCell(6).value).toEqual({ formula: 'SUMIF($D$2:$D$10,"gereserveerd",F$2:F$10)', result: 403_600 });
    expect(total.getCell(11).value).toMatchObject({ result: 403_600 });
    const theme2 = rows.find((r) => r.getCell(1).value === 'Subtotaal 2. Effectievere ondersteuning inwoners')!;
    expect(theme2.getCell(6).value).toEqual({
      formula: 'SUMIFS(F$2:F$10,$A$2:$A$10,"=2. Effectievere ondersteuning inwoners",$D$2:$D$10,"gereserveerd")',
      result: 123_600,
    });
    const overview = workbook.getWorksheet('Overzicht')!;
    const y2022 = overview.getRows(2, overview.rowCount)!.find((r) => r.getCell(1).value === 2022)!;
    expect(y2022.getCell(9).value).toMatchObject({ formula: `E${y2022.number}-F${y2022.number}-G${y2022.number}`, result: 8_883 });
  });

  it('json: what GET answers; other formats, and versions, are refused in Dutch', async () => {
    const body = (await (await s.api(`/api/documents/${id}/export?format=json`)).json()) as BudgetReport;
    expect(body.totals.total.gereserveerd).toBe(euros(403_600));
    const docx = await s.api(`/api/documents/${id}/export?format=docx`);
    expect(docx.status).toBe(400);
    expect(((await docx.json()) as { error: string }).error).toContain('xlsx');
    expect((await s.api(`/api/documents/${id}/export?format=csv&version=v1`)).status).toBe(404);
  });
});

describe('rights and routes', () => {
  let id: string;
  let redacteur: TestUser;
  let lezer: TestUser;
  let vreemde: TestUser;
  beforeAll(async () => {
    id = await create({ ...NEW, name: 'POK Dronten rechten' });
    redacteur = await s.createUser({ name: 'Rita Redacteur', grants: [{ scope: '*', role: 'redacteur' }] });
    lezer = await s.createUser({ name: 'Lex Lezer', grants: [{ scope: id, role: 'lezer' }] });
    vreemde = await s.createUser({ name: 'Vera Vreemd', grants: [{ scope: 'bestaanszekerheid', role: 'beheerder' }] });
  });

  it('imports only with the finance right; reads with the read right; nothing without a role', async () => {
    const fa = await s.createUser({ name: 'Frits Financieel', grants: [{ scope: id, role: 'financieel-adviseur' }] });
    expect((await upload(id, 'preview', DRONTEN_CSV, 'd.csv', fa.cookie)).status).toBe(200);
    const refused = await upload(id, 'preview', DRONTEN_CSV, 'd.csv', redacteur.cookie);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toContain('financieel adviseur');
    expect((await upload(id, 'preview', DRONTEN_CSV, 'd.csv', lezer.cookie)).status).toBe(403);
    expect((await s.api(`/api/documents/${id}`, { cookie: lezer.cookie })).status).toBe(200);
    expect((await s.api(`/api/documents/${id}/validation`, { cookie: lezer.cookie })).status).toBe(200);
    expect((await s.api(`/api/documents/${id}/export?format=csv`, { cookie: lezer.cookie })).status).toBe(200);
    expect((await s.api(`/api/documents/${id}`, { cookie: vreemde.cookie })).status).toBe(403);
    const list = (await (await s.api('/api/documents?kind=budget', { cookie: vreemde.cookie })).json()) as unknown[];
    expect(list).toEqual([]);
  });

  it('answers 404 on the programme routes a budget plan does not have, never treating it as a programme', async () => {
    for (const [method, path] of [
      ['GET', 'settings'],
      ['GET', 'versions'],
      ['POST', 'archive'],
      ['POST', 'workshops'],
      ['GET', 'history'],
      ['POST', 'restore'],
      ['GET', 'iets-nieuws'],
    ] as const) {
      const response = await s.api(`/api/documents/${id}/${path}`, { method, headers: { 'content-type': 'application/json' }, ...(method === 'POST' ? { body: '{}' } : {}) });
      expect(response.status, path).toBe(404);
      expect(((await response.json()) as { error: string }).error).toBe('Dit kan niet bij een begrotingsplan.');
    }
    expect((await s.api('/api/documents/begroting-bestaat-niet')).status).toBe(404);
    expect((await s.api(`/api/documents/${id}/settings`, { cookie: vreemde.cookie })).status).toBe(403);
  });

  it('keeps budget plans out of what counts programmes: health, the migration at start, export of all', async () => {
    const health = (await (await s.api('/api/health')).json()) as { documents: number };
    const programmes = (await (await s.api('/api/documents')).json()) as unknown[];
    expect(health.documents).toBe(programmes.length);
    const all = await s.api('/api/documents/all/export?format=json');
    expect(all.status).toBe(200);
    const exported = (await all.json()) as { programme: { id: string } }[];
    expect(exported.length).toBe(programmes.length);
    expect(exported.some((p) => p.programme.id.startsWith('begroting-'))).toBe(false);
  });
});
