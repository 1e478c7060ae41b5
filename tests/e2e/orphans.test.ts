/**
 * Rows that vanish (issue 11, item 1), in real Chromium against the real server: Carla, offline
 * in a real y-websocket client, adds an uitwerking with a result under doel 4 while Anna deletes
 * doel 4 on her page. When Carla is back, both pages show the uitwerking under "Zonder plaats",
 * with who added it; the Problemen panel points at it; Bram gives it a place under doel 2 with the
 * keyboard, and it leaves the section and appears with its result in the grid; Ctrl+Z puts it
 * back; deleting it asks first. axe-core finds nothing on the page with the section shown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addRow, userOrigin } from '../../shared/doc/index.ts';
import { adminCookie, E2E_ADMIN, expectNoSeriousAxeViolations, openAsUser, startServerAndBrowser, stopServerAndBrowser, type RunningServer } from '../helpers/browser.ts';
import { rowIds } from '../helpers/grid-page.ts';
import { failTestsOnPageErrors } from '../helpers/page-errors.ts';
import { connectClient, type TestClient } from '../helpers/test-client.ts';
import { waitUntil } from '../helpers/wait.ts';

const PROGRAMME = 'bestaanszekerheid';
const TITLE = 'Wijkteams in elke kern';
const RESULT = 'Elke kern heeft een vast aanspreekpunt';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors = failTestsOnPageErrors();
let anna: Page;
let bram: Page;
let carla: TestClient;
let subGoal: string;
let result: string;

async function openAs(name: string): Promise<Page> {
  const page = await openAsUser(browser, `${server.url}/#/programma/${PROGRAMME}`, name, pageErrors);
  contexts.push(page.context());
  await page.locator('#kop-g1').waitFor();
  return page;
}

const section = (page: Page) => page.locator('#zonder-plaats');

function focusedId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.id ?? null);
}

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
  anna = await openAs('Anna de Vries');
  bram = await openAs('Bram Jansen');
  carla = connectClient(`ws://127.0.0.1:${server.port}/sync`, PROGRAMME, { cookie: await adminCookie(server.url) });
  await carla.whenSynced();
});

afterAll(async () => {
  carla?.destroy();
  await stopServerAndBrowser({ server, browser, contexts });
});

describe('a row whose goal was deleted meanwhile', () => {
  it('shows under "Zonder plaats" on both pages once the offline colleague is back, with who added it', async () => {
    expect(await section(anna).count()).toBe(0);
    carla.provider.disconnect();
    const origin = userOrigin('carla', 'Carla');
    subGoal = addRow(carla.doc, 'subGoal', 'g4', origin, { fields: { title: TITLE } });
    result = addRow(carla.doc, 'result', subGoal, origin, { fields: { code: '4.9', text: RESULT } });

    await anna.getByRole('button', { name: 'Doel verwijderen: doel 4', exact: true }).click();
    await anna.getByRole('dialog').getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await expect.poll(() => bram.locator('#kop-g4').count()).toBe(0);
    carla.provider.connect();
    await waitUntil(() => carla.provider.synced, { what: 'Carla back online' });

    for (const page of [anna, bram]) {
      await expect.poll(() => section(page).count()).toBe(1);
      const text = await section(page).innerText();
      expect(text).toContain('Zonder plaats');
      expect(text).toContain('Deze rijen zijn toegevoegd onder een onderdeel dat intussen is verwijderd. Geef ze een plaats of verwijder ze.');
      expect(text).toContain(`Uitwerking: ${TITLE}`);
      expect(text).toContain(`Resultaat 4.9: ${RESULT}`);
      // Recorded under the signed-in account of Carla's socket, not the name her client gave.
      await expect.poll(() => page.locator(`#zonder-plaats-${subGoal}`).innerText()).toContain(`Toegevoegd door ${E2E_ADMIN.name} op `);
    }
    // The result hangs under the uitwerking: indented below it.
    expect(await section(bram).locator('li.orphan').evaluateAll((els) => els.map((el) => el.getAttribute('data-depth')))).toEqual(['0', '1']);
    expect(await bram.locator(`#tabel-${subGoal}-resultaten`).count()).toBe(0);
    // The rail leads there too.
    await bram.getByRole('button', { name: 'Zonder plaats 2 rijen' }).click();
    await expect.poll(() => focusedId(bram)).toBe('kop-zonder-plaats');
  });

  it('passes axe with the section shown, and with its move dialog open', async () => {
    await expectNoSeriousAxeViolations(bram, 'programma met rijen zonder plaats');
    await bram.getByRole('button', { name: 'Verplaatsen naar…' }).first().click();
    await bram.getByRole('dialog', { name: 'Verplaatsen naar…' }).waitFor();
    await expectNoSeriousAxeViolations(bram, 'verplaatsen van een rij zonder plaats');
    await bram.keyboard.press('Escape');
    await expect.poll(() => bram.getByRole('dialog', { name: 'Verplaatsen naar…' }).count()).toBe(0);
  });

  it('is in the Problemen panel, which puts the keyboard on its line', async () => {
    const item = bram.locator('.problem-item').filter({ hasText: 'Deze rij hoort bij een onderdeel dat is verwijderd.' });
    await expect.poll(() => item.count()).toBe(1);
    await item.getByRole('button').first().click();
    await expect.poll(() => focusedId(bram)).toBe(`zonder-plaats-${subGoal}`);
  });

  it('moves to another goal with the keyboard: gone from the section, its result in the grid', async () => {
    const move = bram.getByRole('group', { name: `Acties voor Uitwerking: ${TITLE}` }).getByRole('button', { name: 'Verplaatsen naar…' });
    await move.focus();
    await bram.keyboard.press('Enter');
    const dialog = bram.getByRole('dialog', { name: 'Verplaatsen naar…' });
    const place = dialog.getByLabel('Nieuwe plaats');
    await expect.poll(() => place.evaluate((el) => el === document.activeElement)).toBe(true);
    // Doel 1 is first in the list; one step down is doel 2.
    const options = await place.locator('option').allInnerTexts();
    expect(options[0]).toMatch(/^Doel 1: /);
    expect(options[1]).toMatch(/^Doel 2: /);
    await bram.keyboard.press('ArrowDown');
    await expect.poll(() => place.inputValue()).toBe('g2');
    await bram.keyboard.press('Tab');
    await bram.keyboard.press('Enter');

    for (const page of [bram, anna]) {
      await expect.poll(() => section(page).count()).toBe(0);
      await expect.poll(() => page.locator(`section.goal[aria-labelledby="kop-g2"] #kop-${subGoal}`).count()).toBe(1);
      await expect.poll(() => rowIds(page, `tabel-${subGoal}-resultaten`)).toEqual([result]);
    }
    await expect.poll(() => focusedId(bram)).toBe(`kop-${subGoal}`);
    await expect.poll(() => bram.locator('.notices').innerText()).toContain('staat nu onder doel 2, met 1 rij eronder');
  });

  it('Ctrl+Z puts it back under "Zonder plaats", with the keyboard on its line', async () => {
    await bram.keyboard.press('Control+z');
    for (const page of [bram, anna]) await expect.poll(() => section(page).count()).toBe(1);
    await expect.poll(() => focusedId(bram)).toBe(`zonder-plaats-${subGoal}`);
    expect(await bram.locator(`#kop-${subGoal}`).count()).toBe(0);
  });

  it('deleting it asks first, then takes its result along for everyone', async () => {
    await bram.getByRole('group', { name: `Acties voor Uitwerking: ${TITLE}` }).getByRole('button', { name: 'Verwijderen' }).click();
    const dialog = bram.getByRole('dialog', { name: 'Rij zonder plaats verwijderen' });
    await expect.poll(() => dialog.innerText()).toContain(`Uitwerking: ${TITLE}, met 1 rij eronder verwijderen?`);
    await dialog.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    for (const page of [bram, anna]) await expect.poll(() => section(page).count()).toBe(0);
    await waitUntil(() => carla.programme().orphans?.length === 0, { what: 'the delete at Carla' });
  });
});
