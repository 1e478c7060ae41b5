/**
 * New programmes in real Chromium against the real server: a beheerder creates one on the
 * overview (a bad period first: the Dutch message and the field keep what was typed), sets its
 * period in Instellingen, and archives it; a colleague in another browser context has the
 * programme open and sees the settings and the archive mark arrive live, without a reload.
 * Another programme is renamed in Instellingen and taken out of the archive, both live too. A
 * third is made with "Kopie maken" from a version of Gezond Samenleven: it opens with the rows,
 * the advisory body's ranking included, and a place added there reaches a colleague live.
 * axe-core runs on the overview, both dialogs and the colleague's programme page.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiAsAdmin, expectNoSeriousAxeViolations, openAsUser, startServerAndBrowser, stopServerAndBrowser, type RunningServer } from '../helpers/browser.ts';
import { rowIds } from '../helpers/grid-page.ts';
import { failTestsOnPageErrors } from '../helpers/page-errors.ts';

const NAME = 'Sociaal Domein Zeewolde';
const ID = 'sociaal-domein-zeewolde';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors = failTestsOnPageErrors();

async function open(name: string, hash: string, role: 'beheerder' | 'redacteur'): Promise<Page> {
  const page = await openAsUser(browser, `${server.url}/${hash}`, name, pageErrors, undefined, { grants: [{ scope: '*', role }] });
  contexts.push(page.context());
  return page;
}

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
});
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close().catch(() => undefined);
});
afterAll(() => stopServerAndBrowser({ server, browser, contexts }));

describe('a new programme', () => {
  it('is created by a beheerder, and its settings and archive reach a colleague live', async () => {
    const greet = await open('Greet Beheer', '#/', 'beheerder');
    await greet.getByRole('button', { name: 'Nieuw programma' }).waitFor();
    await expectNoSeriousAxeViolations(greet, 'overview with Nieuw programma');

    // Keyboard-first: the dialog opens with focus inside.
    await greet.getByRole('button', { name: 'Nieuw programma' }).focus();
    await greet.keyboard.press('Enter');
    const dialog = greet.getByRole('dialog', { name: 'Nieuw programma' });
    await dialog.getByLabel('Naam van het programma').fill(NAME);
    await dialog.getByLabel('Gemeente').fill('Zeewolde');
    await dialog.getByLabel('Periode van (jaar)').fill('2030');
    await dialog.getByLabel('Periode tot en met (jaar)').fill('2027');
    await dialog.getByRole('button', { name: 'Programma aanmaken' }).click();
    await expect.poll(() => dialog.getByRole('alert').innerText()).toBe('Het eindjaar ligt vóór het beginjaar.');
    const end = dialog.getByLabel('Periode tot en met (jaar)');
    expect(await end.getAttribute('aria-invalid')).toBe('true');
    expect(await end.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await dialog.getByLabel('Naam van het programma').inputValue()).toBe(NAME);
    await expectNoSeriousAxeViolations(greet, 'Nieuw programma dialog with an error');
    await dialog.getByLabel('Periode van (jaar)').fill('2027');
    await end.fill('2030');
    await dialog.getByRole('button', { name: 'Programma aanmaken' }).click();
    await expect.poll(() => greet.evaluate(() => location.hash)).toBe(`#/programma/${ID}`);

    // The colleague opens it in another browser context.
    const karel = await open('Karel Collega', `#/programma/${ID}`, 'redacteur');
    const line = karel.getByTestId('programma-instellingen');
    await expect.poll(() => line.innerText()).toBe('Gemeente Zeewolde · periode 2027–2030 · Nulmeting 2027 · Streefwaarde 2030');

    // The beheerder sets the period in Instellingen on the overview.
    await greet.goto(`${server.url}/#/`);
    await greet.getByRole('button', { name: `Instellingen van ${NAME}` }).click();
    const settings = greet.getByRole('dialog', { name: `Instellingen van ${NAME}` });
    await settings.getByLabel('Periode tot en met (jaar)').fill('2031');
    await settings.getByLabel(/Kop van de streefwaarde/).fill('Streefwaarde 2031');
    await expectNoSeriousAxeViolations(greet, 'Instellingen dialog');
    await settings.getByRole('button', { name: 'Opslaan' }).click();
    await settings.waitFor({ state: 'hidden' });

    // Live at the colleague's page, without a reload.
    // The period is on the status line only: the top bar keeps to one row (issue 16).
    await expect.poll(() => line.innerText()).toBe('Gemeente Zeewolde · periode 2027–2031 · Nulmeting 2027 · Streefwaarde 2031');

    // A header alone (no other meta key changes) reaches the colleague as well.
    await greet.getByRole('button', { name: `Instellingen van ${NAME}` }).click();
    await settings.getByLabel(/Kop van de nulmeting/).fill('Nulmeting 2026');
    await settings.getByRole('button', { name: 'Opslaan' }).click();
    await settings.waitFor({ state: 'hidden' });
    await expect.poll(() => line.innerText()).toBe('Gemeente Zeewolde · periode 2027–2031 · Nulmeting 2026 · Streefwaarde 2031');

    // Archive: the confirmation says a version is taken first; the colleague's page turns read-only.
    await greet.getByRole('button', { name: `${NAME} archiveren` }).click();
    const confirm = greet.getByRole('dialog', { name: `${NAME} archiveren?` });
    expect(await confirm.innerText()).toContain('Eerst wordt een versie genomen');
    await confirm.getByRole('button', { name: 'Versie nemen en archiveren' }).click();
    await expect.poll(() => greet.locator('.card', { hasText: NAME }).innerText()).toContain('Gearchiveerd');
    await expect.poll(() => karel.getByRole('status').filter({ hasText: 'Gearchiveerd' }).count()).toBe(1);
    await expectNoSeriousAxeViolations(karel, 'archived programme page');
  });

  it('is renamed in Instellingen and taken out of the archive; a colleague sees both live and can edit again', async () => {
    const created = await apiAsAdmin(server.url, '/api/documents', { method: 'POST', body: { name: 'Meedoen Lindewaard', municipality: 'Lindewaard', periodStart: 2026, periodEnd: 2029 } });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const greet = await open('Greet Beheer', '#/', 'beheerder');
    const karel = await open('Karel Collega', `#/programma/${id}`, 'redacteur');
    await karel.getByTestId('programma-instellingen').waitFor();

    await greet.getByRole('button', { name: 'Instellingen van Meedoen Lindewaard' }).click();
    const settings = greet.getByRole('dialog', { name: 'Instellingen van Meedoen Lindewaard' });
    await settings.getByLabel('Naam van het programma').fill('Meedoen en ontmoeten Lindewaard');
    await settings.getByRole('button', { name: 'Opslaan' }).click();
    await settings.waitFor({ state: 'hidden' });
    await expect.poll(() => greet.locator('.card h2 a', { hasText: 'Meedoen en ontmoeten Lindewaard' }).count()).toBe(1);
    await expect.poll(() => karel.locator('.topbar').innerText()).toContain('Meedoen en ontmoeten Lindewaard');

    expect((await apiAsAdmin(server.url, `/api/documents/${id}/archive`, { method: 'POST' })).status).toBe(200);
    await expect.poll(() => karel.getByRole('status').filter({ hasText: 'Gearchiveerd' }).count()).toBe(1);
    await greet.reload();
    const card = greet.locator('.card', { hasText: 'Meedoen en ontmoeten Lindewaard' });
    await expect.poll(() => card.innerText()).toContain('Gearchiveerd');
    await expectNoSeriousAxeViolations(greet, 'overview with an archived programme');
    await greet.getByRole('button', { name: 'Meedoen en ontmoeten Lindewaard uit het archief halen' }).click();
    await expect.poll(() => card.innerText()).not.toContain('Gearchiveerd');
    await expect.poll(() => card.getByRole('button', { name: 'Meedoen en ontmoeten Lindewaard archiveren' }).count()).toBe(1);
    await expect.poll(() => karel.getByRole('status').filter({ hasText: 'Gearchiveerd' }).count()).toBe(0);
    await expect.poll(() => karel.getByRole('button', { name: /^Rij toevoegen|^Doel toevoegen/ }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
  });
  it('is made as a copy of a version with "Kopie maken"; the copy opens with its rows, and a priority added there reaches a colleague live', async () => {
    const taken = await apiAsAdmin(server.url, '/api/documents/gezond-samenleven/versions', { method: 'POST', body: { name: 'Concept februari', status: 'concept', date: '2025-02-13' } });
    expect(taken.status).toBe(201);
    const greet = await open('Greet Beheer', '#/', 'beheerder');
    await greet.getByRole('button', { name: 'Kopie maken van Gezond Samenleven versterken' }).click();
    const dialog = greet.getByRole('dialog', { name: 'Kopie maken van Gezond Samenleven versterken' });
    await expect.poll(() => dialog.getByLabel('Periode van (jaar)').inputValue()).toBe('2029');
    expect(await dialog.getByLabel('Periode tot en met (jaar)').inputValue()).toBe('2032');
    await dialog.getByLabel('Kopiëren van').selectOption({ label: 'Versie "Concept februari" (Concept, 13-02-2025)' });
    await dialog.getByLabel('Naam van het nieuwe programma').fill('Gezond Samenleven 2029-2032');
    await expectNoSeriousAxeViolations(greet, 'Kopie maken dialog');
    await dialog.getByRole('button', { name: 'Kopie maken' }).click();
    await expect.poll(() => greet.url()).toContain('#/programma/gezond-samenleven-2029-2032');
    await greet.locator('#kop-g1').waitFor();
    await expect.poll(() => greet.locator('.topbar').innerText()).toContain('Gezond Samenleven 2029-2032');

    const karel = await open('Karel Collega', '#/programma/gezond-samenleven-2029-2032', 'redacteur');
    await karel.locator('#kop-g1').waitFor();
    // Tables mount as they near the window: bring the ranking into view on both pages.
    for (const page of [greet, karel]) await page.locator('#kop-prioriteiten').scrollIntoViewIfNeeded();
    const rows = async (page: Page) => (await rowIds(page, 'tabel-prioriteiten')).length;
    await expect.poll(() => rows(karel)).toBe(11);
    await greet.locator('#prioriteiten').getByRole('button', { name: /^Rij toevoegen/ }).click();
    await expect.poll(() => rows(karel)).toBe(12);

    // The overview card says how far the indicators are, and who changed what last.
    await greet.goto(`${server.url}/#/`);
    const card = greet.locator('.card', { hasText: 'Gezond Samenleven 2029-2032' });
    await expect.poll(() => card.innerText()).toMatch(/Met nulmeting: \d+ van \d+/);
    expect(await card.innerText()).toMatch(/Met streefwaarde: \d+ van \d+/);
    await expect.poll(() => card.locator('.card-last-change').innerText()).toMatch(/^Laatst gewijzigd: Prioriteit toegevoegd, door Greet Beheer op \d{2}-\d{2}-\d{4} \d{2}:\d{2}$/);
    await expectNoSeriousAxeViolations(greet, 'overview with indicator bars and the last change');
  });
});
