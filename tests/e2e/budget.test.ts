/**
 * Budget plans in real Chromium against the real server (issue 14): Fenna, financieel
 * adviseur, and Anna, policy officer, co-edit one plan. Fenna adds a theme and types an amount
 * in Dutch notation; Anna sees it live with the computed totals, and Fenna sees Anna on the
 * page. Anna links the line to a result ("nog niet gekoppeld" before), and the result's cost
 * appears in Fenna's programme grid without a reload; Fenna's next amount reaches Anna's
 * programme grid the same way. The budget page passes axe-core without a single violation.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RoleGrant } from '../../shared/auth/roles.ts';
import { apiAsAdmin, expectNoAxeViolations, openAsUser, startServerAndBrowser, stopServerAndBrowser, type RunningServer } from '../helpers/browser.ts';
import { activeCell, cell, cellText } from '../helpers/grid-page.ts';
import { failTestsOnPageErrors } from '../helpers/page-errors.ts';

const PROGRAMME = 'bestaanszekerheid';
const RESULT = 'g1-s1-r1';
const RESULTS = 'tabel-g1-s1-resultaten';
const LIVE = { timeout: 20_000 };

let server: RunningServer;
let browser: Browser;
let budgetId: string;
const contexts: BrowserContext[] = [];
const pageErrors = failTestsOnPageErrors();

async function open(name: string, hash: string, grants?: RoleGrant[]): Promise<Page> {
  const page = await openAsUser(browser, `${server.url}/${hash}`, name, pageErrors, undefined, grants ? { grants } : {});
  contexts.push(page.context());
  return page;
}

/** A second page in the same browser context (the same signed-in user, another tab). */
async function tab(page: Page, hash: string): Promise<Page> {
  const other = await page.context().newPage();
  await other.goto(`${server.url}/${hash}`);
  return other;
}

const firstLine = (page: Page) => page.locator('#begroting-grid .ag-row[row-id]').first();

async function lineId(page: Page): Promise<string> {
  await expect.poll(() => firstLine(page).count(), LIVE).toBe(1);
  return (await firstLine(page).getAttribute('row-id'))!;
}

async function typeInCell(page: Page, rowId: string, colId: string, text: string): Promise<void> {
  const target = cell(page, rowId, colId, 'begroting-grid');
  await target.click();
  await page.keyboard.press('Enter');
  const editor = page.locator('.ag-cell-inline-editing :is(input, textarea), .ag-popup-editor :is(input, textarea)').first();
  await editor.waitFor();
  await editor.fill(text);
  await page.keyboard.press('Enter');
}

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
  const created = await apiAsAdmin(server.url, '/api/documents', {
    method: 'POST',
    body: { kind: 'budget', name: 'POK Dronten 2023-2026', municipality: 'Dronten', periodStart: 2023, periodEnd: 2026, fundingSource: 'POK-middelen, decembercirculaire 2021' },
  });
  expect(created.status).toBe(201);
  budgetId = ((await created.json()) as { id: string }).id;
});

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close().catch(() => undefined);
});

afterAll(() => stopServerAndBrowser({ server, browser, contexts }));

