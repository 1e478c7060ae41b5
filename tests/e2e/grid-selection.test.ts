/**
 * Selecting a block of cells as in Excel, with the real mouse and keyboard in Chromium: a drag
 * from one cell to another, Shift+click from the focused cell (the grid moves the focus on
 * pointerdown), Shift+arrows. The block has a visible border and its size in a status region; Ctrl+C
 * copies it as TSV, Ctrl+V fills it, Delete clears it and Ctrl+D fills it down, each one undo step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousAxeViolations, openAsUser, startServerAndBrowser, stopServerAndBrowser, type RunningServer } from '../helpers/browser.ts';
import { activeCell, cell as gridCell, cellText as gridCellText, focusCell as focusGridCell, SLOW_POLL as SLOW } from '../helpers/grid-page.ts';
import { failTestsOnPageErrors } from '../helpers/page-errors.ts';

const PROGRAMME = 'bestaanszekerheid';
const ACTIVITIES = 'tabel-g1-s1-activiteiten';
const ROWS = ['g1-s1-a1', 'g1-s1-a2', 'g1-s1-a3', 'g1-s1-a4', 'g1-s1-a5'];

let server: RunningServer;
let browser: Browser;
const pageErrors = failTestsOnPageErrors();
let anna: Page;
let bram: Page;

const cell = (page: Page, rowId: string, colId: string) => gridCell(page, rowId, colId, ACTIVITIES);
const cellText = (page: Page, rowId: string, colId: string) => gridCellText(page, rowId, colId, ACTIVITIES);
const focusCell = (page: Page, rowId: string, colId: string) => focusGridCell(page, rowId, colId, ACTIVITIES);
const selectedCount = (page: Page) => page.locator(`#${ACTIVITIES} .ag-cell[aria-selected="true"]`).count();
const status = (page: Page) => page.locator(`#${ACTIVITIES} .toolbar-selection[role="status"]`).innerText();
const lastNotice = (page: Page) => page.locator('.notices .notice > span').last().innerText();

async function texts(page: Page, colId: string): Promise<string[]> {
  return Promise.all(ROWS.map((id) => cellText(page, id, colId)));
}

async function centre(page: Page, rowId: string, colId: string): Promise<{ x: number; y: number }> {
  const box = await cell(page, rowId, colId).boundingBox();
  if (!box) throw new Error(`cell ${rowId}/${colId} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 14) };
}

/** The table in the middle of the window, its rows done growing to their text (autoHeight). */
async function settle(page: Page): Promise<void> {
  await cell(page, ROWS[2]!, 'text').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(await cell(page, ROWS[4]!, 'kind').boundingBox());
      const same = now === last;
      last = now;
      return same;
    }, { timeout: 10_000, interval: 200 })
    .toBe(true);
}

/** A real drag: press in one cell, move through the grid, let go in another. */
async function drag(page: Page, from: [string, string], to: [string, string]): Promise<void> {
  await settle(page);
  const a = await centre(page, ...from);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  // Focusing the cell changes the toolbar's texts ("Rij 1 van 5"); the table must not move for it.
  expect(await centre(page, ...from)).toEqual(a);
  const b = await centre(page, ...to);
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 4 });
  const end = await centre(page, ...to);
  await page.mouse.move(end.x, end.y, { steps: 4 });
  await page.mouse.up();
}

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
  anna = await openAsUser(browser, `${server.url}/#/programma/${PROGRAMME}`, 'Anna de Vries', pageErrors, { width: 1440, height: 900 });
  bram = await openAsUser(browser, `${server.url}/#/programma/${PROGRAMME}`, 'Bram Jansen', pageErrors, { width: 1440, height: 900 });
  await cell(anna, ROWS[0]!, 'text').scrollIntoViewIfNeeded();
  await cell(bram, ROWS[0]!, 'text').waitFor();
  await anna.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
});

afterAll(() => stopServerAndBrowser({ server, browser }));

