/**
 * Passwords in real Chromium against the real server: the first beheerder made through the setup
 * link the server prints, a colleague replacing a temporary password (and changing it again on
 * 'Wachtwoord wijzigen'), and a beheerder giving a new temporary password. Each test makes its
 * own accounts. axe-core runs on the setup page, the password page and the Gebruikers page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  apiAsAdmin,
  E2E_ADMIN,
  expectNoSeriousAxeViolations,
  openAsAdmin,
  openSignedOut,
  signInThroughPage,
  startServer,
  startServerAndBrowser,
  stopServerAndBrowser,
  type RunningServer,
} from '../helpers/browser.ts';
import { moreMenu } from '../helpers/more-menu.ts';
import { failTestsOnPageErrors } from '../helpers/page-errors.ts';

const PROGRAMME = 'bestaanszekerheid';
/** Polls that wait on a password hash, which takes a moment on a busy machine. */
const HASHING = { timeout: 10_000 };
const TEMPORARY_EXPLAINED = 'Je beheerder heeft een tijdelijk wachtwoord voor je gemaakt. Kies nu een eigen wachtwoord.';

let server: RunningServer;
let browser: Browser;
const pageErrors = failTestsOnPageErrors();

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
});

afterAll(() => stopServerAndBrowser({ server, browser }));

