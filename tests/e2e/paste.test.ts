/**
 * Tables in, reports out, in real Chromium against the real server with two people: a block
 * pasted from Excel fills the grid and adds a row in one undo step and reaches the colleague;
 * Ctrl+V and Ctrl+C work through the real clipboard with a Shift+arrow selection; a value that
 * does not fit is refused in Dutch; a Word table arrives as text only; the export menu downloads
 * an Excel file and passes axe while open.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  apiAsAdmin,
  expectNoSeriousAxeViolations,
  openAsUser,
  startServerAndBrowser,
  stopServerAndBrowser,
  type RunningServer,
} from '../helpers/browser.ts';
import { cell as gridCell, cellText as gridCellText, rowIds } from '../helpers/grid-page.ts';
import { failTestsOnPageErrors } from '../helpers/page-errors.ts';
import { moreMenu } from '../helpers/more-menu.ts';

const PROGRAMME = 'bestaanszekerheid';
const INDICATORS = 'tabel-g1-indicatoren';
const ACTIVITIES = 'tabel-g1-s1-activiteiten';
const COLUMNS = ['indicator', 'baseline', 'target', 'source'];

let server: RunningServer;
let browser: Browser;
const pageErrors = failTestsOnPageErrors();
let anna: Page;
let bram: Page;

// Most of this file works in the indicator table.
const cell = (page: Page, rowId: string, colId: string, grid = INDICATORS): Locator => gridCell(page, rowId, colId, grid);
const cellText = (page: Page, rowId: string, colId: string, grid = INDICATORS): Promise<string> => gridCellText(page, rowId, colId, grid);

/** The texts of a grid, row by row, for the given columns. */
async function gridTexts(page: Page, grid: string, columns: string[]): Promise<string[][]> {
  const ids = await rowIds(page, grid);
  const rows: string[][] = [];
  for (const id of ids) rows.push(await Promise.all(columns.map((c) => cellText(page, id, c, grid))));
  return rows;
}

/** A paste as the browser fires it on Ctrl+V: a ClipboardEvent carrying a DataTransfer. */
async function dispatchPaste(page: Page, data: Record<string, string>): Promise<void> {
  await page.evaluate((entries) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

function lastNotice(page: Page): Promise<string> {
  return page.locator('.notices .notice > span').last().innerText();
}

async function focusCell(page: Page, rowId: string, colId: string, grid = INDICATORS): Promise<void> {
  await cell(page, rowId, colId, grid).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.ag-cell')?.getAttribute('col-id') ?? null)).toBe(colId);
}

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
  anna = await openAsUser(browser, `${server.url}/#/programma/${PROGRAMME}`, 'Anna de Vries', pageErrors);
  bram = await openAsUser(browser, `${server.url}/#/programma/${PROGRAMME}`, 'Bram Jansen', pageErrors);
  await cell(anna, 'g1-i1', 'indicator').waitFor();
  await cell(bram, 'g1-i1', 'indicator').waitFor();
  await anna.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
});

afterAll(() => stopServerAndBrowser({ server, browser }));

