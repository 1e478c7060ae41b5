/**
 * Two people in one programme, in real Chromium against the real server: an edit, a cursor
 * and a new row travel from one to the other; undo reverts only your own change; every
 * screen passes axe-core (no serious or critical WCAG 2.x A/AA violations).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  expectNoSeriousAxeViolations,
  openAsUser,
  startServerAndBrowser,
  stopServerAndBrowser,
  type RunningServer,
} from '../helpers/browser.ts';
import { cell, cellText, rowIds } from '../helpers/grid-page.ts';
import { failTestsOnPageErrors } from '../helpers/page-errors.ts';

const PROGRAMME = 'bestaanszekerheid';
const INDICATORS = 'tabel-g1-indicatoren';

let server: RunningServer;
let browser: Browser;
/** The pages of the running test only: each test signs its people in itself, so a failure stays its own. */
const contexts: BrowserContext[] = [];
const pageErrors = failTestsOnPageErrors();

/** Signed in as a redacteur through the sign-in page (axe on that page runs in auth-sign-in.test.ts). */
async function openAs(name: string, hash: string): Promise<Page> {
  const page = await openAsUser(browser, `${server.url}/${hash}`, name, pageErrors);
  contexts.push(page.context());
  return page;
}

/** Anna and Bram, each on the programme page with its first indicator on screen. */
async function annaAndBram(): Promise<{ anna: Page; bram: Page }> {
  const anna = await openAs('Anna de Vries', `#/programma/${PROGRAMME}`);
  const bram = await openAs('Bram Jansen', `#/programma/${PROGRAMME}`);
  await cell(anna, 'g1-i1', 'indicator').waitFor();
  await cell(bram, 'g1-i1', 'indicator').waitFor();
  return { anna, bram };
}

/** Anna adds an indicator row below g1-i1 and types its text; returns the new row's id and the order before. */
async function annaAddsIndicator(anna: Page, bram: Page, text: string): Promise<{ newId: string; before: string[] }> {
  const before = await rowIds(anna, INDICATORS);
  await cell(anna, 'g1-i1', 'indicator').click();
  await anna.getByRole('button', { name: 'Rij toevoegen: Indicatoren bij doel 1' }).click();

  await expect.poll(async () => (await rowIds(anna, INDICATORS)).length).toBe(before.length + 1);
  const order = await rowIds(anna, INDICATORS);
  const newId = order.find((id) => !before.includes(id))!;
  expect(order).toEqual([before[0], newId, ...before.slice(1)]);
  await expect.poll(() => rowIds(bram, INDICATORS)).toEqual(order);

  // The new row has focus in Anna's grid; she types into it and Bram sees the text.
  await expect
    .poll(() => anna.evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-id') ?? null))
    .toBe(newId);
  await anna.keyboard.press('Enter');
  await anna.keyboard.type(text);
  await anna.keyboard.press('Enter');
  await expect.poll(() => cellText(bram, newId, 'indicator').catch(() => '')).toBe(text);
  return { newId, before };
}

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
});

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close().catch(() => undefined);
});

afterAll(() => stopServerAndBrowser({ server, browser, contexts }));

