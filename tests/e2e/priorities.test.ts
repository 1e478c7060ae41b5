/**
 * The advisory body's ranking as data of the programme (issue 12), in real Chromium against the
 * real server: the seeded ASD top 10 of Bestaanszekerheid shows as a table after the goals, with
 * V36's error on the item that names goal "4" in the Problemen panel. Anna jumps there from the
 * panel and corrects the code with the keyboard; Bram sees the new code and the error gone, live.
 * Anna adds a place with "Rij toevoegen"; Bram sees it. axe-core finds nothing on the section.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoSeriousAxeViolations, openAsUser, startServerAndBrowser, stopServerAndBrowser, type RunningServer } from '../helpers/browser.ts';
import { activeCell, cellText, rowIds } from '../helpers/grid-page.ts';
import { failTestsOnPageErrors } from '../helpers/page-errors.ts';

const PROGRAMME = 'bestaanszekerheid';
const TABLE = 'tabel-prioriteiten';
const WRONG_CODE = 'V36|p2|code';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors = failTestsOnPageErrors();
let anna: Page;
let bram: Page;

async function openAs(name: string): Promise<Page> {
  const page = await openAsUser(browser, `${server.url}/#/programma/${PROGRAMME}`, name, pageErrors, { width: 1440, height: 900 });
  contexts.push(page.context());
  await page.locator('#kop-g1').waitFor();
  return page;
}

const problem = (page: Page, key: string) => page.locator(`#problemen li[data-finding-key="${key}"]`);

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
  anna = await openAs('Anna de Vries');
  bram = await openAs('Bram Jansen');
});

afterAll(() => stopServerAndBrowser({ server, browser, contexts }));

describe("the advisory body's ranking", () => {
  it('shows as a table after the goals, ties marked, with the item that names a goal flagged in Problemen', async () => {
    const heading = anna.getByRole('heading', { name: 'Prioriteiten van de Adviesraad Sociaal Domein' });
    await heading.scrollIntoViewIfNeeded();
    await expect.poll(() => rowIds(anna, TABLE)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', 'p10']);
    expect(await cellText(anna, 'p2', 'code', TABLE)).toBe('4');
    expect(await cellText(anna, 'p3', 'tie', TABLE)).toBe('Gelijke stand');
    expect(await cellText(anna, 'p4', 'rank', TABLE)).toBe('3');
    await expect.poll(() => problem(anna, WRONG_CODE).innerText()).toContain('Prioriteit 2 verwijst naar resultaat "4"');
    await expect.poll(() => problem(anna, WRONG_CODE).innerText()).toContain('plaats 2 (4) · Resultaatcode');
    await expectNoSeriousAxeViolations(anna, 'prioriteiten van de adviesraad');
  });

  it('Anna jumps from the panel to the cell and corrects it; Bram sees the code and the error gone, live', async () => {
    await problem(anna, WRONG_CODE).locator('button.problem-jump').click();
    await expect.poll(() => activeCell(anna)).toEqual({ rowId: 'p2', colId: 'code' });
    await anna.keyboard.press('Enter');
    await anna.keyboard.press('Control+a');
    await anna.keyboard.insertText('4.13');
    await anna.keyboard.press('Enter');
    await expect.poll(() => cellText(bram, 'p2', 'code', TABLE)).toBe('4.13');
    await expect.poll(() => problem(bram, WRONG_CODE).count()).toBe(0);
    await expect.poll(() => problem(anna, WRONG_CODE).count()).toBe(0);
  });

  it('a place added with "Rij toevoegen" reaches the colleague', async () => {
    const section = anna.locator('#prioriteiten');
    await section.getByRole('button', { name: 'Rij toevoegen' }).click();
    await expect.poll(async () => (await rowIds(bram, TABLE)).length).toBe(11);
    const added = (await rowIds(anna, TABLE)).find((id) => !/^p\d+$/.test(id))!;
    expect(added).toBeTruthy();
  });
});
