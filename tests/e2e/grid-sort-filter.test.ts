/**
 * Sorting and filtering a table for one user, in real Chromium with two people in two browser
 * contexts: Anna sorts the activities Z-A and filters them; her screen says so and offers one
 * button to lift both; Bram's table keeps the stored order and every row, also after Anna edits a
 * cell in her sorted table (the edit lands in the right row). Ctrl+Shift+L opens the form on the
 * focused column. axe runs with the form open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousAxeViolations, openAsUser, startServerAndBrowser, stopServerAndBrowser, type RunningServer } from '../helpers/browser.ts';
import { cell as gridCell, cellText as gridCellText, focusCell, rowIds } from '../helpers/grid-page.ts';
import { failTestsOnPageErrors } from '../helpers/page-errors.ts';

const PROGRAMME = 'bestaanszekerheid';
const ACTIVITIES = 'tabel-g1-s1-activiteiten';
const STORED = ['g1-s1-a1', 'g1-s1-a2', 'g1-s1-a3', 'g1-s1-a4', 'g1-s1-a5'];
// "Versterken van…", "Versterken pedagogische…", "Inrichten…", "Extra aandacht…", "En alle…"
const Z_TO_A = ['g1-s1-a4', 'g1-s1-a2', 'g1-s1-a3', 'g1-s1-a1', 'g1-s1-a5'];

let server: RunningServer;
let browser: Browser;
const pageErrors = failTestsOnPageErrors();
let anna: Page;
let bram: Page;

const table = (page: Page) => page.locator(`#${ACTIVITIES}`);
const toggle = (page: Page) => table(page).locator('button[aria-label^="Sorteren en filteren"]');
const form = (page: Page) => table(page).getByRole('group', { name: /^Sorteren en filteren/ });
const activeNote = (page: Page) => table(page).locator('.table-view-active');
const noteText = async (page: Page) => ((await activeNote(page).textContent()) ?? '').replace(/\s+/g, ' ');
const cell = (page: Page, rowId: string, colId: string) => gridCell(page, rowId, colId, ACTIVITIES);

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
  anna = await openAsUser(browser, `${server.url}/#/programma/${PROGRAMME}`, 'Anna de Vries', pageErrors, { width: 1440, height: 900 });
  bram = await openAsUser(browser, `${server.url}/#/programma/${PROGRAMME}`, 'Bram Jansen', pageErrors, { width: 1440, height: 900 });
  await cell(anna, STORED[0]!, 'text').scrollIntoViewIfNeeded();
  await cell(bram, STORED[0]!, 'text').waitFor();
  expect(anna.context()).not.toBe(bram.context());
});

afterAll(() => stopServerAndBrowser({ server, browser }));

describe('sorting and filtering for one user', () => {
  it('sorts Z-A on Anna’s screen only; an edit in her sorted table reaches Bram in the right row', async () => {
    await toggle(anna).click();
    await form(anna).getByLabel('Sorteren op').selectOption({ label: 'Activiteit' });
    await form(anna).getByLabel('Volgorde').selectOption('desc');
    await expectNoSeriousAxeViolations(anna, 'sorteren en filteren open');
    await expect.poll(() => rowIds(anna, ACTIVITIES)).toEqual(Z_TO_A);
    await expect.poll(() => noteText(anna)).toMatch(/^⚑ Alleen voor jou: gesorteerd op Activiteit \(Z-A\)\./);
    expect(await activeNote(anna).getAttribute('role')).toBe('status');
    expect(await rowIds(bram, ACTIVITIES)).toEqual(STORED);
    expect(await activeNote(bram).count()).toBe(0);

    // Row 1 on Anna's screen is a4: typing there changes a4 for Bram, in its stored place.
    await form(anna).getByRole('button', { name: 'Klaar' }).click();
    await expect.poll(() => form(anna).count()).toBe(0);
    await focusCell(anna, Z_TO_A[0]!, 'text', ACTIVITIES);
    await anna.keyboard.press('F2');
    await anna.keyboard.type(' (ook in wijken)');
    await anna.keyboard.press('Enter');
    await expect.poll(() => gridCellText(bram, 'g1-s1-a4', 'text', ACTIVITIES)).toBe('Versterken van de sociale basis. (ook in wijken)');
    expect(await rowIds(bram, ACTIVITIES)).toEqual(STORED);
    // Moving a row is refused while sorted: the stored order would change out of sight.
    await cell(anna, Z_TO_A[1]!, 'text').click();
    await anna.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => anna.locator('.notices .notice > span').last().innerText()).toMatch(/^Verplaatsen kan niet zolang de tabel gesorteerd/);
    expect(await rowIds(bram, ACTIVITIES)).toEqual(STORED);
  });

  it('filters by a text in a column, says how many rows show, and one button lifts sort and filter', async () => {
    await toggle(anna).click();
    await form(anna).getByLabel('Filteren in kolom').selectOption({ label: 'Activiteit' });
    await form(anna).getByLabel('Alleen rijen met').fill('versterken');
    await expect.poll(() => rowIds(anna, ACTIVITIES)).toEqual(['g1-s1-a4', 'g1-s1-a2']);
    await expect.poll(() => noteText(anna)).toMatch(/gefilterd op “versterken” in Activiteit\. 2 van 5 rijen\./);
    expect(await rowIds(bram, ACTIVITIES)).toEqual(STORED);

    await activeNote(anna).getByRole('button', { name: /^Sortering en filter opheffen/ }).click();
    await expect.poll(() => rowIds(anna, ACTIVITIES)).toEqual(STORED);
    expect(await activeNote(anna).count()).toBe(0);
  });

  it('Ctrl+Shift+L on a cell opens the form filtering in that column; Escape closes it and returns to the button', async () => {
    await focusCell(anna, STORED[2]!, 'kind', ACTIVITIES);
    await anna.keyboard.press('Control+Shift+L');
    await expect.poll(() => anna.evaluate(() => document.activeElement?.hasAttribute('data-view-filter') ?? false)).toBe(true);
    expect(await form(anna).getByLabel('Filteren in kolom').inputValue()).toBe('kind');
    await anna.keyboard.press('Escape');
    await expect.poll(() => form(anna).count()).toBe(0);
    expect(await toggle(anna).evaluate((el) => el === document.activeElement)).toBe(true);
  });
});
