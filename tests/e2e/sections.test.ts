/**
 * Goals and uitwerkingen are added, moved and deleted from their section toolbars, in real
 * Chromium against the real server: what one officer does, the other sees in the same place;
 * Ctrl+Z undoes a move; a delete asks first with what goes along; a lezer sees no such buttons;
 * every screen passes axe-core.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  expectNoSeriousAxeViolations,
  openAsUser,
  startServerAndBrowser,
  stopServerAndBrowser,
  type RunningServer,
} from '../helpers/browser.ts';
import { failTestsOnPageErrors } from '../helpers/page-errors.ts';
import { moreMenu } from '../helpers/more-menu.ts';

const PROGRAMME = 'bestaanszekerheid';
const SECTION_BUTTON = /^(Uitwerking|Doel) (toevoegen|omhoog|omlaag|verwijderen)/;

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors = failTestsOnPageErrors();
let anna: Page;
let bram: Page;

async function openAs(name: string, options: { grants?: { scope: string; role: 'lezer' }[] } = {}): Promise<Page> {
  const page = await openAsUser(browser, `${server.url}/#/programma/${PROGRAMME}`, name, pageErrors, undefined, options);
  contexts.push(page.context());
  await page.locator('#kop-g1').waitFor();
  return page;
}

/** Goal ids in page order. */
function goalOrder(page: Page): Promise<string[]> {
  return page.locator('h2.goal-heading').evaluateAll((els) => els.map((el) => el.id.replace(/^kop-/, '')));
}

/** The goals as the rail lists them ("Doel 2", "Doel 1", ...). */
function railGoals(page: Page): Promise<string[]> {
  return page.locator('.rail .rail-code').allInnerTexts();
}

/** Uitwerking ids of one goal, in page order. */
function subGoalOrder(page: Page, goalId: string): Promise<string[]> {
  return page
    .locator(`section.goal[aria-labelledby="kop-${goalId}"] h3.subgoal-heading`)
    .evaluateAll((els) => els.map((el) => el.id.replace(/^kop-/, '')));
}

function focusedId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.id ?? null);
}

function notices(page: Page): Promise<string> {
  return page.locator('.notices').innerText();
}

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
  anna = await openAs('Anna de Vries');
  bram = await openAs('Bram Jansen');
});

afterAll(() => stopServerAndBrowser({ server, browser, contexts }));

