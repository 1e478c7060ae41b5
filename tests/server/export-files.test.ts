/**
 * Every export format opened by a real reader, not by our own code: LibreOffice converts the
 * Word and Excel files, poppler reads the PDF, exceljs reads the workbook back, LibreOffice
 * parses the CSV the way Dutch Excel would. Each must carry every goal, indicator and result.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Programme } from '../../shared/model/types.ts';
import { FLAT_COLUMNS, flatRows } from '../../server/export/csv-shape.ts';
import { renderCsv } from '../../server/export/csv.ts';
import { renderDocx } from '../../server/export/docx.ts';
import { renderJson, type ProgrammeArchive } from '../../server/export/json.ts';
import { PdfRenderer } from '../../server/export/pdf-renderer.ts';
import { footerTemplate, renderReportHtml } from '../../server/export/report-html.ts';
import { SHEETS, sheetRows } from '../../server/export/sheets.ts';
import { FINDINGS_SHEET, renderXlsx } from '../../server/export/xlsx.ts';
import { createLogger } from '../../server/log.ts';
import { convertWithLibreOffice, pdfInfo, pdfText } from '../helpers/libreoffice.ts';
import { makeTempDir, removeDir } from '../helpers/temp-dir.ts';
import { missingTexts, requiredTexts, seededProgrammes, snapshotOf, zipEntry } from './export-fixtures.ts';

const SLOW = 240_000;
const programmes = seededProgrammes();
const all = snapshotOf(programmes);
let dir: string;

beforeAll(async () => {
  dir = await makeTempDir('koers-export-files-');
});

afterAll(async () => {
  await removeDir(dir);
});

async function save(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

describe('Word (.docx)', () => {
  let docx: Uint8Array;
  let text: string;
  let odf: string;

  beforeAll(async () => {
    docx = await renderDocx(all);
    const path = await save('alle.docx', docx);
    const [txt] = await convertWithLibreOffice(path, 'txt:Text (encoded):UTF8', dir);
    text = await readFile(txt!, 'utf8');
    const [fodt] = await convertWithLibreOffice(path, 'fodt', dir);
    odf = await readFile(fodt!, 'utf8');
  }, SLOW);

  it.each(programmes.map((p) => [p.id, p] as const))('LibreOffice reads every goal, indicator and result of %s', (_id, programme) => {
    expect(missingTexts(text, requiredTexts(programme))).toEqual([]);
    expect(text).toContain(programme.name);
  });

  it('gives each programme a title page with its version, and lists activities', () => {
    expect(text).toContain("Alle programma's");
    expect(text).toContain('Versie: Huidige versie');
    expect(text).toContain('Datum: 22 november 2026');
    expect(text).toContain('Probleem/aanleiding');
    const activity = programmes[0]!.goals[0]!.subGoals[0]!.activities[0]!.text;
    expect(text).toContain(activity);
  });

  it('uses named styles: every goal heading is "Koers Kop 1", every table repeats its header row', () => {
    const goals = programmes.reduce((n, p) => n + p.goals.length, 0);
    const tables = programmes.reduce((n, p) => n + p.goals.reduce((m, g) => m + (g.indicators.length > 0 ? 1 : 0) + g.subGoals.filter((s) => s.results.length > 0).length, 0), 0);
    for (const name of ['Koers Kop 1', 'Koers Kop 2', 'Koers Tekst', 'Koers Tabelkop', 'Koers Genummerde lijst']) {
      expect(odf).toContain(`style:display-name="${name}"`);
    }
    // LibreOffice may wrap a named style in an automatic one (P7 with parent Koers Kop 1).
    const viaParent = new Set(
      [...odf.matchAll(/style:name="(P\d+)" style:family="paragraph" style:parent-style-name="Koers_20_Kop_20_1"/g)].map((m) => m[1]),
    );
    const headings = [...odf.matchAll(/<text:h text:style-name="([^"]+)"/g)].filter((m) => m[1] === 'Koers_20_Kop_20_1' || viaParent.has(m[1]!));
    expect(headings).toHaveLength(goals);
    expect(odf.match(/<table:table-header-rows>/g)).toHaveLength(tables);
    expect(zipEntry(docx, 'word/styles.xml')).toContain('<w:name w:val="Koers Tabel"/>');
    expect(zipEntry(docx, 'word/document.xml')).toContain('<w:tblStyle w:val="KoersTabel"/>');
  });

  it('names programme and version in the file properties', () => {
    expect(odf).toContain("<dc:title>Alle programma&apos;s - Huidige versie</dc:title>");
    expect(odf).toContain('<meta:user-defined meta:name="Versie">Huidige versie</meta:user-defined>');
    expect(odf).toContain('<meta:user-defined meta:name="Versiedatum">2026-11-22</meta:user-defined>');
    expect(odf).toContain('<meta:user-defined meta:name="Versiestatus">werkversie (niet vastgesteld)</meta:user-defined>');
  });
});

describe('Excel (.xlsx)', () => {
  let xlsx: Uint8Array;
  let workbook: ExcelJS.Workbook;
  let sheetsAsCsv: Map<string, string>;

  beforeAll(async () => {
    xlsx = await renderXlsx(all);
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx) as unknown as ArrayBuffer);
    const path = await save('alle.xlsx', xlsx);
    // Token 12 = -1: every sheet to its own file (LibreOffice 7.2+). 59 = ';', 76 = UTF-8.
    const files = await convertWithLibreOffice(path, 'csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1', dir);
    sheetsAsCsv = new Map(await Promise.all(files.map(async (f) => [/-([^-]+)\.csv$/.exec(f)![1]!, await readFile(f, 'utf8')] as const)));
  }, SLOW);

  it('has one sheet per table type plus the findings, each with a frozen, filtered header row', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([...SHEETS.map((s) => s.name), FINDINGS_SHEET]);
    for (const def of SHEETS) {
      const sheet = workbook.getWorksheet(def.name)!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(def.columns.map((c) => c.header));
    }
  });

  it('has a row for every goal, indicator, uitwerking, result and activity, with ids and codes', () => {
    const expected = programmes.map(sheetRows);
    for (const def of SHEETS) {
      const rows = expected.flatMap((e) => e[def.kind]);
      const sheet = workbook.getWorksheet(def.name)!;
      expect(sheet.actualRowCount - 1, def.name).toBe(rows.length);
      const ids = sheet.getColumn(2).values.slice(2);
      expect(ids, def.name).toEqual(rows.map((r) => r.id));
    }
    const goals = workbook.getWorksheet('Doelen')!;
    expect(goals.getRow(2).values).toEqual([undefined, programmes[0]!.name, 'g1', '1', programmes[0]!.goals[0]!.title, programmes[0]!.goals[0]!.societalEffect]);
  });

  it('keeps the structured parts of nulmeting and streefwaarde in typed columns', () => {
    const sheet = workbook.getWorksheet('Indicatoren')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const col = (name: string) => header.indexOf(name) + 1;
    const first = programmes[0]!.goals[0]!.indicators[0]!;
    const row = sheet.getRow(2);
    expect(row.getCell(col('Nulmeting jaar')).value).toBe(first.baselineYear);
    expect(typeof row.getCell(col('Streefjaar')).value).toBe('number');
    expect(row.getCell(col('Eenheid')).value).toBe(first.unit);
    expect(row.getCell(col('Status')).value).toBe('meetbaar');
    expect(row.getCell(col('Richting')).value).toBe('stijgen');
  });

  it('lists validation findings with sheet, id and message', () => {
    const sheet = workbook.getWorksheet(FINDINGS_SHEET)!;
    expect(sheet.actualRowCount).toBeGreaterThan(10);
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    expect(rows.every((r) => ['fout', 'waarschuwing', 'info'].includes(String(r[2])))).toBe(true);
    expect(rows.some((r) => r[4] === 'Indicatoren' && typeof r[5] === 'string' && String(r[7]).length > 20)).toBe(true);
  });

  it('names the version in the workbook properties', () => {
    expect(workbook.title).toBe("Alle programma's - Huidige versie");
    expect(workbook.keywords).toContain('versie: Huidige versie');
    expect(workbook.keywords).toContain('datum: 2026-11-22');
    expect(workbook.subject).toContain('werkversie');
  });

  it.each(programmes.map((p) => [p.id, p] as const))('LibreOffice reads every text of %s from the sheets', (_id, programme) => {
    const text = [...sheetsAsCsv.values()].join('\n');
    const texts = requiredTexts(programme).filter((t) => !t.startsWith('Doel '));
    expect(missingTexts(text, texts)).toEqual([]);
    expect(missingTexts(text, programme.goals.map((g) => g.title))).toEqual([]);
  });
});

describe('PDF', () => {
  const renderer = new PdfRenderer(createLogger('silent'));
  let path: string;
  let bytes: Uint8Array;

  beforeAll(async () => {
    bytes = await renderer.render(renderReportHtml(all), { footerTemplate: footerTemplate(all) });
    path = await save('alle.pdf', bytes);
  }, SLOW);

  afterAll(async () => {
    await renderer.close();
  });

  it('is an A4 PDF with a "pagina X van Y" footer', async () => {
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const info = await pdfInfo(path);
    expect(info['Page size']).toMatch(/^595\.\d+ x 84[12]\.\d+ pts \(A4\)$/);
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThan(10);
    const text = await pdfText(path);
    expect(text).toContain(`pagina 1 van ${pages}`);
    expect(text).toContain(`pagina ${pages} van ${pages}`);
    expect(info.Title).toBe("Alle programma's - Huidige versie");
  });

  it.each(programmes.map((p) => [p.id, p] as const))('poppler reads every goal, indicator and result of %s', async (_id, programme) => {
    expect(missingTexts(await pdfText(path), requiredTexts(programme))).toEqual([]);
  });

  it('fetches nothing while printing, even when the HTML asks for it', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const html = `<!doctype html><html><head><link rel="stylesheet" href="${base}/s.css"></head><body><p>hallo</p><img src="${base}/a.png"></body></html>`;
      const pdf = await renderer.render(html, { footerTemplate: '<span></span>' });
      expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  }, SLOW);

  it('prints user text as text, never as markup', async () => {
    const hostile: Programme = structuredClone(programmes[0]!);
    hostile.goals[0]!.title = '<b>vet</b> & <script>document.title="gehackt"</script><img src=x onerror=alert(1)>';
    const snapshot = snapshotOf([hostile]);
    const html = renderReportHtml(snapshot);
    expect(html).not.toContain('<script>document');
    expect(html).not.toContain('<img src=x');
    const file = await save('vijandig.pdf', await renderer.render(html, { footerTemplate: footerTemplate(snapshot) }));
    const squeezed = (await pdfText(file)).replace(/\s+/g, '');
    expect(squeezed).toContain('Doel1:<b>vet</b>&<script>document.title="gehackt"</script><imgsrc=xonerror=alert(1)>');
    expect((await pdfInfo(file)).Title).toBe(`${hostile.name} - Huidige versie`);
  }, SLOW);
});

describe('CSV', () => {
  const csv = renderCsv(all);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv);

  it('is UTF-8 with a BOM, semicolons and CRLF, one line per goal or result indicator', () => {
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(FLAT_COLUMNS.map((c) => c.header).join(';'));
    expect(lines.length - 2).toBe(programmes.reduce((n, p) => n + flatRows(p).length, 0));
    const indicators = programmes.reduce((n, p) => n + p.goals.reduce((m, g) => m + g.indicators.length + g.subGoals.reduce((k, s) => k + s.results.reduce((j, r) => j + r.indicators.length, 0), 0), 0), 0);
    expect(lines.filter((l) => /;(Doelindicator|Resultaatindicator);/.test(l)).length).toBe(indicators);
  });

  it('opens in LibreOffice with Dutch settings as the same table, numbers as numbers', async () => {
    const path = await save('alle-tabel.csv', csv);
    // 59 = ';', 34 = '"', 76 = UTF-8, 1043 = Dutch (decimal comma): how Excel-NL reads a double-clicked CSV.
    const [converted] = await convertWithLibreOffice(path, 'xlsx', dir, 'CSV:59,34,76,1,,1043');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(converted!);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(FLAT_COLUMNS.map((c) => c.header));
    const expected = programmes.flatMap(flatRows);
    expect(sheet.actualRowCount - 1).toBe(expected.length);
    const at = (name: string) => header.indexOf(name) + 1;
    const withDecimal = expected.findIndex((r) => r.goalIndicator?.baselineValue === 43.9);
    expect(withDecimal).toBeGreaterThanOrEqual(0);
    const row = sheet.getRow(withDecimal + 2);
    expect(row.getCell(at('Nulmeting waarde')).value).toBe(43.9);
    expect(row.getCell(at('Indicator')).value).toBe(expected[withDecimal]!.goalIndicator!.indicator);
    expect(row.getCell(at('Doel')).value).toBe(expected[withDecimal]!.goal.title);
    // A text cell that is only a number ("43,9 %") becomes a number in any spreadsheet that
    // opens a CSV; the xlsx export keeps it as text. Those come back as their value.
    const numberLike = /^\d+(,\d+)? ?%$/;
    const cells = (sheet.getSheetValues() as unknown[][]).flatMap((r) => (r ?? []).map((v) => String(v ?? ''))).join('\n');
    for (const programme of programmes) {
      const texts = requiredTexts(programme).filter((t) => !t.startsWith('Doel ') && !programme.goals.some((g) => g.subGoals.some((s) => s.problem === t)));
      expect(missingTexts(cells, texts.filter((t) => !numberLike.test(t)))).toEqual([]);
    }
    const percentRow = expected.findIndex((r) => r.goalIndicator?.baseline === '43,9 %');
    expect(sheet.getRow(percentRow + 2).getCell(at('Nulmeting')).value).toBeCloseTo(0.439, 6);
  }, SLOW);
});

describe('JSON', () => {
  it('holds the whole model and the version, one document per programme for id=all', () => {
    const archives = JSON.parse(new TextDecoder().decode(renderJson(all))) as ProgrammeArchive[];
    expect(archives.map((a) => a.programme)).toEqual(programmes);
    expect(archives[0]).toMatchObject({ format: 'koers-programma', formatVersion: 1, version: { name: 'Huidige versie', date: '2026-11-22' } });
    const single = JSON.parse(new TextDecoder().decode(renderJson(snapshotOf([programmes[1]!])))) as ProgrammeArchive;
    expect(single.programme).toEqual(programmes[1]);
  });
});