describe('paste and copy in the grid', () => {
  it('Ctrl+V reads the real clipboard; Shift+arrows select a block that Ctrl+C copies as Excel text and HTML', async () => {
    await focusCell(anna, 'g1-i1', 'source');
    await anna.evaluate(() => navigator.clipboard.writeText('CBS Statline\r\nCentrumgemeente Almere\r\n'));
    await anna.keyboard.press('Control+v');
    await expect.poll(() => cellText(anna, 'g1-i1', 'source')).toBe('CBS Statline');
    await expect.poll(() => cellText(anna, 'g1-i2', 'source')).toBe('Centrumgemeente Almere');
    await expect.poll(() => cellText(bram, 'g1-i2', 'source')).toBe('Centrumgemeente Almere');

    await focusCell(anna, 'g1-i1', 'target');
    // The paste's own re-render may still move AG Grid's focus once; start the block when the
    // grid has settled on the anchor cell, as a person would after looking at it.
    await anna.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
    await focusCell(anna, 'g1-i1', 'target');
    await anna.keyboard.press('Shift+ArrowRight');
    await anna.keyboard.press('Shift+ArrowDown');
    await anna.keyboard.press('Shift+ArrowRight'); // the Voortgang column (issue 13), the last one
    await anna.keyboard.press('Shift+ArrowRight'); // stops at the last column
    await expect.poll(() => anna.locator(`#${INDICATORS} .ag-cell[aria-selected="true"]`).count()).toBe(6);
    // The focus stays on the anchor cell, as in Excel.
    expect(await anna.evaluate(() => document.activeElement?.closest('.ag-cell')?.getAttribute('col-id'))).toBe('target');

    await anna.keyboard.press('Control+c');
    const target1 = await cellText(anna, 'g1-i1', 'target');
    const target2 = await cellText(anna, 'g1-i2', 'target');
    const quote = (text: string) => (/[\t\r\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    await expect
      .poll(() => anna.evaluate(() => navigator.clipboard.readText()))
      // The Voortgang column holds no stored value: it copies as an empty cell.
      .toBe(`${quote(target1)}\tCBS Statline\t\r\n${quote(target2)}\tCentrumgemeente Almere\t\r\n`);
    const html = await anna.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item && item.types.includes('text/html') ? (await item.getType('text/html')).text() : '';
    });
    expect(html).toContain('<td>CBS Statline</td>');
    await expect.poll(() => lastNotice(anna)).toBe('2 x 3 cellen gekopieerd.');

    // An arrow without Shift moves on and drops the selection.
    await anna.keyboard.press('ArrowLeft');
    await expect.poll(() => anna.locator(`#${INDICATORS} .ag-cell[aria-selected="true"]`).count()).toBe(0);
  });

  it('leaves a paste to an open cell editor', async () => {
    const before = await cellText(anna, 'g1-i2', 'indicator');
    await focusCell(anna, 'g1-i2', 'indicator');
    await anna.keyboard.press('Enter');
    const editor = anna.locator('.ag-popup-editor textarea');
    await editor.waitFor();
    await anna.evaluate(() => navigator.clipboard.writeText('ingeplakt\tin de editor'));
    await anna.keyboard.press('Control+End');
    await anna.keyboard.press('Control+v');
    await expect.poll(() => editor.inputValue()).toBe(`${before}ingeplakt\tin de editor`);
    await anna.keyboard.press('Escape');
    await expect.poll(() => cellText(anna, 'g1-i2', 'indicator')).toBe(before);
    expect(await rowIds(anna, INDICATORS)).toEqual(['g1-i1', 'g1-i2']);
  });

  it('refuses a value that does not fit a column, naming row and column, and changes nothing', async () => {
    await cell(anna, 'g1-s1-a1', 'text', ACTIVITIES).scrollIntoViewIfNeeded();
    const before = await gridTexts(anna, ACTIVITIES, ['text', 'kind']);
    await focusCell(anna, 'g1-s1-a1', 'text', ACTIVITIES);
    await dispatchPaste(anna, { 'text/plain': 'Voorlichting\tNieuw\r\nSchuldhulp\tMisschien\r\n' });
    await expect.poll(() => lastNotice(anna)).toBe(
      'Niets geplakt. Rij 2, kolom Soort: “Misschien” is geen keuze uit de lijst (Bestaand of Nieuw).',
    );
    expect(await gridTexts(anna, ACTIVITIES, ['text', 'kind'])).toEqual(before);
  });

  it('takes a Word table as text only and skips the read-only number column', async () => {
    await focusCell(anna, 'g1-s1-a1', 'nr', ACTIVITIES);
    const word =
      '<html><body><table><tr><td><p>1</p></td><td><p>Voorlichting <b>in</b> wijken</p><p>tweede alinea</p></td>' +
      '<td>Nieuw</td></tr><tr><td>2</td><td><img src="x" onerror="window.__pwned = true">&lt;script&gt;</td><td>bestaand</td></tr></table></body></html>';
    await dispatchPaste(anna, { 'text/html': word });
    await expect.poll(() => cellText(anna, 'g1-s1-a1', 'text', ACTIVITIES)).toBe('Voorlichting in wijken\ntweede alinea');
    await expect.poll(() => cellText(anna, 'g1-s1-a2', 'text', ACTIVITIES)).toBe('<script>');
    await expect.poll(() => cellText(anna, 'g1-s1-a1', 'kind', ACTIVITIES)).toBe('Nieuw');
    await expect.poll(() => cellText(anna, 'g1-s1-a2', 'kind', ACTIVITIES)).toBe('Bestaand');
    await expect.poll(() => lastNotice(anna)).toContain('Kolom Nr. is niet te wijzigen en overgeslagen.');
    expect(await anna.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned ?? false)).toBe(false);
    expect(await anna.locator(`#${ACTIVITIES} img`).count()).toBe(0);
    await expect.poll(() => cellText(bram, 'g1-s1-a2', 'text', ACTIVITIES)).toBe('<script>');
  });

  it('pastes a 3 x 4 block from Excel, adds a row, reaches the colleague, and one Ctrl+Z removes it all', async () => {
    const before = await gridTexts(anna, INDICATORS, COLUMNS);
    expect(before).toHaveLength(2);

    await focusCell(anna, 'g1-i1', 'indicator');
    const excel =
      'Meldingen huiselijk geweld\t"120 meldingen\n(2024)"\tDaling naar 100\tVeilig Thuis\r\n' +
      'Adviesvragen\t45\t60\tVeilig Thuis Flevoland\r\n' +
      'Nieuwe indicator\t"zei ""ja"""\tte ontwikkelen\tEigen registratie\r\n';
    await dispatchPaste(anna, { 'text/plain': excel });

    const expected = [
      ['Meldingen huiselijk geweld', '120 meldingen\n(2024)', 'Daling naar 100', 'Veilig Thuis'],
      ['Adviesvragen', '45', '60', 'Veilig Thuis Flevoland'],
      ['Nieuwe indicator', 'zei "ja"', 'te ontwikkelen', 'Eigen registratie'],
    ];
    await expect.poll(() => gridTexts(anna, INDICATORS, COLUMNS)).toEqual(expected);
    await expect.poll(() => lastNotice(anna)).toContain('3 x 4 cellen geplakt, 1 rij toegevoegd.');
    await expect.poll(() => gridTexts(bram, INDICATORS, COLUMNS)).toEqual(expected);
    // The pasted block stays selected, for screen readers too.
    await expect.poll(() => anna.locator(`#${INDICATORS} .ag-cell[aria-selected="true"]`).count()).toBe(12);
    await expect.poll(() => anna.locator(`#${INDICATORS} .toolbar-selection`).innerText()).toBe('3 x 4 cellen geselecteerd');

    await anna.keyboard.press('Control+z');
    await expect.poll(() => gridTexts(anna, INDICATORS, COLUMNS)).toEqual(before);
    await expect.poll(() => gridTexts(bram, INDICATORS, COLUMNS)).toEqual(before);
  });
});