describe('goals and uitwerkingen from the section toolbars', () => {
  it('shows the section buttons to a redacteur and passes axe', async () => {
    await expect.poll(() => anna.getByRole('button', { name: 'Uitwerking toevoegen: doel 1', exact: true }).count()).toBe(1);
    await expect.poll(() => anna.getByRole('button', { name: 'Doel toevoegen aan het eind van het programma' }).count()).toBe(1);
    // At the edges the move buttons stay focusable but say they do not apply.
    expect(await anna.getByRole('button', { name: 'Doel omhoog: doel 1', exact: true }).getAttribute('aria-disabled')).toBe('true');
    expect(await anna.getByRole('button', { name: 'Doel omlaag: doel 1', exact: true }).getAttribute('aria-disabled')).toBeNull();
    await expectNoSeriousAxeViolations(anna, 'programma met sectieknoppen');
  });

  it('an uitwerking added by one, with its title typed, appears for the other in the same place', async () => {
    const before = await subGoalOrder(anna, 'g1');
    expect(before).toEqual(['g1-s1', 'g1-s2']);
    await anna.getByRole('button', { name: 'Uitwerking toevoegen: doel 1', exact: true }).click();

    // The new uitwerking opens with its title editor focused.
    const title = anna.getByLabel('Uitwerking doel', { exact: true });
    await title.waitFor();
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    await anna.keyboard.type('Inwoners kennen de weg naar hulp');
    await anna.keyboard.press('Enter');

    await expect.poll(async () => (await subGoalOrder(anna, 'g1')).length).toBe(3);
    // The notice lives five seconds: read it before waiting on the colleague's page.
    await expect.poll(() => notices(anna)).toContain('Uitwerking toegevoegd aan doel 1');
    const order = await subGoalOrder(anna, 'g1');
    expect(order.slice(0, 2)).toEqual(before);
    const newId = order[2]!;
    await expect.poll(() => subGoalOrder(bram, 'g1')).toEqual(order);
    await expect.poll(() => bram.locator(`#kop-${newId}`).innerText()).toContain('Inwoners kennen de weg naar hulp');
    // The rail follows: the third uitwerking under doel 1.
    await expect
      .poll(() => bram.locator('.rail > ol > li').first().locator('.rail-sub').nth(2).innerText())
      .toContain('Inwoners kennen de weg naar hulp');
  });

  it('moves goal 2 above goal 1 for both, with focus on its heading and an announcement', async () => {
    await anna.getByRole('button', { name: 'Doel omhoog: doel 2', exact: true }).click();

    await expect.poll(() => goalOrder(anna)).toEqual(['g2', 'g1', 'g3', 'g4']);
    await expect.poll(() => goalOrder(bram)).toEqual(['g2', 'g1', 'g3', 'g4']);
    await expect.poll(() => railGoals(bram)).toEqual(['Doel 2', 'Doel 1', 'Doel 3', 'Doel 4']);
    await expect.poll(() => focusedId(anna)).toBe('kop-g2');
    await expect.poll(() => notices(anna)).toContain('Doel 2 staat nu op plaats 1 van 4');
    await expectNoSeriousAxeViolations(anna, 'programma na verplaatsen');
  });

  it('Ctrl+Z undoes the move for everyone', async () => {
    await anna.keyboard.press('Control+z');
    await expect.poll(() => goalOrder(bram)).toEqual(['g1', 'g2', 'g3', 'g4']);
    await expect.poll(() => goalOrder(anna)).toEqual(['g1', 'g2', 'g3', 'g4']);
    await expect.poll(() => focusedId(anna)).toBe('kop-g2');
  });

  it('is keyboard operable: Enter on a focused move button moves the uitwerking', async () => {
    const down = anna.getByRole('button', { name: /^Uitwerking omlaag: uitwerking 1 van doel 1 “/ });
    await down.focus();
    await anna.keyboard.press('Enter');
    await expect.poll(() => subGoalOrder(bram, 'g1')).toEqual([
      'g1-s2',
      'g1-s1',
      (await subGoalOrder(anna, 'g1'))[2],
    ]);
    await expect.poll(() => focusedId(anna)).toBe('kop-g1-s1');
    await anna.keyboard.press('Control+z');
    await expect.poll(async () => (await subGoalOrder(bram, 'g1')).slice(0, 2)).toEqual(['g1-s1', 'g1-s2']);
  });

  it('deleting an uitwerking asks first with what goes along; the other sees it disappear', async () => {
    const remove = anna.getByRole('button', { name: /^Uitwerking verwijderen: uitwerking 1 van doel 1 “/ });
    await remove.click();
    const dialog = anna.getByRole('dialog');
    await expect.poll(() => dialog.innerText()).toMatch(/Uitwerking 1 van doel 1 “.+” met 2 resultaten( en \d+ activiteiten?)? verwijderen\?/);
    await expectNoSeriousAxeViolations(anna, 'vraag voor verwijderen');

    // Cancelling keeps it.
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await subGoalOrder(anna, 'g1')).toContain('g1-s1');

    await remove.click();
    await dialog.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await expect.poll(async () => (await subGoalOrder(bram, 'g1')).includes('g1-s1')).toBe(false);
    await expect.poll(async () => (await subGoalOrder(anna, 'g1')).includes('g1-s1')).toBe(false);
    // Focus goes to the uitwerking that took its place.
    await expect.poll(() => focusedId(anna)).toBe('kop-g1-s2');
    await expect.poll(() => notices(anna)).toContain('met 2 resultaten');
  });

  it('adds a goal at the end with its title editor open, and deletes a goal after saying what goes along', async () => {
    await anna.getByRole('button', { name: 'Doel toevoegen aan het eind van het programma' }).click();
    const title = anna.getByLabel('Titel van het doel', { exact: true });
    await title.waitFor();
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await anna.getByLabel('Nummer', { exact: true }).inputValue()).toBe('5');
    await anna.keyboard.type('Inwoners doen mee');
    await anna.keyboard.press('Enter');
    await expect.poll(() => railGoals(bram)).toEqual(['Doel 1', 'Doel 2', 'Doel 3', 'Doel 4', 'Doel 5']);
    await expect.poll(() => bram.locator('h2.goal-heading').last().innerText()).toContain('Doel 5: Inwoners doen mee');

    await anna.getByRole('button', { name: 'Doel verwijderen: doel 4', exact: true }).click();
    const dialog = anna.getByRole('dialog');
    await expect.poll(() => dialog.innerText()).toContain('Doel 4 met 2 indicatoren, 1 uitwerking en 1 resultaat verwijderen?');
    await dialog.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await expect.poll(() => railGoals(bram)).toEqual(['Doel 1', 'Doel 2', 'Doel 3', 'Doel 5']);
    await expect.poll(() => focusedId(anna)).toBe('kop-g3');

    // The whole goal, with everything under it, comes back with one Ctrl+Z.
    await anna.keyboard.press('Control+z');
    await expect.poll(() => railGoals(bram)).toEqual(['Doel 1', 'Doel 2', 'Doel 3', 'Doel 4', 'Doel 5']);
    await expect.poll(() => bram.locator('#tabel-g4-indicatoren .ag-row[row-id]').count()).toBe(2);
    await expect.poll(() => focusedId(anna)).toBe('kop-g4');

    // An empty goal is still asked about, plainly.
    await anna.getByRole('button', { name: 'Doel verwijderen: doel 5', exact: true }).click();
    await expect.poll(() => dialog.innerText()).toContain('Doel 5 verwijderen? Je kunt dit ongedaan maken met Ctrl+Z.');
    await dialog.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await expect.poll(() => railGoals(bram)).toEqual(['Doel 1', 'Doel 2', 'Doel 3', 'Doel 4']);
  });

  it('shows a lezer none of the section buttons; the page passes axe', async () => {
    const lezer = await openAs('Lotte Lezer', { grants: [{ scope: '*', role: 'lezer' }] });
    await expect.poll(() => lezer.locator('.read-only-note').innerText()).toContain('Alleen lezen');
    // The live document has the changes above, so the page is fully there.
    await expect.poll(async () => (await subGoalOrder(lezer, 'g1')).includes('g1-s1')).toBe(false);
    expect(await lezer.getByRole('button', { name: SECTION_BUTTON }).count()).toBe(0);
    expect(await lezer.locator('.section-toolbar').count()).toBe(0);
    await expectNoSeriousAxeViolations(lezer, 'programma voor een lezer');
  });

  it('after a raad-vastgesteld version, moving a goal asks a reason and records a change request; uitwerkingen stay free', async () => {
    await (await moreMenu(anna)).getByRole('button', { name: 'Versie vastleggen…' }).click();
    const versionDialog = anna.getByRole('dialog', { name: 'Versie vastleggen' });
    await versionDialog.getByLabel('Naam').fill('Programmabegroting 2026');
    await versionDialog.getByLabel('Status').selectOption('raad-vastgesteld');
    await versionDialog.getByLabel('Datum van het besluit').fill('06-11-2025');
    await versionDialog.getByLabel('Documentnummer').fill('RB-2025-077');
    await versionDialog.getByRole('button', { name: 'Vastleggen', exact: true }).click();
    await expect.poll(() => versionDialog.isVisible()).toBe(false);
    await expect.poll(() => anna.locator('h2.goal-heading .lock-mark').count()).toBeGreaterThan(0);

    const ask = anna.getByRole('dialog', { name: 'Vastgesteld door de raad' });
    // Refused until a reason is given: cancelling leaves the order alone.
    await anna.getByRole('button', { name: 'Doel omlaag: doel 1', exact: true }).click();
    await expect.poll(() => ask.innerText()).toContain('Doel 1 verplaatsen naar plaats 2 van 4');
    await ask.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => ask.isVisible()).toBe(false);
    expect(await goalOrder(anna)).toEqual(['g1', 'g2', 'g3', 'g4']);

    await anna.getByRole('button', { name: 'Doel omlaag: doel 1', exact: true }).click();
    await ask.getByLabel('Reden van de wijziging').fill('Volgorde gelijk aan de begroting');
    await ask.getByLabel('Besluitmoment', { exact: true }).selectOption('begroting');
    await ask.getByRole('button', { name: 'Doorgaan met wijzigen' }).click();
    await expect.poll(() => goalOrder(bram)).toEqual(['g2', 'g1', 'g3', 'g4']);
    await anna.getByRole('tab', { name: 'Geschiedenis' }).click();
    const requests = anna.locator('.change-request');
    await expect.poll(() => requests.count()).toBe(1);
    expect(await requests.first().innerText()).toMatch(/Volgorde: plaats 1\s*→\s*werd\s*plaats 2/);

    // One Ctrl+Z takes the move and its change request back.
    await anna.locator('#kop-g1').focus();
    await anna.keyboard.press('Control+z');
    await expect.poll(() => goalOrder(bram)).toEqual(['g1', 'g2', 'g3', 'g4']);
    await expect.poll(() => requests.count()).toBe(0);

    // An uitwerking is the college's: no question.
    await anna.getByRole('button', { name: /^Uitwerking omhoog: uitwerking 2 van doel 1 “/ }).click();
    await expect.poll(async () => (await subGoalOrder(bram, 'g1'))[0]).not.toBe('g1-s2');
    expect(await ask.isVisible()).toBe(false);
  });
});
