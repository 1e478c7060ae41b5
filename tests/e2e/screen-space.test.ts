/**
 * Screen space on the programme page (issue 16), in Chromium: the top bar is one row at 1440 px
 * and at most two at 150% zoom (960 x 600 CSS pixels), with the rest under "Meer"; the goal list
 * and the side panel fold away, which gives the tables the width, and stay as the user left them
 * after a reload, per user; a frozen concept is headed "Concept", not "Vastgestelde versie". axe
 * finds no violation, with "Meer" open and with the panels folded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiAsAdmin, expectNoAxeViolations, openAsUser, signInThroughPage, startServerAndBrowser, stopServerAndBrowser, testCredentials, type RunningServer } from '../helpers/browser.ts';
import { cell } from '../helpers/grid-page.ts';
import { moreMenu } from '../helpers/more-menu.ts';
import { failTestsOnPageErrors } from '../helpers/page-errors.ts';

const PROGRAMME = 'bestaanszekerheid';
const WIDE = { width: 1440, height: 900 };
const ZOOMED = { width: 960, height: 600 };

let server: RunningServer;
let browser: Browser;
const pageErrors = failTestsOnPageErrors();
let anna: Page;

/** The rows the top bar's items stand on (by their top edge), and its height. */
function topBar(page: Page): Promise<{ rows: number; height: number }> {
  return page.evaluate(() => {
    const bar = document.querySelector('header.topbar')!;
    const items = [...bar.querySelectorAll<HTMLElement>(':scope > :not(dialog), .topbar-right > *')].filter((el) => el.getBoundingClientRect().width > 0);
    const tops: number[] = [];
    for (const el of items) {
      const top = el.getBoundingClientRect().top;
      if (!tops.some((t) => Math.abs(t - top) < 12)) tops.push(top);
    }
    return { rows: tops.length, height: bar.getBoundingClientRect().height };
  });
}

const tableWidth = (page: Page) => page.locator('#tabel-g1-indicatoren').evaluate((el) => el.getBoundingClientRect().width);

async function openProgramme(page: Page): Promise<void> {
  await page.goto(`${server.url}/#/programma/${PROGRAMME}`);
  await cell(page, 'g1-i1', 'indicator').waitFor();
}

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
  anna = await openAsUser(browser, `${server.url}/#/programma/${PROGRAMME}`, 'Anna de Vries', pageErrors, WIDE, {
    grants: [{ scope: '*', role: 'redacteur' }],
  });
  await cell(anna, 'g1-i1', 'indicator').waitFor();
});

afterAll(() => stopServerAndBrowser({ server, browser }));