describe('two people editing one programme', () => {
  it('overview lists the three programmes and passes axe', async () => {
    const anna = await openAs('Anna de Vries', '#/');
    await expect.poll(() => anna.locator('.card h2 a').allInnerTexts()).toEqual([
      'Bestaanszekerheid bieden',
      'Gezond Samenleven versterken',
      'Kansengelijkheid vergroten',
    ]);
    // Each card shows the programme's open validation findings, from the server's engine.
    await expect.poll(() => anna.locator('.card-findings').count()).toBe(3);
    expect(await anna.locator('.card-findings').first().innerText()).toMatch(/\d+ fout(en)?\s+\d+ waarschuwing(en)?/);
    await expectNoSeriousAxeViolations(anna, 'overzicht');
    await anna.getByRole('link', { name: 'Bestaanszekerheid bieden' }).click();
    await expect.poll(() => anna.evaluate(() => location.hash)).toBe(`#/programma/${PROGRAMME}`);
    await cell(anna, 'g1-i1', 'indicator').waitFor();
    await expect.poll(() => anna.getByRole('status').filter({ hasText: 'Verbonden' }).count()).toBe(1);
  });

  it('programme page is laid out like the council document and passes axe', async () => {
    const anna = await openAs('Anna de Vries', `#/programma/${PROGRAMME}`);
    await expect.poll(() => anna.locator('h2.goal-heading').first().innerText()).toContain('Doel 1: Inwoners wonen in een veilige en beschermde omgeving');
    await expect.poll(() => anna.locator(`#${INDICATORS} .ag-header-cell-text`).allInnerTexts()).toEqual([
      'Indicator',
      'Nulmeting',
      'Streefwaarde 2028',
      'Monitoring/bron',
      // Issue 13: the progress badge beside the council document's four columns.
      'Voortgang',
    ]);
    await expect.poll(() => cellText(anna, 'g1-i1', 'source')).toBe('CBS');
    await expectNoSeriousAxeViolations(anna, 'programma');
  });

  it('an edit typed by one appears for the other', async () => {
    const { anna, bram } = await annaAndBram();

    await cell(anna, 'g1-i1', 'source').dblclick();
    const editor = anna.locator('.ag-popup-editor textarea');
    await editor.waitFor();
    await editor.fill('CBS en Veilig Thuis Flevoland');
    await editor.press('Enter');

    await expect.poll(() => cellText(bram, 'g1-i1', 'source')).toBe('CBS en Veilig Thuis Flevoland');
    await expect.poll(() => cellText(anna, 'g1-i1', 'source')).toBe('CBS en Veilig Thuis Flevoland');
  });

  it("shows the other's presence: coloured border and first name on the cell, avatar in the top bar", async () => {
    const { anna, bram } = await annaAndBram();
    await cell(bram, 'g1-i2', 'baseline').click();

    const remote = cell(anna, 'g1-i2', 'baseline');
    await expect.poll(() => remote.locator('.presence-label').innerText()).toBe('Bram');
    const bramColor = await bram.locator('.avatars li').first().locator('.avatar').evaluate((el) => getComputedStyle(el).backgroundColor);
    await expect
      .poll(() => remote.locator('.presence-frame').evaluate((el) => getComputedStyle(el).borderTopColor))
      .toBe(bramColor);
    await expect.poll(() => remote.locator('.presence-frame').evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('2px');

    await expect.poll(() => anna.locator('.avatars li[title="Bram Jansen"]').count()).toBe(1);
    await expect.poll(() => bram.locator('.avatars li[title="Anna de Vries"]').count()).toBe(1);
    await expectNoSeriousAxeViolations(anna, 'programma met een collega erin');

    // Editing shows the pencil.
    await bram.keyboard.press('Enter');
    await expect.poll(() => remote.locator('.presence-label svg.pencil').count()).toBe(1);
    // Escape only once the editor has the keyboard: pressed earlier it goes to the grid, and
    // the editor that opens a moment later stays open.
    await expect.poll(() => bram.evaluate(() => document.activeElement?.closest('.ag-popup-editor') !== null)).toBe(true);
    await bram.keyboard.press('Escape');
    await expect.poll(() => remote.locator('.presence-label svg.pencil').count()).toBe(0);
  });

  it('a row added by one appears for the other at the same place', async () => {
    const { anna, bram } = await annaAndBram();
    await annaAddsIndicator(anna, bram, 'Aantal hermeldingen bij Veilig Thuis');
  });

  it('Ctrl+Z undoes only your own change, for everyone', async () => {
    const { anna, bram } = await annaAndBram();
    const { newId, before } = await annaAddsIndicator(anna, bram, 'Aantal meldingen bij het Zorg- en Veiligheidshuis');

    // Bram changes a cell; Anna's undo must leave it alone.
    await cell(bram, 'g1-i2', 'source').dblclick();
    const editor = bram.locator('.ag-popup-editor textarea');
    await editor.waitFor();
    await editor.fill('Centrumgemeente Almere');
    await editor.press('Enter');
    await expect.poll(() => cellText(anna, 'g1-i2', 'source')).toBe('Centrumgemeente Almere');

    await cell(anna, newId, 'indicator').click();
    await anna.keyboard.press('Control+z');
    await expect.poll(() => cellText(bram, newId, 'indicator').catch(() => null)).toBe('');
    await anna.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => rowIds(bram, INDICATORS)).toEqual(before);
    await expect.poll(() => cellText(bram, 'g1-i2', 'source')).toBe('Centrumgemeente Almere');

    await anna.keyboard.press('Control+y');
    await expect.poll(() => rowIds(bram, INDICATORS)).toEqual([before[0], newId, ...before.slice(1)]);
  });

  it('tells clearly when a programme does not exist', async () => {
    const signedIn = await openAs('Anna de Vries', '#/');
    const page = await signedIn.context().newPage();
    await page.goto(`${server.url}/#/programma/bestaat-niet`);
    await expect.poll(() => page.getByRole('alert').innerText().catch(() => '')).toMatch(/bestaat niet|niet gevonden/);
    await expect.poll(() => page.getByRole('status').first().innerText()).toBe('Verbinding verbroken');
    await page.close();
  });
});