describe('budget plans', () => {
  it('a financieel adviseur and a policy officer co-edit a plan; a linked result’s cost shows live in the programme grid', async () => {
    const fenna = await open('Fenna Financieel', `#/begroting/${budgetId}`, [
      { scope: budgetId, role: 'financieel-adviseur' },
      { scope: PROGRAMME, role: 'lezer' },
    ]);
    await fenna.getByRole('heading', { name: 'POK Dronten 2023-2026', level: 1 }).waitFor();
    await fenna.getByRole('button', { name: 'Thema toevoegen' }).click();
    const id = await lineId(fenna);
    await typeInCell(fenna, id, 'label', 'Wijkteams');
    await expect.poll(() => cellText(fenna, id, 'label', 'begroting-grid'), LIVE).toContain('Wijkteams');
    await fenna.getByLabel('Bedragen in de tabel').selectOption('toegekend');
    await typeInCell(fenna, id, 'jaar:2023', '€ 30.000,-');
    await expect.poll(() => cellText(fenna, id, 'jaar:2023', 'begroting-grid'), LIVE).toBe('€ 30.000');
    await expect.poll(() => cellText(fenna, id, 'total', 'begroting-grid'), LIVE).toBe('€ 30.000');
    // A total is computed, never an input; "nog niet bestemd" is always there.
    await expect.poll(() => fenna.locator('[data-total="open"] td').last().innerText()).toBe('-€ 30.000');

    // Anna, policy officer, on the same plan: the line and its amount arrive live; she sees Fenna.
    const anna = await open('Anna de Vries', `#/begroting/${budgetId}`);
    await expect.poll(() => lineId(anna), LIVE).toBe(id);
    await anna.getByLabel('Bedragen in de tabel').selectOption('toegekend');
    await expect.poll(() => cellText(anna, id, 'jaar:2023', 'begroting-grid'), LIVE).toBe('€ 30.000');
    await expect.poll(() => fenna.locator('.avatars li[title="Anna de Vries"]').count(), LIVE).toBe(1);
    // She cannot change the money: no buttons for lines, and typing in a cell says why.
    expect(await anna.getByRole('button', { name: 'Thema toevoegen' }).count()).toBe(0);
    await cell(anna, id, 'jaar:2023', 'begroting-grid').click();
    await anna.keyboard.type('5');
    await expect.poll(() => anna.locator('.notices').innerText()).toContain('alleen een financieel adviseur');
    expect(await cellText(anna, id, 'jaar:2023', 'begroting-grid')).toBe('€ 30.000');

    // Fenna's programme grid: no plan pays for anything there yet, so no Kosten column.
    const fennaProgramme = await tab(fenna, `#/programma/${PROGRAMME}`);
    const fennaCost = cell(fennaProgramme, RESULT, 'kosten', RESULTS);
    await cell(fennaProgramme, RESULT, 'code', RESULTS).scrollIntoViewIfNeeded();

    // Anna links the line to result 1.1; Fenna sees where she is.
    await cell(anna, id, 'label', 'begroting-grid').click();
    await expect.poll(() => cell(fenna, id, 'label', 'begroting-grid').locator('.presence-label').innerText(), LIVE).toBe('Anna');
    await expect.poll(() => anna.getByTestId('nog-niet-gekoppeld').count()).toBe(1);
    await expect.poll(() => cellText(anna, id, 'links', 'begroting-grid')).toBe('nog niet gekoppeld');
    const form = anna.locator('form.budget-link-form');
    await form.getByLabel('Programma').selectOption(PROGRAMME);
    await form.getByLabel('Resultaat of activiteit').selectOption(RESULT);
    await form.getByRole('button', { name: 'Koppelen aan resultaat' }).click();
    await expect.poll(() => cellText(anna, id, 'links', 'begroting-grid'), LIVE).toContain('Resultaat 1.1');
    await expect.poll(() => anna.getByTestId('nog-niet-gekoppeld').count()).toBe(0);

    // The result's cost appears in Fenna's programme grid, live; other results say so in words.
    await expect.poll(() => fennaCost.innerText(), LIVE).toBe('€ 30.000');
    await expect.poll(() => cell(fennaProgramme, 'g1-s1-r2', 'kosten', RESULTS).innerText(), LIVE).toBe('nog niet gekoppeld');

    // Anna's own programme grid follows Fenna's next amount without a reload.
    const annaProgramme = await tab(anna, `#/programma/${PROGRAMME}`);
    const annaCost = cell(annaProgramme, RESULT, 'kosten', RESULTS);
    await cell(annaProgramme, RESULT, 'code', RESULTS).scrollIntoViewIfNeeded();
    await expect.poll(() => annaCost.innerText(), LIVE).toBe('€ 30.000');
    await typeInCell(fenna, id, 'jaar:2024', '17.600');
    await expect.poll(() => annaCost.innerText(), LIVE).toBe('€ 47.600');
    await expect.poll(() => fennaCost.innerText(), LIVE).toBe('€ 47.600');

    // Live finance validation: an amount in Dutch notation that is not one is refused in Dutch.
    await typeInCell(fenna, id, 'jaar:2025', '47.6');
    await expect.poll(() => fenna.locator('.notices').innerText(), LIVE).toContain('geen bedrag in Nederlandse schrijfwijze');
    // More toegekend than beschikbaar in 2024: V29 in the Problemen panel, its cell marked.
    await fenna.getByLabel('Bedragen in de tabel').selectOption('beschikbaar');
    await typeInCell(fenna, id, 'jaar:2024', '10.000');
    await expect.poll(() => cellText(fenna, id, 'jaar:2024', 'begroting-grid'), LIVE).toContain('€ 10.000');
    await expect.poll(() => fenna.locator('.budget-problems li[data-rule="V29"]').allInnerTexts(), LIVE).toContainEqual(expect.stringContaining('in 2024 is € 17.600 gereserveerd en toegekend, maar is er € 10.000 beschikbaar'));
    await expect.poll(() => cell(fenna, id, 'jaar:2024', 'begroting-grid').getAttribute('class')).toContain('cell-finding');
    await expectNoAxeViolations(fenna, 'begrotingsplan (financieel adviseur)');
    // Ctrl+Z takes back Fenna's own amounts, last first, and the programme grids follow.
    await cell(fenna, id, 'label', 'begroting-grid').click();
    await fenna.keyboard.press('Control+z');
    await expect.poll(() => cellText(fenna, id, 'jaar:2024', 'begroting-grid'), LIVE).not.toContain('10.000');
    expect(await annaCost.innerText()).toBe('€ 47.600');
    await fenna.keyboard.press('Control+z');
    await expect.poll(() => annaCost.innerText(), LIVE).toBe('€ 30.000');

    // Keyboard-first: Alt+N adds a line beside the current one, Alt+Delete removes it after a question.
    const rows = fenna.locator('#begroting-grid .ag-row[row-id]');
    await cell(fenna, id, 'label', 'begroting-grid').click();
    await fenna.keyboard.press('Alt+N');
    await expect.poll(() => rows.count(), LIVE).toBe(2);
    await expect.poll(() => anna.locator('#begroting-grid .ag-row[row-id]').count(), LIVE).toBe(2);
    await fenna.keyboard.press('Alt+Delete');
    await fenna.getByRole('dialog', { name: 'Regel verwijderen?' }).getByRole('button', { name: 'Verwijderen' }).click();
    await expect.poll(() => rows.count(), LIVE).toBe(1);
    expect(await lineId(fenna)).toBe(id);
    // The keyboard stays in the matrix, on the line that is left.
    await expect.poll(() => activeCell(fenna), LIVE).toEqual({ rowId: id, colId: 'label' });
    await expectNoAxeViolations(anna, 'begrotingsplan (beleidsmedewerker, met koppeling)');
  });

  it('a beheerder starts a new plan from the overview; each plan has a card with its period and computed total', async () => {
    const greet = await open('Greet Beheer', '#/', [{ scope: '*', role: 'beheerder' }]);
    const cards = greet.locator('section.budget-group');
    await expect.poll(() => cards.locator('.budget-card h3').allInnerTexts(), LIVE).toContain('POK Dronten 2023-2026');
    await greet.getByRole('button', { name: 'Nieuw begrotingsplan' }).focus();
    await greet.keyboard.press('Enter');
    const dialog = greet.getByRole('dialog', { name: 'Nieuw begrotingsplan' });
    await dialog.getByLabel('Naam van het begrotingsplan').fill('Wijkaanpak Zeewolde');
    await dialog.getByLabel('Gemeente').fill('Zeewolde');
    await dialog.getByLabel('Periode van (jaar)').fill('2025');
    await dialog.getByLabel('Periode tot en met (jaar)').fill('2028');
    await dialog.getByRole('button', { name: 'Begrotingsplan aanmaken' }).click();
    await expect.poll(() => greet.evaluate(() => location.hash)).toBe('#/begroting/begroting-wijkaanpak-zeewolde');
    await greet.getByRole('heading', { name: 'Wijkaanpak Zeewolde', level: 1 }).waitFor();
    await expect.poll(() => greet.locator('[data-total="open"] td').last().innerText(), LIVE).toBe('€ 0');
    await expectNoAxeViolations(greet, 'leeg begrotingsplan');

    await greet.getByRole('link', { name: 'Koers' }).click();
    const card = cards.locator('.budget-card').filter({ hasText: 'Wijkaanpak Zeewolde' });
    await expect.poll(() => card.innerText(), LIVE).toContain('Periode 2025-2028');
    expect(await card.innerText()).toMatch(/Totaal beschikbaar\s*€ 0/);
    await expectNoAxeViolations(greet, 'overzicht met begrotingsplannen');

    // A plan that does not exist says so, instead of loading for ever.
    await greet.goto(`${server.url}/#/begroting/begroting-bestaat-niet`);
    await expect.poll(() => greet.getByRole('alert').innerText().catch(() => ''), LIVE).toMatch(/bestaat niet|niet gevonden/);
    expect(await greet.getByText('Begrotingsplan laden…').count()).toBe(0);
  });

  it('a long plan from the csv template scrolls inside its grid, its last line takes an amount, and a role change reaches the open page', async () => {
    const created = await apiAsAdmin(server.url, '/api/documents', {
      method: 'POST',
      body: { kind: 'budget', name: 'Lang plan', municipality: 'Rivierstad', periodStart: 2024, periodEnd: 2026 },
    });
    const { id: longId } = (await created.json()) as { id: string };
    const lines = ['Thema;Onderdeel;Grootboek;Soort;2024;2025;2026'];
    for (let t = 1; t <= 6; t++) {
      lines.push(`Thema ${t};;;beschikbaar;100.000;100.000;100.000`);
      for (let i = 1; i <= 9; i++) lines.push(`Thema ${t};Onderdeel ${t}.${i};FCL 66${t}0${i};beschikbaar;1.000;1.000;1.000`);
    }
    const form = new FormData();
    form.set('file', new Blob([lines.join('\r\n')]), 'lang.csv');
    const applied = await apiAsAdmin(server.url, `/api/documents/${longId}/import/apply`, { method: 'POST', body: form });
    expect(applied.status).toBe(200);

    // Another adviseur: an existing test account keeps the roles it was made with.
    const frits = await open('Frits Financieel', `#/begroting/${longId}`, [{ scope: longId, role: 'financieel-adviseur' }]);
    await expect.poll(() => frits.locator('[data-total="plan"] td').last().innerText(), LIVE).toBe('€ 1.962.000');
    const grid = frits.locator('#begroting-grid');
    await expect.poll(() => grid.getAttribute('class')).toContain('budget-grid-scrolls');
    // Only the rows in view are rendered.
    expect(await grid.locator('.ag-center-cols-viewport .ag-row[row-id]').count()).toBeLessThan(60);
    await grid.locator('.ag-row[row-id]').first().locator('.ag-cell[col-id="label"]').click();
    await frits.keyboard.press('Control+ArrowDown');
    const focusedRow = () => frits.evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-index'));
    await expect.poll(focusedRow).toBe('59');
    for (let i = 0; i < 2; i++) await frits.keyboard.press('ArrowRight'); // past Grootboek
    await expect.poll(() => grid.locator('.ag-cell-focus').getAttribute('col-id')).toBe('jaar:2024');
    // Typing replaces the last line's 1.000 with 2.500.
    await frits.keyboard.type('2.500');
    await frits.keyboard.press('Enter');
    await expect.poll(() => frits.locator('[data-total="plan"] td').last().innerText(), LIVE).toBe('€ 1.963.500');
    await expectNoAxeViolations(frits, 'lang begrotingsplan');
    // The matrix with its formulas goes out as Excel from the page itself.
    const [download] = await Promise.all([frits.waitForEvent('download'), frits.getByRole('button', { name: 'Excel (.xlsx)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    await expect.poll(() => frits.locator('.notices').innerText(), LIVE).toContain('is gedownload');

    // His role becomes lezer: the open page learns it and stops offering to change the money.
    const users = (await (await apiAsAdmin(server.url, '/api/users')).json()) as { id: string; name: string }[];
    const fritsId = users.find((u) => u.name === 'Frits Financieel')!.id;
    const regranted = await apiAsAdmin(server.url, `/api/users/${fritsId}/grants`, { method: 'PUT', body: { grants: [{ scope: longId, role: 'lezer' }] } });
    expect(regranted.status).toBe(200);
    await expect.poll(() => frits.getByRole('button', { name: 'Thema toevoegen' }).count(), LIVE).toBe(0);
    await expect.poll(() => frits.locator('.budget-status-line').innerText(), LIVE).toContain('Bedragen wijzigen kan alleen een financieel adviseur');
  });
});
