/**
 * The werkatelier's audience screen on the projector, in real Chromium against the real server:
 * the facilitator opens it from the control screen in a window of its own; at 1920x1080 it shows
 * the focused row, the join code with a large QR code, the cards arriving and the tally, in
 * 32 px type or larger, without scrolling, live over the same session as the control screen.
 * A phone that opens #/doe-mee without a code types it in. Every screen passes axe-core with no
 * violation at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, startServerAndBrowser, stopServerAndBrowser, type RunningServer } from '../helpers/browser.ts';
import { addCard, addDots, joinAs, readJoinCode, startWorkshopAs } from '../helpers/workshop-browser.ts';
import { collectPageErrors, failTestsOnPageErrors } from '../helpers/page-errors.ts';

const PROGRAMME = 'bestaanszekerheid';
const GOAL = 'g1';
const TITLE = 'Werkatelier veilig wonen';
const R1 = ['g1-s1-r1', '1.1'] as const;
const R2 = ['g1-s1-r2', '1.2'] as const;
const LONG = `Een vaste contactpersoon voor iedere inwoner die dakloos dreigt te raken, ${'met een warme overdracht naar de wijkteams en de woningcorporaties '.repeat(5)}`.slice(0, 480);
const PROJECTOR = { width: 1920, height: 1080 };

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors = failTestsOnPageErrors();
let control: Page;
let screen: Page;
let phone: Page;
let code = '';

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
});

afterAll(() => stopServerAndBrowser({ server, browser, contexts }));

/** How far the page reaches beyond the window, the smallest text on it, and whether each block is whole and on screen. */
function measure(page: Page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    let smallest = Infinity;
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (!node.textContent?.trim() || parent.closest('.sr-only')) continue;
      smallest = Math.min(smallest, parseFloat(getComputedStyle(parent).fontSize));
    }
    const blocks = [...document.querySelectorAll<HTMLElement>('main > header, main > section, .ws-audience-lower > section')].map((el) => {
      const box = el.getBoundingClientRect();
      return { name: el.className, bottom: Math.round(box.bottom), right: Math.round(box.right), clipped: el.scrollHeight > el.clientHeight + 1 };
    });
    return { overflowY: doc.scrollHeight - window.innerHeight, overflowX: doc.scrollWidth - window.innerWidth, smallest, blocks };
  });
}

async function expectFitsProjector(page: Page): Promise<void> {
  const m = await measure(page);
  expect(m.overflowY, 'vertical overflow of the audience screen').toBeLessThanOrEqual(0);
  expect(m.overflowX, 'horizontal overflow of the audience screen').toBeLessThanOrEqual(0);
  expect(m.smallest).toBeGreaterThanOrEqual(32);
  for (const block of m.blocks) {
    expect(block.bottom, `${block.name} ends inside the screen`).toBeLessThanOrEqual(PROJECTOR.height);
    expect(block.right, `${block.name} ends inside the screen`).toBeLessThanOrEqual(PROJECTOR.width);
    expect(block.clipped, `${block.name} shows all it holds`).toBe(false);
  }
}