describe('a block of cells', () => {
  it('a mouse drag selects a block with a border, says its size to screen readers, and Ctrl+C copies it as TSV', async () => {
    await drag(anna, [ROWS[0]!, 'text'], [ROWS[2]!, 'kind']);
    await expect.poll(() => selectedCount(anna), SLOW).toBe(6);
    await expect.poll(() => status(anna)).toBe('3 x 2 cellen geselecteerd');
    // The focus stays where the drag began, as in Excel; no text got selected on the way.
    expect(await activeCell(anna)).toEqual({ rowId: ROWS[0], colId: 'text' });
    expect(await anna.evaluate(() => String(window.getSelection() ?? ''))).toBe('');
    // Marked by a border, not by colour alone: the block's corner cells carry its edges.
    const corner = await cell(anna, ROWS[0]!, 'text').evaluate((el) => getComputedStyle(el).boxShadow);
    expect(corner).toMatch(/inset/);
    await expectNoSeriousAxeViolations(anna, 'blok cellen geselecteerd');

    await anna.keyboard.press('Control+c');
    const [text, kind] = [await texts(anna, 'text'), await texts(anna, 'kind')];
    const quote = (t: string) => (/[\t\r\n"]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
    const tsv = [0, 1, 2].map((i) => `${quote(text[i]!)}\t${quote(kind[i]!)}\r\n`).join('');
    await expect.poll(() => anna.evaluate(() => navigator.clipboard.readText())).toBe(tsv);
    await expect.poll(() => lastNotice(anna)).toBe('3 x 2 cellen gekopieerd.');

    // A plain click elsewhere ends the block.
    await focusCell(anna, ROWS[4]!, 'text');
    await expect.poll(() => selectedCount(anna)).toBe(0);
  });

  it('Shift+click with the real mouse extends from the focused cell, and again from the same anchor', async () => {
    await focusCell(anna, ROWS[1]!, 'text');
    await anna.keyboard.down('Shift');
    await cell(anna, ROWS[2]!, 'kind').click();
    await anna.keyboard.up('Shift');
    await expect.poll(() => selectedCount(anna)).toBe(4);
    expect(await activeCell(anna)).toEqual({ rowId: ROWS[1], colId: 'text' });

    await anna.keyboard.down('Shift');
    await cell(anna, ROWS[3]!, 'text').click();
    await anna.keyboard.up('Shift');
    await expect.poll(() => status(anna)).toBe('3 x 1 cellen geselecteerd');
    expect(await activeCell(anna)).toEqual({ rowId: ROWS[1], colId: 'text' });
    // Shift+arrows go on from there.
    await anna.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => status(anna)).toBe('3 x 2 cellen geselecteerd');
    await anna.keyboard.press('Escape');
    await expect.poll(() => selectedCount(anna)).toBe(0);
  });

  it('Ctrl+D fills the top row down and Delete clears the block, each undone by one Ctrl+Z; the colleague sees it', async () => {
    const textBefore = await texts(anna, 'text');
    const kindBefore = await texts(anna, 'kind');

    await drag(anna, [ROWS[0]!, 'text'], [ROWS[2]!, 'kind']);
    await expect.poll(() => selectedCount(anna), SLOW).toBe(6);
    await anna.keyboard.press('Control+d');
    await expect.poll(() => texts(anna, 'text')).toEqual([textBefore[0], textBefore[0], textBefore[0], textBefore[3], textBefore[4]]);
    expect(await texts(anna, 'kind')).toEqual([kindBefore[0], kindBefore[0], kindBefore[0], kindBefore[3], kindBefore[4]]);
    await expect.poll(() => lastNotice(anna)).toBe('2 x 2 cellen gevuld. Ctrl+Z maakt dit ongedaan.');
    await expect.poll(() => cellText(bram, ROWS[2]!, 'text')).toBe(textBefore[0]);
    // The block stays selected after the fill.
    expect(await selectedCount(anna)).toBe(6);

    await anna.keyboard.press('Control+z');
    await expect.poll(() => texts(anna, 'text')).toEqual(textBefore);
    expect(await texts(anna, 'kind')).toEqual(kindBefore);

    // Keyboard only: Shift+ArrowDown from row 4, then Delete.
    await focusCell(anna, ROWS[3]!, 'text');
    await anna.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => status(anna)).toBe('2 x 1 cellen geselecteerd');
    await anna.keyboard.press('Delete');
    await expect.poll(() => texts(anna, 'text')).toEqual([...textBefore.slice(0, 3), '', '']);
    await expect.poll(() => lastNotice(anna)).toBe('2 x 1 cellen leeggemaakt. Ctrl+Z maakt dit ongedaan.');
    expect(await anna.locator('.ag-popup-editor').count()).toBe(0);
    await expect.poll(() => cellText(bram, ROWS[4]!, 'text')).toBe('');
    await anna.keyboard.press('Control+z');
    await expect.poll(() => texts(anna, 'text')).toEqual(textBefore);
    await expect.poll(() => cellText(bram, ROWS[4]!, 'text')).toBe(textBefore[4]);
  });

  it('Ctrl+V of one value fills the whole selected block, as one undo step', async () => {
    const before = await texts(anna, 'kind');
    await focusCell(anna, ROWS[2]!, 'kind');
    await anna.keyboard.down('Shift');
    await cell(anna, ROWS[4]!, 'kind').click();
    await anna.keyboard.up('Shift');
    await expect.poll(() => selectedCount(anna)).toBe(3);
    await anna.evaluate(() => navigator.clipboard.writeText('Nieuw'));
    await anna.keyboard.press('Control+v');
    await expect.poll(() => texts(anna, 'kind')).toEqual([before[0], before[1], 'Nieuw', 'Nieuw', 'Nieuw']);
    await anna.keyboard.press('Control+z');
    await expect.poll(() => texts(anna, 'kind')).toEqual(before);
  });
});
