/**
 * The grid's layout with long texts and tall tables, in Chromium with the real mouse: a long
 * text shows at most 8 lines and "Alles tonen" opens the rest in place (and closes it again);
 * column headers stay under the top bar while a tall table scrolls by; header words never break
 * inside a word; a column width dragged by the user survives a reload. axe runs on the result.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousAxeViolations, openAsUser, startServerAndBrowser, stopServerAndBrowser, type RunningServer } from '../helpers/browser.ts';
import { activeCell, cell } from '../helpers/grid-page.ts';
import { failTestsOnPageErrors } from '../helpers/page-errors.ts';

const PROGRAMME = 'bestaanszekerheid';
const INDICATORS = 'tabel-g1-indicatoren';
const LONG = Array.from({ length: 38 }, (_, i) => `Zin ${i + 1} van een lange toelichting over schulden en armoede.`).join(' ');

let server: RunningServer;
let browser: Browser;
const pageErrors = failTestsOnPageErrors();
let anna: Page;

function rowHeight(page: Page, rowId: string): Promise<number> {
  return page.locator(`#${INDICATORS} .ag-row[row-id="${rowId}"]`).evaluate((el) => el.getBoundingClientRect().height);
}

/** Header texts whose words are drawn on more than one line (a word broken in two). */
function brokenHeaderWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('.ag-header-cell-text')) {
      const node = el.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) continue;
      const text = node.textContent ?? '';
      let at = 0;
      for (const word of text.split(/\s+/)) {
        const start = text.indexOf(word, at);
        at = start + word.length;
        if (!word) continue;
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + word.length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(word);
      }
      if (el.scrollWidth > el.clientWidth + 1) broken.push(`${text} (afgekapt)`);
    }
    return broken;
  });
}

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
  anna = await openAsUser(browser, `${server.url}/#/programma/${PROGRAMME}`, 'Anna de Vries', pageErrors, { width: 1440, height: 900 });
  await cell(anna, 'g1-i1', 'indicator').waitFor();
});

afterAll(() => stopServerAndBrowser({ server, browser }));

describe('grid layout', () => {
  it('a long text shows 8 lines; "Alles tonen" opens the rest in place and "Minder tonen" closes it', async () => {
    await cell(anna, 'g1-i2', 'source', INDICATORS).click();
    await anna.keyboard.press('Enter');
    await anna.keyboard.press('Control+a');
    await anna.keyboard.insertText(LONG);
    await anna.keyboard.press('Enter');
    const source = cell(anna, 'g1-i2', 'source', INDICATORS);
    await expect.poll(() => source.locator('.cell-text').innerText()).toBe(LONG);
    const more = source.getByRole('button', { name: 'Alles tonen' });
    await more.waitFor();
    const clamped = await rowHeight(anna, 'g1-i2');
    // 8 lines of 15px text at 1.45, with the button and padding: far from the 3,820 px of old.
    // (The row may have been at that height before: another of its cells can be cut off too.)
    expect(await source.locator('.cell-clamp').getAttribute('class')).toContain('cut');
    expect(clamped).toBeLessThan(300);

    await more.click();
    await expect.poll(() => rowHeight(anna, 'g1-i2')).toBeGreaterThan(clamped + 150);
    await expectNoSeriousAxeViolations(anna, 'lange cel geopend');
    // The editor opened on a long text shows it whole, with the caret at the end.
    await source.click();
    await anna.keyboard.press('Enter');
    await expect.poll(() => anna.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.selectionStart)).toBe(LONG.length);
    await anna.keyboard.press('Escape');

    await source.getByRole('button', { name: 'Minder tonen' }).click();
    await expect.poll(() => rowHeight(anna, 'g1-i2')).toBeLessThan(300);
  });

  it('column headers stay visible under the top bar while a tall table scrolls by', async () => {
    const source = cell(anna, 'g1-i2', 'source', INDICATORS);
    await source.getByRole('button', { name: 'Alles tonen' }).click();
    await expect.poll(() => rowHeight(anna, 'g1-i2')).toBeGreaterThan(400);
    // Scroll until the middle of the tall row is at the top of the window.
    const middle = await source.evaluate((el) => el.getBoundingClientRect().top + window.scrollY + el.getBoundingClientRect().height / 2);
    await anna.mouse.move(700, 500);
    await anna.mouse.wheel(0, middle - 300 - (await anna.evaluate(() => window.scrollY)));
    await expect.poll(() => anna.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    const topbar = await anna.locator('header.topbar').evaluate((el) => el.getBoundingClientRect().bottom);
    const header = anna.locator(`#${INDICATORS} .ag-header`);
    await expect.poll(async () => Math.abs((await header.boundingBox())!.y - topbar)).toBeLessThanOrEqual(2);
    // The row under it is still being read: the header is over the table, not above the page.
    const row = await anna.locator(`#${INDICATORS} .ag-row[row-id="g1-i2"]`).boundingBox();
    expect(row!.y).toBeLessThan(topbar);
    expect(row!.y + row!.height).toBeGreaterThan(topbar + 100);
    expect(await header.getByText('Monitoring/bron').isVisible()).toBe(true);
    await source.getByRole('button', { name: 'Minder tonen' }).click();
  });

  it('the indicator table, Voortgang column included, fits its pane at 1440 px with both side panels open', async () => {
    const sideways = await anna.locator(`#${INDICATORS} .ag-body-horizontal-scroll-viewport`).evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(sideways).toBeLessThanOrEqual(1);
  });

  it('header words never break inside a word, also in a narrow window', async () => {
    expect(await brokenHeaderWords(anna)).toEqual([]);
    await anna.setViewportSize({ width: 1024, height: 800 });
    await anna.waitForTimeout(300);
    expect(await brokenHeaderWords(anna)).toEqual([]);
    await anna.setViewportSize({ width: 1440, height: 900 });
  });

  it('a column width dragged with the mouse is kept after a reload', async () => {
    await anna.evaluate(() => window.scrollTo(0, 0));
    const header = anna.locator(`#${INDICATORS} .ag-header-cell[col-id="indicator"]`);
    const before = (await header.boundingBox())!;
    const handle = header.locator('.ag-header-cell-resize');
    const grip = (await handle.boundingBox())!;
    await anna.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await anna.mouse.down();
    await anna.mouse.move(grip.x + grip.width / 2 + 60, grip.y + grip.height / 2, { steps: 6 });
    await anna.mouse.move(grip.x + grip.width / 2 + 120, grip.y + grip.height / 2, { steps: 6 });
    await anna.mouse.up();
    await expect.poll(async () => (await header.boundingBox())!.width).toBeGreaterThan(before.width + 100);
    const dragged = Math.round((await header.boundingBox())!.width);

    await anna.reload();
    await cell(anna, 'g1-i1', 'indicator').waitFor();
    await expect.poll(async () => Math.round((await header.boundingBox())!.width)).toBe(dragged);
    // Every goal-indicator table takes the same width: they are one kind of table.
    const other = anna.locator('[id^="tabel-"][id$="-indicatoren"]:not(#tabel-g1-indicatoren) .ag-header-cell[col-id="indicator"]').first();
    expect(Math.round((await other.boundingBox())!.width)).toBe(dragged);
    // Kept under this user's name in this browser.
    const keys = await anna.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('koers.kolombreedtes.')));
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^koers\.kolombreedtes\.[^.]+\.goalIndicator$/);
    await cell(anna, 'g1-i1', 'indicator').click();
    expect(await activeCell(anna)).toEqual({ rowId: 'g1-i1', colId: 'indicator' });
  });
});
