/**
 * "Zoeken in programma" in real Chromium: Ctrl+F opens Koers' own search over every table; typing
 * shows the first match with a count ("1 van 11"), Enter / Shift+Enter / F3 go on and back (round
 * the end), the table holding a match far down scrolls it into view and marks it while the
 * keyboard stays in the field; Escape closes and leaves the keyboard on the cell found, or where
 * it was when nothing was found. axe runs with the search open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousAxeViolations, openAsUser, startServerAndBrowser, stopServerAndBrowser, type RunningServer } from '../helpers/browser.ts';
import { activeCell, cell, focusCell, SLOW_POLL as SLOW } from '../helpers/grid-page.ts';
import { failTestsOnPageErrors } from '../helpers/page-errors.ts';

const PROGRAMME = 'bestaanszekerheid';

let server: RunningServer;
let browser: Browser;
const pageErrors = failTestsOnPageErrors();
let anna: Page;

const searchbox = (page: Page) => page.getByRole('searchbox', { name: 'Zoeken in programma' });
const count = async (page: Page) => (await page.locator('.find-bar [role="status"]').textContent()) ?? '';
const inField = (page: Page) => page.evaluate(() => document.activeElement?.id === 'zoeken-in-programma');

/** The cell's outline as the search marks it, and whether it is inside the window. */
async function marked(page: Page, rowId: string, colId: string): Promise<{ outline: string; onScreen: boolean }> {
  return cell(page, rowId, colId).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return { outline: getComputedStyle(el).outlineStyle, onScreen: box.bottom > 0 && box.top < window.innerHeight };
  });
}

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
  anna = await openAsUser(browser, `${server.url}/#/programma/${PROGRAMME}`, 'Anna de Vries', pageErrors, { width: 1440, height: 900 });
  await cell(anna, 'g1-i1', 'indicator').waitFor();
});

afterAll(() => stopServerAndBrowser({ server, browser }));

describe('zoeken in programma', () => {
  it('Ctrl+F opens the search; matches are counted, shown one by one, and the keyboard stays in the field', async () => {
    await focusCell(anna, 'g1-i1', 'indicator');
    await anna.keyboard.press('Control+f');
    await expect.poll(() => inField(anna)).toBe(true);
    await anna.keyboard.type('cbs');
    await expect.poll(() => count(anna)).toBe('1 van 11: Doel 1 · indicator 1 · Monitoring/bron');
    await expect.poll(() => marked(anna, 'g1-i1', 'source'), SLOW).toEqual({ outline: 'solid', onScreen: true });
    await expectNoSeriousAxeViolations(anna, 'zoeken in programma');

    await anna.keyboard.press('Enter');
    await expect.poll(() => count(anna)).toMatch(/^2 van 11: /);
    await expect.poll(() => marked(anna, 'g1-s1-r1', 'source'), SLOW).toEqual({ outline: 'solid', onScreen: true });
    expect((await marked(anna, 'g1-i1', 'source')).outline).toBe('none');
    await anna.keyboard.press('Shift+Enter');
    await expect.poll(() => count(anna)).toMatch(/^1 van 11: /);
    // Back past the first: the last match, in a table far down the page.
    await anna.keyboard.press('Shift+F3');
    await expect.poll(() => count(anna), SLOW).toMatch(/^11 van 11: Doel 4 /);
    await expect.poll(() => marked(anna, 'g4-s1-r1', 'source'), SLOW).toEqual({ outline: 'solid', onScreen: true });
    await anna.keyboard.press('F3');
    await expect.poll(() => count(anna)).toMatch(/^1 van 11: /);
    expect(await inField(anna)).toBe(true);

    // Escape closes; the keyboard is on the cell found, as after Excel's Find.
    await anna.keyboard.press('Escape');
    await expect.poll(() => searchbox(anna).count()).toBe(0);
    await expect.poll(() => activeCell(anna)).toEqual({ rowId: 'g1-i1', colId: 'source' });
  });

  it('says when nothing is found, and Escape then returns the keyboard to where it was', async () => {
    await focusCell(anna, 'g1-i2', 'indicator');
    await anna.keyboard.press('Control+f');
    await expect.poll(() => inField(anna)).toBe(true);
    await anna.keyboard.type('geen-enkele-cel-heeft-dit');
    await expect.poll(() => count(anna)).toBe('Geen resultaten');
    await anna.keyboard.press('Enter');
    expect(await count(anna)).toBe('Geen resultaten');
    // Escape also closes from the bar's buttons.
    await anna.getByRole('button', { name: 'Volgende' }).focus();
    await anna.keyboard.press('Escape');
    await expect.poll(() => searchbox(anna).count()).toBe(0);
    await expect.poll(() => activeCell(anna)).toEqual({ rowId: 'g1-i2', colId: 'indicator' });
  });
});