describe('the first beheerder', () => {
  let fresh: RunningServer | undefined;

  afterAll(async () => {
    await fresh?.stop();
  });

  it('is made through the setup link the server prints; the setup page passes axe', async () => {
    fresh = await startServer({ withAdmin: false });
    const setupLink = () => /(http:\/\/\S+\/#\/inrichten\/\S+)/.exec(fresh!.output())?.[1] ?? null;
    await expect.poll(setupLink, { timeout: 10_000 }).not.toBeNull();
    const link = setupLink()!;

    // Without the link, the sign-in page says Koers still needs setting up.
    const page = await openSignedOut(browser, `${fresh.url}/#/`, 'inrichter', pageErrors);
    await page.getByRole('heading', { name: 'Aanmelden bij Koers' }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain('Koers is nog niet ingericht');

    await page.goto(link);
    await page.getByRole('heading', { name: 'Eerste beheerder aanmaken' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'inrichten');

    await page.getByLabel('Naam', { exact: true }).fill('Eerste Beheerder');
    await page.getByLabel('E-mailadres', { exact: true }).fill('eerste@koers.test');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('een-lang-wachtwoord');
    await page.getByLabel('Wachtwoord herhalen').fill('een-ander-wachtwoord');
    await page.getByRole('button', { name: 'Beheerder aanmaken' }).click();
    await expect.poll(() => page.locator('.field-error').innerText()).toBe('De twee wachtwoorden zijn niet gelijk.');
    await expectNoSeriousAxeViolations(page, 'inrichten met een fout');

    await page.getByLabel('Wachtwoord herhalen').fill('een-lang-wachtwoord');
    await page.getByRole('button', { name: 'Beheerder aanmaken' }).click();
    // Hashing the password may take a moment on a busy machine.
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 15_000 }).toBe('#/');
    await expect.poll(() => page.locator('.card h2 a').count(), { timeout: 10_000 }).toBe(3);
    await expect.poll(() => page.locator('header.topbar .whoami').innerText()).toContain('Eerste Beheerder');
    expect(await page.getByRole('link', { name: 'Gebruikers' }).count()).toBe(1);
  });
});

describe('passwords', () => {
  const RIK = { name: 'Rik Wisselaar', email: 'rik.wisselaar@koers.test', password: 'tijdelijk-van-beheer' };
  const OWN = 'mijn-eigen-lange-zin';
  const LATER = 'later-weer-een-andere-zin';

  it('a colleague replaces the temporary password, lands where they were going, and can change it again on its page; the page passes axe', async () => {
    const created = await apiAsAdmin(server.url, '/api/users', {
      method: 'POST',
      body: { ...RIK, grants: [{ scope: PROGRAMME, role: 'redacteur' }] },
    });
    expect(created.status).toBe(201);
    const page = await openSignedOut(browser, `${server.url}/#/programma/${PROGRAMME}/versies`, 'wisselaar', pageErrors);
    await signInThroughPage(page, RIK);
    await page.getByRole('heading', { name: 'Wachtwoord wijzigen' }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain(TEMPORARY_EXPLAINED);

    // The server's refusal of the current password stands on that field, which takes focus.
    await page.getByLabel('Huidig wachtwoord').fill('niet-het-goede-wachtwoord');
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(OWN);
    await page.getByLabel('Nieuw wachtwoord herhalen').fill(OWN);
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await expect.poll(() => page.locator('.field-error').innerText(), HASHING).toBe('Je huidige wachtwoord klopt niet.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    await expectNoSeriousAxeViolations(page, 'wachtwoord wijzigen met een fout');

    await page.getByLabel('Huidig wachtwoord').fill(RIK.password);
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    // Handed over to the page that was asked for before signing in.
    await page.getByRole('heading', { name: 'Versies' }).waitFor(HASHING);
    expect(await page.evaluate(() => location.hash)).toBe(`#/programma/${PROGRAMME}/versies`);

    // The account's links are under "Meer" in the compact top bar.
    await (await moreMenu(page)).getByRole('link', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByRole('heading', { name: 'Wachtwoord wijzigen' }).waitFor();
    expect(await page.title()).toBe('Wachtwoord wijzigen – Koers');
    expect(await page.locator('main').innerText()).not.toContain(TEMPORARY_EXPLAINED);
    await expectNoSeriousAxeViolations(page, 'wachtwoord wijzigen');
    await page.getByLabel('Huidig wachtwoord').fill(OWN);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(LATER);
    await page.getByLabel('Nieuw wachtwoord herhalen').fill(LATER);
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Je wachtwoord is gewijzigd' }).count(), HASHING).toBe(1);
    expect(await page.getByLabel('Huidig wachtwoord').inputValue()).toBe('');

    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { name: 'Aanmelden bij Koers' }).waitFor();
    await page.getByLabel('E-mailadres', { exact: true }).fill(RIK.email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(RIK.password);
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').innerText(), HASHING).toBe('E-mailadres of wachtwoord klopt niet.');
    await signInThroughPage(page, { email: RIK.email, password: LATER });
    await expect.poll(() => page.locator('header.topbar .whoami').innerText()).toContain(RIK.name);
  });

  it('a beheerder gives a new temporary password on the Gebruikers page and is told to pass it on', async () => {
    const roos = { name: 'Roos Vergeten', email: 'roos.vergeten@koers.test', password: 'tijdelijk-voor-roos' };
    const created = await apiAsAdmin(server.url, '/api/users', { method: 'POST', body: { ...roos, grants: [{ scope: PROGRAMME, role: 'redacteur' }] } });
    expect(created.status).toBe(201);
    const page = await openAsAdmin(browser, server, '/#/beheer/gebruikers', pageErrors);
    await page.getByRole('button', { name: `Nieuw tijdelijk wachtwoord voor ${roos.name}` }).click();
    const form = page.locator('form.reset-password');
    await form.getByLabel('Tijdelijk wachtwoord').fill('weer-tijdelijk-123');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.locator('.admin-status').innerText(), HASHING).toContain(`Nieuw tijdelijk wachtwoord voor ${roos.name} opgeslagen. Geef het persoonlijk door`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Nieuw tijdelijk wachtwoord voor ${roos.name}`);
    // The beheerder cannot reset their own password here: that needs the current one.
    expect(await page.getByRole('button', { name: `Nieuw tijdelijk wachtwoord voor ${E2E_ADMIN.name}` }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page, 'gebruikers na een nieuw wachtwoord');
    expect(await signInStatus(roos.email, roos.password)).toBe(401);
    expect(await signInStatus(roos.email, 'weer-tijdelijk-123')).toBe(200);
    // A reset marks the account again: the colleague must choose their own once more.
    const me = await signInAnswer(roos.email, 'weer-tijdelijk-123');
    expect(me.mustChangePassword).toBe(true);
  });
});

async function signInAnswer(email: string, password: string): Promise<{ mustChangePassword?: boolean }> {
  const response = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { mustChangePassword?: boolean };
}

async function signInStatus(email: string, password: string): Promise<number> {
  const response = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return response.status;
}
