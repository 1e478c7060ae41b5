/**
 * Signing in and the Gebruikers page in real Chromium against the real server: the sign-in page
 * (wrong and right password), a beheerder adding a colleague with a role, and changing a
 * colleague's roles. Each test opens its own page and, where it needs one, its own colleague.
 * axe-core runs on the sign-in page and the Gebruikers page.
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
  startServerAndBrowser,
  stopServerAndBrowser,
  type RunningServer,
} from '../helpers/browser.ts';
import { failTestsOnPageErrors } from '../helpers/page-errors.ts';

const PROGRAMME = 'bestaanszekerheid';
/** Polls that wait on a password hash, which takes a moment on a busy machine. */
const HASHING = { timeout: 10_000 };

let server: RunningServer;
let browser: Browser;
const pageErrors = failTestsOnPageErrors();

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
});

afterAll(() => stopServerAndBrowser({ server, browser }));

describe('signing in', () => {
  it('shows the sign-in page first, which passes axe', async () => {
    const page = await openSignedOut(browser, `${server.url}/#/programma/${PROGRAMME}/versies`, 'bezoeker', pageErrors);
    await page.getByRole('heading', { name: 'Aanmelden bij Koers' }).waitFor();
    expect(await page.title()).toBe('Aanmelden – Koers');
    await expectNoSeriousAxeViolations(page, 'aanmelden');
  });

  it('a wrong password is refused in Dutch, in an alert that takes focus', async () => {
    const page = await openSignedOut(browser, `${server.url}/#/`, 'vergisser', pageErrors);
    await page.getByLabel('E-mailadres', { exact: true }).fill(E2E_ADMIN.email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill('helemaal-niet-goed');
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText(), HASHING).toBe('E-mailadres of wachtwoord klopt niet.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    await expectNoSeriousAxeViolations(page, 'aanmelden met een fout');
  });

  it('the right password opens the page that was asked for, with the name and Afmelden', async () => {
    const page = await openSignedOut(browser, `${server.url}/#/programma/${PROGRAMME}/versies`, 'beheerder', pageErrors);
    await signInThroughPage(page, E2E_ADMIN);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/programma/${PROGRAMME}/versies`);
    await page.getByRole('heading', { name: 'Versies' }).waitFor();
    await expect.poll(() => page.locator('header.topbar .whoami').innerText()).toContain(E2E_ADMIN.name);
    await page.getByRole('link', { name: 'Overzicht' }).click();
    await expect.poll(() => page.locator('.card h2 a').count()).toBe(3);
    expect(await page.getByRole('button', { name: 'Afmelden' }).count()).toBe(1);
  });
});

describe('Gebruikers', () => {
  it('the beheerder adds a colleague as lezer of one programme; the page passes axe', async () => {
    const colleague = { name: 'Lotte Lezer', email: 'lotte.lezer@koers.test', password: 'lotte-leest-alles' };
    const admin = await openAsAdmin(browser, server, '/#/', pageErrors);
    await admin.getByRole('link', { name: 'Gebruikers' }).click();
    await admin.getByRole('heading', { name: 'Gebruikers en rollen' }).waitFor();
    const table = admin.locator('.users-table');
    await expect.poll(() => table.locator('tbody tr').first().innerText()).toContain("Alle programma's: Beheerder");
    await expectNoSeriousAxeViolations(admin, 'gebruikers');

    const form = admin.locator('form.admin-form').last();
    // Checked here first: a short password never reaches the server.
    await form.getByLabel('Naam', { exact: true }).fill(colleague.name);
    await form.getByLabel('E-mailadres', { exact: true }).fill(colleague.email);
    await form.getByLabel('Tijdelijk wachtwoord').fill('kort');
    await form.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    await expect.poll(() => form.locator('.field-error').innerText()).toContain('minstens 10 tekens');

    await form.getByLabel('Tijdelijk wachtwoord').fill(colleague.password);
    await form.getByLabel('Bestaanszekerheid bieden').selectOption('lezer');
    await form.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    await expect.poll(() => admin.locator('.admin-status').innerText(), HASHING).toBe(`Gebruiker ${colleague.name} toegevoegd.`);
    const row = table.locator('tbody tr', { hasText: colleague.email });
    await expect.poll(() => row.innerText()).toContain('Bestaanszekerheid bieden: Lezer');

    // The server's Dutch refusal shows as is.
    await form.getByLabel('Naam', { exact: true }).fill('Lotte Tweemaal');
    await form.getByLabel('E-mailadres', { exact: true }).fill(colleague.email);
    await form.getByLabel('Tijdelijk wachtwoord').fill('nog-een-wachtwoord');
    await form.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    await expect.poll(() => admin.locator('.admin-section [role="alert"]').innerText(), HASHING).toBe('Er bestaat al een account met dit e-mailadres.');
    await expectNoSeriousAxeViolations(admin, 'gebruikers met een fout');
  });

  it('roles can be changed per user', async () => {
    const colleague = { name: 'Rolf Rollen', email: 'rolf.rollen@koers.test', password: 'tijdelijk-voor-rolf' };
    const created = await apiAsAdmin(server.url, '/api/users', { method: 'POST', body: { ...colleague, grants: [{ scope: PROGRAMME, role: 'lezer' }] } });
    expect(created.status).toBe(201);
    const admin = await openAsAdmin(browser, server, '/#/beheer/gebruikers', pageErrors);
    const row = admin.locator('.users-table tbody tr', { hasText: colleague.email });
    await expect.poll(() => row.innerText()).toContain('Bestaanszekerheid bieden: Lezer');

    await admin.getByRole('button', { name: `Rollen wijzigen van ${colleague.name}` }).click();
    const edit = admin.locator('form.edit-grants');
    await edit.getByLabel('Gezond Samenleven versterken').selectOption('facilitator');
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => admin.locator('.admin-status').innerText()).toBe(`Rollen van ${colleague.name} opgeslagen.`);
    await expect.poll(() => row.innerText()).toContain('Gezond Samenleven versterken: Facilitator');
    await expect.poll(() => row.innerText()).toContain('Bestaanszekerheid bieden: Lezer');
  });
});
