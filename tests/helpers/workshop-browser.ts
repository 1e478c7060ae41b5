/**
 * Werkatelier steps in the browser, as a facilitator and participants take them: read the code
 * off the projector, join from a phone, put a card on a row, hand out dots, rank a top 10.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { normaliseJoinCode } from '../../shared/workshop/api.ts';
import { formatViolations, openAsUser, seriousAxeViolations } from './browser.ts';
import { collectPageErrors } from './page-errors.ts';

const PHONE = { width: 390, height: 844 };

/** The join code as the presenter shows it (ABCD-EFGH), in its stored form. */
export async function readJoinCode(presenter: Page): Promise<string> {
  const shown = await presenter.getByTestId('join-code').innerText();
  return normaliseJoinCode(shown.replace(/^\s*Code:\s*/i, ''));
}

/** A phone in its own context at the join link; the page is left on the join form. */
export async function openJoinPage(browser: Browser, url: string, code: string, label: string, errors: string[], contexts: BrowserContext[]): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, locale: 'nl-NL', isMobile: true, hasTouch: true });
  contexts.push(context);
  const page = await context.newPage();
  collectPageErrors(page, label, errors);
  await page.goto(`${url}/#/doe-mee/${code}`);
  await page.getByRole('heading', { name: 'Meedoen aan een werkatelier' }).waitFor();
  return page;
}

/** Fills in the join form and waits for the participant's view of the werkatelier. */
export async function joinAs(page: Page, name: string, title: string): Promise<void> {
  await page.getByLabel('Je naam').fill(name);
  await page.getByRole('button', { name: 'Meedoen' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByText(`Je doet mee als ${name}.`, { exact: true }).waitFor();
}

/** Puts a card of one kind on one row through 'Kaart toevoegen' and waits for the confirmation. */
export async function addCard(page: Page, rowId: string, typeLabel: string, text: string): Promise<void> {
  const row = page.locator(`.ws-prow[data-row-id="${rowId}"]`);
  await row.getByRole('button', { name: /^Kaart toevoegen/ }).click();
  await row.getByLabel(typeLabel, { exact: true }).check();
  await row.getByLabel('Je tekst').fill(text);
  await row.getByRole('button', { name: 'Plaatsen' }).click();
  await row.getByRole('status').filter({ hasText: 'Je kaart is geplaatst.' }).waitFor();
}

/** Clicks '+' on an item (by its code) `times` times. */
export async function addDots(page: Page, code: string, times: number): Promise<void> {
  const plus = page.getByRole('button', { name: `Stip erbij bij ${code}`, exact: true });
  for (let i = 0; i < times; i++) await plus.click();
}

/**
 * A voting button by its visible word and the item's code, which is only in the accessible
 * name (sr-only); Chromium may put a space between the two parts of that name.
 */
export function buttonFor(word: string, code: string): RegExp {
  return new RegExp(`^${word}\\s*:\\s*${code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** Top 10: clicks 'Kies' on each item (by its code) in order, so the first is ranked highest. */
export async function rankInOrder(page: Page, codes: readonly string[]): Promise<void> {
  for (const [index, code] of codes.entries()) {
    await page.getByRole('button', { name: buttonFor('Kies', code) }).click();
    await expect.poll(() => page.locator('.ws-my-ranking > li').count()).toBeGreaterThanOrEqual(index + 1);
  }
}

export async function expectNoSeriousAxeViolations(page: Page, screen: string): Promise<void> {
  const violations = await seriousAxeViolations(page);
  expect(violations, `axe on ${screen}:\n${formatViolations(violations)}`).toEqual([]);
}

/**
 * A facilitator (a new account with the facilitator role everywhere) starts a werkatelier from the
 * programme's werkateliers page and is left on its control screen with the join code shown.
 */
export async function startWorkshopAs(
  browser: Browser,
  url: string,
  who: string,
  errors: string[],
  workshop: { programme: string; title: string; scope: string; mode: 'Stippen verdelen' | 'Top 10 rangschikken' },
): Promise<Page> {
  const page = await openAsUser(browser, `${url}/#/programma/${workshop.programme}/werkateliers`, who, errors, undefined, {
    grants: [{ scope: '*', role: 'facilitator' }],
  });
  const form = page.locator('form.ws-start-form');
  await form.getByLabel('Titel').fill(workshop.title);
  await form.getByLabel('Onderwerp').selectOption(workshop.scope);
  await form.getByLabel(workshop.mode).check();
  // Only dots are counted out: a top 10 asks for no number.
  expect(await form.getByLabel('Aantal stippen per deelnemer').count()).toBe(workshop.mode === 'Stippen verdelen' ? 1 : 0);
  await form.getByRole('button', { name: 'Werkatelier starten' }).click();
  await page.getByRole('heading', { level: 1, name: workshop.title }).waitFor();
  await page.getByTestId('join-code').waitFor();
  return page;
}
