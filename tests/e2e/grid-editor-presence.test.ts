/**
 * A colleague in the cell you edit stays visible, in real Chromium with two people: Bram stands
 * on a cell, Anna opens its popup editor, and Bram's label shows above the editor, not covered by
 * it; when Bram moves on it goes. axe runs with the editor and the label shown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousAxeViolations, openAsUser, startServerAndBrowser, stopServerAndBrowser, type RunningServer } from '../helpers/browser.ts';
import { cell, focusCell, SLOW_POLL as SLOW } from '../helpers/grid-page.ts';
import { failTestsOnPageErrors } from '../helpers/page-errors.ts';

const PROGRAMME = 'bestaanszekerheid';

let server: RunningServer;
let browser: Browser;
const pageErrors = failTestsOnPageErrors();
let anna: Page;
let bram: Page;

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
  anna = await openAsUser(browser, `${server.url}/#/programma/${PROGRAMME}`, 'Anna de Vries', pageErrors, { width: 1440, height: 900 });
  bram = await openAsUser(browser, `${server.url}/#/programma/${PROGRAMME}`, 'Bram Jansen', pageErrors, { width: 1440, height: 900 });
  await cell(anna, 'g1-i1', 'source').waitFor();
  await cell(bram, 'g1-i1', 'source').waitFor();
});

afterAll(() => stopServerAndBrowser({ server, browser }));

describe('a colleague in the cell being edited', () => {
  it('shows their label above the popup editor, uncovered, until they move on', async () => {
    await cell(bram, 'g1-i1', 'source').click();
    await expect.poll(() => cell(anna, 'g1-i1', 'source').locator('.presence-label').innerText(), SLOW).toBe('Bram');

    await focusCell(anna, 'g1-i1', 'source');
    await anna.keyboard.press('Enter');
    const popup = anna.locator('.ag-popup-editor');
    await popup.waitFor();
    const label = popup.locator('.editor-presence .presence-label');
    await expect.poll(() => label.innerText(), SLOW).toBe('Bram');
    const onTop = await label.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const editor = el.closest('.ag-popup-editor')!.querySelector('textarea')!.getBoundingClientRect();
      // The label lets the pointer through; for the hit test it must not, to tell whether anything covers or clips it.
      (el.parentElement as HTMLElement).style.pointerEvents = 'auto';
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      (el.parentElement as HTMLElement).style.pointerEvents = '';
      return { above: box.bottom <= editor.top + 1, visible: box.height > 0 && hit !== null && el.contains(hit) };
    });
    expect(onTop).toEqual({ above: true, visible: true });
    expect(await popup.locator('[role="status"]').textContent()).toBe('Ook in deze cel: Bram Jansen');
    await expectNoSeriousAxeViolations(anna, 'editor met collega in de cel');

    // Bram moves on: the label above Anna's editor goes, her editor stays open.
    await cell(bram, 'g1-i2', 'source').click();
    await expect.poll(() => label.count(), SLOW).toBe(0);
    expect(await popup.count()).toBe(1);
    await anna.keyboard.press('Escape');
    await expect.poll(() => popup.count()).toBe(0);
  });
});