describe('export and import', () => {
  it('opens the menu from the keyboard, passes axe while open, and downloads an Excel file with its Dutch name, and the voortgangsrapportage', async () => {
    const button = anna.getByRole('button', { name: 'Exporteren' });
    await button.focus();
    await anna.keyboard.press('Enter');
    const menu = anna.getByRole('menu', { name: 'Exporteren' });
    await menu.waitFor();
    await expect.poll(() => anna.evaluate(() => document.activeElement?.textContent)).toBe('Word (.docx)');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await menu.getByRole('group', { name: "Alle drie programma's" }).getByRole('menuitem').count()).toBe(5);

    await expectNoSeriousAxeViolations(anna, 'the open export menu');

    await anna.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    await expect.poll(() => anna.evaluate(() => document.activeElement?.getAttribute('aria-haspopup'))).toBe('menu');

    await anna.keyboard.press('ArrowDown');
    await menu.waitFor();
    await anna.keyboard.press('ArrowDown');
    await expect.poll(() => anna.evaluate(() => document.activeElement?.textContent)).toBe('Excel (.xlsx)');
    const downloading = anna.waitForEvent('download');
    await anna.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^Bestaanszekerheid bieden - huidige versie \d{4}-\d{2}-\d{2}\.xlsx$/);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // a zip, as every .xlsx is
    await expect.poll(() => lastNotice(anna)).toMatch(/^Excel-bestand gedownload: Bestaanszekerheid bieden - huidige versie .*\.xlsx/);

    // All three programmes in one file.
    await button.click();
    const all = anna.waitForEvent('download');
    await menu.getByRole('group', { name: "Alle drie programma's" }).getByRole('menuitem', { name: 'JSON (.json)' }).click();
    expect((await all).suggestedFilename()).toMatch(/^Alle programma's - huidige versie \d{4}-\d{2}-\d{2}\.json$/);

    // The voortgangsrapportage of this programme, from the same menu.
    await button.click();
    const report = anna.waitForEvent('download');
    await menu.getByRole('group', { name: 'Voortgangsrapportage' }).getByRole('menuitem', { name: 'Voortgangsrapportage, Word (.docx)' }).click();
    const reportBytes = await readFile((await (await report).path())!);
    expect([...reportBytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    await expect.poll(() => lastNotice(anna)).toMatch(/^Voortgangsrapportage gedownload: /);
  });

  it('imports a CSV after mapping an unknown column away, as one change the colleague sees, and "Import terugdraaien" takes it back for both', async () => {
    const exported = await apiAsAdmin(server.url, `/api/documents/${PROGRAMME}/export?format=csv`);
    const csv = await exported.text();
    expect(csv).toContain('Centrumgemeente Almere');
    const [header, ...rest] = csv.split('\r\n');
    const edited = [`${header};Opmerking intern`, ...rest].join('\r\n').replace('Centrumgemeente Almere', 'Centrumgemeente Almere (GGD)');

    await (await moreMenu(anna)).getByRole('button', { name: 'Importeren…' }).click();
    const dialog = anna.getByRole('dialog', { name: 'Importeren uit Excel of CSV' });
    await dialog.getByLabel('Bestand (.xlsx of .csv)').setInputFiles({ name: 'programma.csv', mimeType: 'text/csv', buffer: Buffer.from(edited, 'utf8') });
    await expect.poll(() => dialog.locator('.import-findings').innerText()).toContain('Opmerking intern');
    expect(await dialog.getByRole('button', { name: 'Toepassen' }).getAttribute('aria-disabled')).toBe('true');

    await dialog.getByLabel(/kolom “Opmerking intern”/).selectOption({ label: 'Weglaten' });
    await expect.poll(() => dialog.getByRole('status').innerText()).toMatch(/^Voorbeeld: 1 rij gewijzigd, 0 toegevoegd/);
    expect(await dialog.locator('.import-preview').innerText()).toContain('Centrumgemeente Almere (GGD)');
    await expectNoSeriousAxeViolations(anna, 'the open import dialog');

    const sourceBefore = await cellText(bram, 'g1-i2', 'source');
    await dialog.getByRole('button', { name: 'Toepassen' }).click();
    await expect.poll(() => dialog.getByRole('status').innerText()).toMatch(/^Import toegepast: 1 rij gewijzigd/);
    await expect.poll(() => cellText(bram, 'g1-i2', 'source')).toBe('Centrumgemeente Almere (GGD)');
    await expect.poll(() => cellText(anna, 'g1-i2', 'source')).toBe('Centrumgemeente Almere (GGD)');
    await expectNoSeriousAxeViolations(anna, 'import applied, with Import terugdraaien');

    // Not what she meant: one step back, for everyone, from the version Koers froze before.
    await dialog.getByRole('button', { name: 'Import terugdraaien' }).click();
    await expect.poll(() => lastNotice(anna)).toMatch(/^Import teruggedraaid: 1 cel terug, 0 rijen weer weg\./);
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => cellText(bram, 'g1-i2', 'source')).toBe(sourceBefore);
    await expect.poll(() => cellText(anna, 'g1-i2', 'source')).toBe(sourceBefore);
  });

  it('shows in the preview what the checks would report after the import (an unknown unit), and Annuleren changes nothing', async () => {
    const exported = await apiAsAdmin(server.url, `/api/documents/${PROGRAMME}/export?format=xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await exported.arrayBuffer());
    const sheet = book.getWorksheet('Indicatoren')!;
    const unitColumn = (sheet.getRow(1).values as unknown[]).indexOf('Eenheid');
    let row = 2;
    while (sheet.getRow(row).getCell(2).value !== 'g1-i1') row++;
    sheet.getRow(row).getCell(unitColumn).value = 'kilo';
    const bytes = Buffer.from(await book.xlsx.writeBuffer());

    await (await moreMenu(anna)).getByRole('button', { name: 'Importeren…' }).click();
    const dialog = anna.getByRole('dialog', { name: 'Importeren uit Excel of CSV' });
    await dialog.getByLabel('Bestand (.xlsx of .csv)').setInputFiles({ name: 'eenheid.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
    const checks = dialog.getByRole('region', { name: 'Controle na het importeren' });
    await expect.poll(() => checks.innerText(), { timeout: 15_000 }).toContain('De eenheid "kilo" is onbekend');
    expect(await checks.innerText()).toMatch(/Fout \(Blad Indicatoren, rij \d+/);
    await expectNoSeriousAxeViolations(anna, 'import preview with findings of the checks');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    const programme = (await (await apiAsAdmin(server.url, `/api/documents/${PROGRAMME}`)).json()) as { goals: { indicators: { id: string; unit: string | null }[] }[] };
    expect(programme.goals[0]!.indicators.find((i) => i.id === 'g1-i1')?.unit).not.toBe('kilo');
  });
});
