/**
 * Issue 16: the workbook prints. Every sheet is set to A4 landscape, one page wide, with the
 * header row repeated; ids sit in hidden columns (still there for a re-import); text wraps in
 * rows sized for it. LibreOffice then prints the whole workbook to A4 landscape pages, far
 * fewer than the 32 Letter pages a single programme took before.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHEETS } from '../../server/export/sheets.ts';
import { FINDINGS_SHEET, renderXlsx } from '../../server/export/xlsx.ts';
import { convertWithLibreOffice, pdfInfo, pdfText } from '../helpers/libreoffice.ts';
import { makeTempDir, removeDir } from '../helpers/temp-dir.ts';
import { measuredProgramme, snapshotOf } from './export-fixtures.ts';

const single = snapshotOf([measuredProgramme()]);
let dir: string;
let xlsx: Uint8Array;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  dir = await makeTempDir('koers-xlsx-print-');
  xlsx = await renderXlsx(single);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(xlsx) as unknown as ArrayBuffer);
});
afterAll(async () => {
  await removeDir(dir);
});

const sheetNames = [...SHEETS.map((s) => s.name), FINDINGS_SHEET];

describe('the xlsx prints', () => {
  it.each(sheetNames)('%s: A4 landscape, one page wide, header row on every page, page numbers', (name) => {
    const sheet = workbook.getWorksheet(name)!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printTitlesRow).toBe('1:1');
    expect(sheet.headerFooter.oddFooter).toContain('Pagina &P van &N');
  });

  it.each(SHEETS.map((s) => [s.name, s] as const))('%s: ids in hidden columns, still filled for the import', (_name, def) => {
    const sheet = workbook.getWorksheet(def.name)!;
    def.columns.forEach((column, i) => {
      const hidden = sheet.getColumn(i + 1).hidden;
      if (column.role === 'id' || column.role === 'parentId') expect(hidden, column.header).toBe(true);
      if (['programme', 'parentCode', 'parentKind'].includes(column.role)) expect(hidden, column.header).toBe(false);
    });
    const idAt = def.columns.findIndex((c) => c.role === 'id') + 1;
    expect(sheet.getRow(2).getCell(idAt).text).not.toBe('');
  });

  it('the indicator sheet shows the columns a reader needs and folds the typed parts away in a group', () => {
    const def = SHEETS.find((s) => s.kind === 'goalIndicator')!;
    const sheet = workbook.getWorksheet(def.name)!;
    const shown = def.columns.filter((_c, i) => !sheet.getColumn(i + 1).hidden).map((c) => c.header);
    expect(shown).toEqual(['Programma', 'Doelcode', 'Indicator', 'Nulmeting', 'Streefwaarde', 'Monitoring/bron', 'Eenheid', 'Status', 'Toelichting']);
    const folded = def.columns.map((c, i) => [c, sheet.getColumn(i + 1)] as const).filter(([c]) => c.role === 'field' && !shown.includes(c.header));
    expect(folded.length).toBeGreaterThan(5);
    for (const [c, column] of folded) expect(column.outlineLevel, c.header).toBe(1);
  });

  it.each(sheetNames)('%s: every row has a height and its shown cells wrap at the top', (name) => {
    const sheet = workbook.getWorksheet(name)!;
    sheet.eachRow((row, r) => {
      expect(row.height, `row ${r}`).toBeGreaterThanOrEqual(15);
      row.eachCell((cell, c) => {
        if (sheet.getColumn(c).hidden) return;
        expect(cell.alignment, `${cell.address}`).toMatchObject({ wrapText: true, vertical: 'top' });
      });
    });
    // A long text gets a row tall enough for its lines, not the default single line.
    let tallest = 0;
    sheet.eachRow((row) => (tallest = Math.max(tallest, row.height)));
    expect(tallest).toBeGreaterThan(45);
  });

  it('LibreOffice prints it on A4 landscape pages, fewer than half the 32 Letter pages of before', async () => {
    const path = join(dir, 'programma.xlsx');
    await writeFile(path, xlsx);
    const [pdf] = await convertWithLibreOffice(path, 'pdf', dir);
    const info = await pdfInfo(pdf!);
    expect(info['Page size']).toMatch(/^841\.\d+ x 59[45]\.\d+ pts \(A4\)$/);
    const pages = Number(info.Pages);
    expect(pages).toBeLessThan(16);
    const text = await pdfText(pdf!);
    expect(text).toContain(`Pagina ${pages} van ${pages}`);
    // The header row repeats: every sheet's first column is "Programma", on every page.
    const pageTexts = text.split('\f').filter((t) => t.trim() !== '');
    expect(pageTexts).toHaveLength(pages);
    pageTexts.forEach((t, i) => expect(t, `page ${i + 1}`).toMatch(/^Programma\b/m));
    expect(text).not.toMatch(/\bg\d+-i\d+\b/);
  }, 240_000);
});
