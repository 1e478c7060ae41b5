/**
 * How the programme page loads and updates, in Chromium: the largest programme opens with only
 * the tables near the window mounted (the rest follow while the browser is idle, and one asked to
 * show a cell mounts at once); a colleague's edit reaches just the row it touched, while this
 * officer keeps typing in another row of the same table without losing the editor or a key.
 * The timings themselves are measured in bench/grid.bench.ts, not here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openAsUser, startServerAndBrowser, stopServerAndBrowser, type RunningServer } from '../helpers/browser.ts';
import { cell, cellText } from '../helpers/grid-page.ts';
import { failTestsOnPageErrors } from '../helpers/page-errors.ts';

const PROGRAMME = 'gezond-samenleven';

let server: RunningServer;
let browser: Browser;
const pageErrors = failTestsOnPageErrors();
let anna: Page;
let bram: Page;

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
});

afterAll(() => stopServerAndBrowser({ server, browser }));

describe('loading and updating the largest programme', () => {
  it('first paints only the tables near the window; the others mount soon after, all of them', async () => {
    const url = `${server.url}/#/programma/${PROGRAMME}`;
    anna = await openAsUser(browser, url, 'Anna de Vries', pageErrors, { width: 1440, height: 900 });
    // Counted in the frame that first shows a row (before the idle mounting starts).
    const first = await anna.evaluate(
      () =>
        new Promise<{ elements: number; grids: number; placeholders: number }>((resolve) => {
          const look = () => {
            if (document.querySelector('.ag-row')) {
              resolve({
                elements: document.getElementsByTagName('*').length,
                grids: document.querySelectorAll('.ag-root-wrapper').length,
                placeholders: document.querySelectorAll('.grid-placeholder').length,
              });
            } else requestAnimationFrame(look);
          };
          look();
        }),
    );
    const tables = first.grids + first.placeholders;
    expect(tables).toBeGreaterThan(20);
    expect(first.placeholders).toBeGreaterThan(0);
    expect(first.elements).toBeLessThan(4000);
    // Soon every table is there, without scrolling.
    await expect.poll(() => anna.locator('.grid-placeholder').count(), { timeout: 20_000 }).toBe(0);
    expect(await anna.locator('.ag-root-wrapper').count()).toBe(tables);
  });

  it("a colleague's edit reaches only its row; the officer's open editor in the same table keeps its text", async () => {
    bram = await openAsUser(browser, `${server.url}/#/programma/${PROGRAMME}`, 'Bram Jansen', pageErrors, { width: 1440, height: 900 });
    await cell(bram, 'g1-i1', 'source').waitFor();
    const others = await cellText(anna, 'g1-i1', 'indicator');

    // Anna types in row 2; Bram changes row 1 meanwhile.
    await cell(anna, 'g1-i2', 'source').click();
    await anna.keyboard.press('Enter');
    await anna.keyboard.type(' (gemeente)');
    await cell(bram, 'g1-i1', 'source').click();
    await bram.keyboard.type('GGD-monitor 2026');
    await bram.keyboard.press('Enter');
    await expect.poll(() => cellText(anna, 'g1-i1', 'source')).toBe('GGD-monitor 2026');
    expect(await cellText(anna, 'g1-i1', 'indicator')).toBe(others);
    // Her editor is still open, with her text and the caret where she left it.
    const editor = anna.locator('.ag-popup-editor textarea');
    expect(await editor.count()).toBe(1);
    await anna.keyboard.type(' en meer');
    expect(await editor.inputValue()).toMatch(/ \(gemeente\) en meer$/);
    await anna.keyboard.press('Enter');
    await expect.poll(() => cellText(bram, 'g1-i2', 'source')).toMatch(/ \(gemeente\) en meer$/);
  });
});