describe('werkatelier audience screen', () => {
  it('the control screen opens the audience screen in its own window; it shows the code and a large QR code', async () => {
    control = await startWorkshopAs(browser, server.url, 'Fenna Facilitator', pageErrors, { programme: PROGRAMME, title: TITLE, scope: `doel:${GOAL}`, mode: 'Stippen verdelen' });
    contexts.push(control.context());
    code = await readJoinCode(control);
    // The goal's row names it once: "Doel 1", never "Doel Doel 1".
    expect(await control.locator(`.ws-row[data-row-id="${GOAL}"] .ws-prow-kind`).innerText()).toBe('Doel 1');
    expect(await control.locator('main').innerText()).not.toMatch(/Doel\s+Doel/);

    const link = control.getByRole('link', { name: /^Publieksscherm openen/ });
    expect(await link.getAttribute('href')).toMatch(/^#\/werkatelier\/[^/]+\/scherm$/);
    const [opened] = await Promise.all([control.context().waitForEvent('page'), link.click()]);
    screen = opened;
    collectPageErrors(screen, 'publieksscherm', pageErrors);
    await screen.setViewportSize(PROJECTOR);
    await screen.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await screen.evaluate(() => location.hash)).toMatch(/\/scherm$/);
    await expect.poll(() => screen.getByTestId('screen-join-code').innerText()).toContain(`${code.slice(0, 4)}-${code.slice(4)}`);
    const qr = screen.getByRole('img', { name: /^QR-code om mee te doen/ });
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const qrBox = (await qr.boundingBox())!;
    expect(qrBox.width).toBeGreaterThanOrEqual(400);
    expect(await screen.getByText(/Ga naar .*\/#\/doe-mee en vul de code in\./).count()).toBe(1);
    // The audience screen has nothing to click: the controls stay on the laptop.
    expect(await screen.getByRole('button').count()).toBe(0);
    await expectFitsProjector(screen);
    await expectNoAxeViolations(screen, 'publieksscherm');
  });

  it('a phone at #/doe-mee without a code gets a field for it, not the staff sign-in', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL', isMobile: true, hasTouch: true });
    contexts.push(context);
    phone = await context.newPage();
    collectPageErrors(phone, 'telefoon', pageErrors);
    await phone.goto(`${server.url}/#/doe-mee`);
    await phone.getByRole('heading', { name: 'Meedoen aan een werkatelier' }).waitFor();
    expect(await phone.getByLabel('Wachtwoord').count()).toBe(0);
    const field = phone.getByLabel('Code');
    expect(await field.inputValue()).toBe('');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoAxeViolations(phone, 'meedoen zonder code');
    await field.fill(`${code.slice(0, 4)}-${code.slice(4)}`.toLowerCase());
    await joinAs(phone, 'Anna', TITLE);
    expect(await phone.locator('main').innerText()).not.toMatch(/Doel\s+Doel/);
    await expect.poll(() => screen.getByTestId('screen-participant-count').innerText()).toBe('1 deelnemer');
  });

  it('focus, cards, timer and tally reach the projector live and still fit it', async () => {
    await control.getByRole('button', { name: 'Focus Doel 1', exact: true }).click();
    await screen.getByRole('heading', { name: 'Nu in focus: Doel 1' }).waitFor();
    expect(await screen.locator('main').innerText()).not.toMatch(/Doel\s+Doel/);

    await control.getByRole('button', { name: `Focus Resultaat ${R1[1]}`, exact: true }).click();
    await screen.getByRole('heading', { name: `Nu in focus: Resultaat ${R1[1]}` }).waitFor();
    await expect.poll(() => phone.locator('.ws-prow').count()).toBe(1);
    await addCard(phone, R1[0], 'Idee', LONG);
    await control.locator('.ws-focused').getByRole('button', { name: 'Focus opheffen' }).click();
    await expect.poll(() => phone.locator('.ws-prow').count()).toBeGreaterThan(1);
    for (const [i, type] of (['Zorg', 'Vraag', 'Idee', 'Voorstel nieuw resultaat'] as const).entries()) await addCard(phone, R2[0], type, `${LONG.slice(0, 300)} (${i + 2})`);

    const cards = screen.locator('.ws-audience-cards .ws-card');
    await screen.getByRole('heading', { name: 'Kaarten (5)' }).waitFor();
    expect(await cards.count()).toBe(3);
    expect(await cards.first().innerText()).toContain('(5)');
    await screen.getByText('en 2 eerdere kaarten').waitFor();

    await control.getByRole('button', { name: '5 minuten' }).click();
    await expect.poll(() => screen.getByRole('timer').innerText()).toMatch(/^0[45]:\d\d$/);
    await control.getByRole('button', { name: 'Stemmen openen' }).click();
    await phone.getByRole('heading', { name: 'Stemmen' }).waitFor();
    await addDots(phone, R1[1], 2);
    await addDots(phone, R2[1], 1);
    await phone.getByRole('status').filter({ hasText: 'Je stem is opgeslagen.' }).waitFor();
    const tally = screen.locator('.ws-audience-ranking li');
    await expect.poll(() => tally.allInnerTexts()).toEqual([expect.stringMatching(/^1\s+1\.1 .*2 stippen$/s), expect.stringMatching(/^2\s+1\.2 .*1 stip$/s)]);
    await screen.getByText('1 van 1 hebben gestemd.', { exact: false }).waitFor();

    await expectFitsProjector(screen);
    await expectNoAxeViolations(screen, 'publieksscherm met kaarten en tussenstand');
    await expectNoAxeViolations(control, 'bedieningsscherm');
  });

  it('closing on the control screen ends the audience screen too', async () => {
    await control.getByRole('button', { name: 'Werkatelier sluiten' }).click();
    await control.getByRole('button', { name: 'Ja, sluiten' }).click();
    await screen.getByText('Het werkatelier is gesloten. Bedankt voor jullie inbreng!').waitFor();
    await expectNoAxeViolations(screen, 'publieksscherm gesloten');
  });
});