describe('screen space on the programme page', () => {
  it('the top bar is one row at 1440 px and at most two at 150% zoom', async () => {
    expect(await topBar(anna)).toMatchObject({ rows: 1 });
    expect((await topBar(anna)).height).toBeLessThanOrEqual(60);
    await anna.setViewportSize(ZOOMED);
    await expect.poll(async () => (await topBar(anna)).rows).toBeLessThanOrEqual(2);
    expect((await topBar(anna)).height).toBeLessThanOrEqual(100);
    await anna.setViewportSize(WIDE);
  });

  it('a frozen concept is headed as a concept, not as adopted, in a bar of at most two rows', async () => {
    const created = await apiAsAdmin(server.url, `/api/documents/${PROGRAMME}/versions`, {
      method: 'POST',
      body: { name: 'Concept voor het college', status: 'concept', date: '2026-03-04', documentNumber: '' },
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await anna.goto(`${server.url}/#/programma/${PROGRAMME}/versies/${encodeURIComponent(id)}`);
    await expect.poll(() => anna.locator('.version-shown').innerText()).toContain('Concept: Concept voor het college (04-03-2026)');
    expect(await anna.locator('header.topbar').innerText()).not.toContain('Vastgestelde versie');
    // Its name, status, date and the way back take room: the bar may take a second row here.
    expect((await topBar(anna)).rows).toBeLessThanOrEqual(2);
    await anna.goto(`${server.url}/#/programma/${PROGRAMME}`);
    await expect.poll(() => anna.locator('.version-shown').innerText()).toBe('Huidige versie');
    await cell(anna, 'g1-i1', 'indicator').waitFor();
  });

  it('"Meer" holds the rest; Escape closes it and returns to its button', async () => {
    const bar = anna.locator('header.topbar');
    for (const name of ['Versie vastleggen…', 'Importeren…', 'Sneltoetsen', 'Afmelden']) expect(await bar.getByRole('button', { name }).count(), name).toBe(0);
    const more = await moreMenu(anna);
    for (const name of ['Versie vastleggen…', 'Importeren…', 'Sneltoetsen', 'Afmelden']) await more.getByRole('button', { name }).waitFor();
    await more.getByRole('link', { name: 'Werkateliers' }).waitFor();
    expect(await more.locator('.whoami').innerText()).toContain('Anna de Vries');
    await expectNoAxeViolations(anna, 'programma met Meer open');
    await anna.keyboard.press('Escape');
    await expect.poll(() => more.isVisible()).toBe(false);
    expect(await anna.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/^Meer/);

    // Choosing opens what was chosen and closes the panel.
    await (await moreMenu(anna)).getByRole('button', { name: 'Sneltoetsen' }).click();
    await anna.locator('#sneltoetsen').waitFor();
    await expect.poll(() => more.isVisible()).toBe(false);
    await (await moreMenu(anna)).getByRole('button', { name: 'Sneltoetsen' }).click();
    await expect.poll(() => anna.locator('#sneltoetsen').count()).toBe(0);
  });

  it('the goal list and the side panel fold away, and stay so after a reload, for this user only', async () => {
    const before = await tableWidth(anna);
    await anna.getByRole('button', { name: 'Doelen verbergen' }).click();
    await anna.getByRole('button', { name: 'Doelen tonen' }).waitFor();
    await anna.getByRole('button', { name: 'Zijpaneel sluiten' }).click();
    await expect.poll(() => anna.locator('#zijpaneel').count()).toBe(0);
    await expect.poll(() => tableWidth(anna)).toBeGreaterThan(before + 500);
    await expectNoAxeViolations(anna, 'programma met gevouwen panelen');

    await openProgramme(anna);
    await anna.reload();
    await cell(anna, 'g1-i1', 'indicator').waitFor();
    await anna.getByRole('button', { name: 'Doelen tonen' }).waitFor();
    expect(await anna.locator('nav.rail').count()).toBe(0);
    expect(await anna.locator('#zijpaneel').count()).toBe(0);
    expect(await anna.locator('.problems-toggle').getAttribute('aria-expanded')).toBe('false');

    // A colleague signing in at this same browser has the panels as they come: the choice is Anna's.
    const bram = await openAsUser(browser, `${server.url}/#/`, 'Bram Bakker', pageErrors, WIDE, { grants: [{ scope: PROGRAMME, role: 'redacteur' }] });
    await bram.context().close();
    await (await moreMenu(anna)).getByRole('button', { name: 'Afmelden' }).click();
    await signInThroughPage(anna, testCredentials('Bram Bakker'));
    await openProgramme(anna);
    await anna.locator('nav.rail').waitFor();
    await anna.locator('#zijpaneel').waitFor();
    await (await moreMenu(anna)).getByRole('button', { name: 'Afmelden' }).click();
    await signInThroughPage(anna, testCredentials('Anna de Vries'));
    await openProgramme(anna);
    await anna.getByRole('button', { name: 'Doelen tonen' }).waitFor();
    expect(await anna.locator('#zijpaneel').count()).toBe(0);

    // Opened again, they stay open.
    await anna.getByRole('button', { name: 'Doelen tonen' }).click();
    await anna.locator('header.topbar .problems-toggle').click();
    await anna.locator('#zijpaneel').waitFor();
    await anna.reload();
    await cell(anna, 'g1-i1', 'indicator').waitFor();
    await anna.locator('nav.rail').waitFor();
    await anna.locator('#zijpaneel').waitFor();
    await expect.poll(() => tableWidth(anna)).toBeLessThan(before + 5);
  });
});
