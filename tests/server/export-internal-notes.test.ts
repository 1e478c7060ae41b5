/**
 * Issue 16: the data extraction's own notes ("A page break moved the last words... (file lines
 * 352-353)") never leave the app. Every export format of the three seeded programmes, read back
 * as text, carries neither a note nor the extraction's wording.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCsv } from '../../server/export/csv.ts';
import { renderDocx } from '../../server/export/docx.ts';
import { renderJson } from '../../server/export/json.ts';
import { PdfRenderer } from '../../server/export/pdf-renderer.ts';
import { footerTemplate, renderReportHtml } from '../../server/export/report-html.ts';
import { renderXlsx } from '../../server/export/xlsx.ts';
import { createLogger } from '../../server/log.ts';
import { SEED_PROGRAMMES } from '../../shared/seed/programmes.ts';
import { pdfText } from '../helpers/libreoffice.ts';
import { makeTempDir, removeDir } from '../helpers/temp-dir.ts';
import { seededProgrammes, snapshotOf, zipEntry } from './export-fixtures.ts';

/** How the extraction talks about the source file, in English and in Dutch. */
const EXTRACTION_WORDING = /file lines?\b|page break|put back|stacked|split (from|by)|column header|platte tekst|geëxtraheerd|kolomkop|regels \d+\s*-\s*\d+/i;

const flat = (text: string) => text.replace(/\s+/g, ' ');
const NOTES = SEED_PROGRAMMES.flatMap((p) => p.goals.flatMap((g) => g.indicators.map((i) => i.extractionNote)))
  .filter((n): n is string => !!n)
  .map((n) => flat(n).slice(0, 60));

function leaks(text: string): string[] {
  const all = flat(text);
  const wording = EXTRACTION_WORDING.exec(all);
  return [...NOTES.filter((n) => all.includes(n)), ...(wording ? [all.slice(Math.max(0, wording.index - 60), wording.index + 60)] : [])];
}

async function xlsxText(bytes: Uint8Array): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const texts: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text))));
  return texts.join('\n');
}

const docxText = (bytes: Uint8Array) => zipEntry(bytes, 'word/document.xml').replace(/<[^>]+>/g, ' ');

const programmes = seededProgrammes();
const snapshots = [snapshotOf(programmes), ...programmes.map((p) => snapshotOf([p]))];

describe('exports carry no extraction notes', () => {
  it('the seeds still hold the notes for the engineers, so this test can see them', () => {
    expect(NOTES.length).toBeGreaterThan(25);
    expect(NOTES.some((n) => EXTRACTION_WORDING.test(n))).toBe(true);
  });

  it.each(snapshots.map((s) => [s.title, s] as const))('not in the xlsx, csv, json or docx of %s', async (_title, snapshot) => {
    expect(leaks(await xlsxText(await renderXlsx(snapshot))), 'xlsx').toEqual([]);
    expect(leaks(new TextDecoder().decode(renderCsv(snapshot))), 'csv').toEqual([]);
    expect(leaks(new TextDecoder().decode(renderJson(snapshot))), 'json').toEqual([]);
    expect(leaks(docxText(await renderDocx(snapshot))), 'docx').toEqual([]);
  });

  describe('PDF', () => {
    const renderer = new PdfRenderer(createLogger('silent'));
    let dir: string;
    beforeAll(async () => {
      dir = await makeTempDir('koers-export-notes-');
    });
    afterAll(async () => {
      await renderer.close();
      await removeDir(dir);
    });

    it("not in the PDF of all programmes", async () => {
      const all = snapshots[0]!;
      const path = join(dir, 'alle.pdf');
      await writeFile(path, await renderer.render(renderReportHtml(all), { footerTemplate: footerTemplate(all) }));
      expect(leaks(await pdfText(path))).toEqual([]);
    }, 240_000);
  });
});
