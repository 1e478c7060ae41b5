/**
 * A colleague with the lezer role, in real Chromium against the real server: the first sign-in
 * with a temporary password, the read-only grid, comments, a role change reaching the open page,
 * a session ended elsewhere, Afmelden, and a beheerder switching the account off and on. Each
 * test has its own lezer account (and its own beheerder page), so one failure stays one failure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RoleGrant } from '../../shared/auth/roles.ts';
import {
  apiAsAdmin,
  E2E_ADMIN,
  expectNoSeriousAxeViolations,
  openAsAdmin,
  openAsUser,
  openSignedOut,
  signInThroughPage,
  startServerAndBrowser,
  stopServerAndBrowser,
  testCredentials,
  type RunningServer,
} from '../helpers/browser.ts';
import { cell } from '../helpers/grid-page.ts';
import { failTestsOnPageErrors } from '../helpers/page-errors.ts';
import { moreMenu } from '../helpers/more-menu.ts';

const PROGRAMME = 'bestaanszekerheid';
/** Polls that wait on a password hash, which takes a moment on a busy machine. */
const HASHING = { timeout: 10_000 };
const TEMPORARY_EXPLAINED = 'Je beheerder heeft een tijdelijk wachtwoord voor je gemaakt. Kies nu een eigen wachtwoord.';
const LEZER_GRANTS: RoleGrant[] = [
  { scope: PROGRAMME, role: 'lezer' },
  { scope: 'gezond-samenleven', role: 'facilitator' },
];

let server: RunningServer;
let browser: Browser;
const pageErrors = failTestsOnPageErrors();

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
});

afterAll(() => stopServerAndBrowser({ server, browser }));

/** A new lezer account of `name`, signed in on the programme page with its grid shown. */
async function openLezer(name: string): Promise<Page> {
  const page = await openAsUser(browser, `${server.url}/#/programma/${PROGRAMME}`, name, pageErrors, undefined, { grants: LEZER_GRANTS });
  await cell(page, 'g1-i1', 'source').waitFor();
  return page;
}

async function accountId(name: string): Promise<string> {
  const users = (await (await apiAsAdmin(server.url, '/api/users')).json()) as { id: string; name: string }[];
  return users.find((u) => u.name === name)!.id;
}

function sessionCookieOf(page: Page): Promise<string> {
  return page
    .context()
    .cookies()
    .then((cookies) => {
      const session = cookies.find((c) => c.name === 'koers_sessie');
      expect(session, 'the page holds a session cookie').toBeDefined();
      return `${session!.name}=${session!.value}`;
    });
}

async function meStatus(cookie: string): Promise<number> {
  return (await fetch(`${server.url}/api/auth/me`, { headers: { cookie } })).status;
}

async function connected(page: Page): Promise<void> {
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Verbonden' }).count(), { timeout: 15_000 }).toBe(1);
}

/**
 * A page whose session ended elsewhere finds its way back to the sign-in page. Two designed ways,
 * whichever the page hears first: the socket's 4401 shows the banner with "Opnieuw aanmelden"; a
 * REST answer 401 (any request the page makes meanwhile) opens the sign-in page at once, saying
 * why (client/app/http.ts). Under load either can come first, and the banner can be replaced by
 * the sign-in page a moment after it shows.
 */
async function backToSignIn(page: Page): Promise<void> {
  const again = page.getByRole('alert').filter({ hasText: 'Je bent niet (meer) aangemeld.' }).getByRole('button', { name: 'Opnieuw aanmelden' });
  const signIn = page.getByRole('heading', { name: 'Aanmelden bij Koers' });
  await again.or(signIn).first().waitFor({ timeout: 15_000 });
  // The banner may give way to the sign-in page while we click: then there is nothing to click.
  if (await again.isVisible()) await again.click({ timeout: 5_000 }).catch(() => undefined);
  await signIn.waitFor();
  await expect.poll(() => page.locator('main').innerText()).toContain('Je bent niet (meer) aangemeld.');
}

describe('a lezer', () => {
  it('signs in with the temporary password, must choose their own first (the step passes axe), then sees only their programmes', async () => {
    const lotte = { name: 'Lotte Lezer', email: 'lotte.lezer@koers.test', password: 'lotte-leest-alles' };
    const own = 'lotte-kiest-haar-eigen-zin';
    const created = await apiAsAdmin(server.url, '/api/users', { method: 'POST', body: { ...lotte, grants: LEZER_GRANTS } });
    expect(created.status).toBe(201);

    const lezer = await openSignedOut(browser, `${server.url}/#/`, 'lezer', pageErrors);
    await signInThroughPage(lezer, lotte);
    await lezer.getByRole('heading', { name: 'Wachtwoord wijzigen' }).waitFor();
    await expect.poll(() => lezer.locator('main').innerText()).toContain(TEMPORARY_EXPLAINED);
    expect(await lezer.title()).toBe('Wachtwoord wijzigen – Koers');
    // Nothing else is reachable yet, so the page offers no way to the overview.
    expect(await lezer.getByRole('link', { name: 'Overzicht' }).count()).toBe(0);
    await expectNoSeriousAxeViolations(lezer, 'eigen wachtwoord kiezen');

    await lezer.getByLabel('Huidig wachtwoord').fill(lotte.password);
    await lezer.getByLabel('Nieuw wachtwoord', { exact: true }).fill(own);
    await lezer.getByLabel('Nieuw wachtwoord herhalen').fill(own);
    await lezer.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await lezer.getByRole('heading', { name: 'Wachtwoord wijzigen' }).waitFor({ state: 'detached', ...HASHING });
    expect(await lezer.evaluate(() => location.hash)).toBe('#/');
    await expect.poll(() => lezer.locator('.card h2 a').allInnerTexts()).toEqual(['Bestaanszekerheid bieden', 'Gezond Samenleven versterken']);
    expect(await lezer.getByRole('link', { name: 'Gebruikers' }).count()).toBe(0);
  });

  it('sees the grid read-only: typing changes nothing, no row buttons, a note in the top bar', async () => {
    const lezer = await openLezer('Lars Leesrecht');
    const source = cell(lezer, 'g1-i1', 'source');
    await expect.poll(() => lezer.locator('.read-only-note').innerText()).toContain('Alleen lezen — je kunt opmerkingen plaatsen');
    const before = await source.locator('.cell-text').innerText();

    await source.click();
    await lezer.keyboard.press('Enter');
    await lezer.keyboard.type('Door een lezer getypt');
    await lezer.keyboard.press('Enter');
    await source.dblclick();
    expect(await lezer.locator('.ag-popup-editor, .ag-cell-inline-editing').count()).toBe(0);
    expect(await source.locator('.cell-text').innerText()).toBe(before);

    expect(await lezer.getByRole('button', { name: /^Rij toevoegen/ }).count()).toBe(0);
    // "Meer" opened, so a hidden button would be found too.
    const more = await moreMenu(lezer);
    expect(await more.getByRole('button', { name: 'Sneltoetsen' }).count()).toBe(1);
    for (const name of ['Versie vastleggen…', 'Importeren…', 'Ongedaan maken', 'Opnieuw']) {
      expect(await lezer.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    }
    await lezer.keyboard.press('Escape');
    await expectNoSeriousAxeViolations(lezer, 'programma, alleen lezen');
  });

  it('can still place a comment, and the beheerder sees it', async () => {
    const lezer = await openLezer('Linda Leest');
    const admin = await openAsAdmin(browser, server, `/#/programma/${PROGRAMME}`, pageErrors);
    await cell(admin, 'g1-i1', 'source').waitFor();

    await cell(lezer, 'g1-i1', 'source').click();
    await lezer.getByRole('tab', { name: /^Opmerkingen/ }).click();
    const panel = lezer.getByRole('region', { name: 'Opmerkingen', exact: true });
    await panel.getByLabel('Nieuwe opmerking').fill('Klopt de bron nog?');
    await panel.getByRole('button', { name: 'Plaatsen' }).click();
    await expect.poll(() => panel.locator('.thread .comment-text').first().innerText()).toBe('Klopt de bron nog?');
    await expect.poll(() => cell(admin, 'g1-i1', 'source').locator('.comment-mark').count()).toBeGreaterThan(0);
  });

  it('a role change reaches the open page: it becomes editable, and read-only again', async () => {
    const name = 'Luuk Leesrol';
    const lezer = await openLezer(name);
    const id = await accountId(name);
    const setRole = async (role: string) => {
      const response = await apiAsAdmin(server.url, `/api/users/${id}/grants`, {
        method: 'PUT',
        body: { grants: [{ scope: PROGRAMME, role }, { scope: 'gezond-samenleven', role: 'facilitator' }] },
      });
      expect(response.status).toBe(200);
    };
    await setRole('redacteur');
    await expect.poll(() => lezer.locator('.read-only-note').count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => lezer.getByRole('button', { name: /^Rij toevoegen/ }).count()).toBeGreaterThan(0);
    await setRole('lezer');
    await expect.poll(() => lezer.locator('.read-only-note').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => lezer.getByRole('button', { name: /^Rij toevoegen/ }).count()).toBe(0);
    // The page reconnects with the new access by itself.
    await connected(lezer);
  });

  it('a session ended elsewhere closes the page with "Opnieuw aanmelden", which leads back in', async () => {
    const name = 'Lieke Elders';
    const lezer = await openLezer(name);
    await connected(lezer);
    const ended = await fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { cookie: await sessionCookieOf(lezer) } });
    expect(ended.status).toBe(204);
    await backToSignIn(lezer);
    await signInThroughPage(lezer, testCredentials(name));
    await expect.poll(() => lezer.evaluate(() => location.hash)).toBe(`#/programma/${PROGRAMME}`);
    await cell(lezer, 'g1-i1', 'source').waitFor();
  });

  it('Afmelden returns to the sign-in page, and the old session no longer works', async () => {
    const lezer = await openLezer('Lex Afmelder');
    const cookie = await sessionCookieOf(lezer);
    expect(await meStatus(cookie)).toBe(200);

    await (await moreMenu(lezer)).getByRole('button', { name: 'Afmelden' }).click();
    await lezer.getByRole('heading', { name: 'Aanmelden bij Koers' }).waitFor();
    await expect.poll(() => lezer.getByRole('status').first().innerText()).toBe('Je bent afgemeld.');
    expect(await meStatus(cookie)).toBe(401);
    await lezer.reload();
    await lezer.getByRole('heading', { name: 'Aanmelden bij Koers' }).waitFor();
  });

  it('the beheerder deactivates the lezer: the open page shows "Opnieuw aanmelden", sign-in is refused; switched on again, it works', async () => {
    const name = 'Loes Uitgezet';
    const credentials = testCredentials(name);
    const lezer = await openLezer(name);
    await connected(lezer);

    const admin = await openAsAdmin(browser, server, '/#/beheer/gebruikers', pageErrors);
    await admin.getByRole('heading', { name: 'Gebruikers en rollen' }).waitFor();
    const row = admin.locator('.users-table tbody tr', { hasText: credentials.email });
    await expect.poll(() => row.innerText()).toContain('Actief');
    // Never one's own account.
    expect(await admin.getByRole('button', { name: `Uitschakelen: ${E2E_ADMIN.name}` }).count()).toBe(0);
    await admin.getByRole('button', { name: `Uitschakelen: ${name}` }).click();
    const confirm = admin.locator('form.deactivate-user');
    await expect.poll(() => confirm.getByRole('heading').innerText()).toBe(`Account van ${name} uitschakelen?`);
    await expect.poll(() => admin.evaluate(() => document.activeElement?.textContent)).toBe('Annuleren');
    await expectNoSeriousAxeViolations(admin, 'gebruiker uitschakelen');
    await confirm.getByRole('button', { name: `${name} uitschakelen` }).click();
    await expect.poll(() => admin.locator('.admin-status').innerText()).toBe(`${name} is uitgeschakeld en overal afgemeld.`);
    await expect.poll(() => row.innerText()).toContain('Uitgeschakeld');
    await expect.poll(() => admin.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Weer inschakelen: ${name}`);

    await backToSignIn(lezer);
    await lezer.getByLabel('E-mailadres', { exact: true }).fill(credentials.email);
    await lezer.getByLabel('Wachtwoord', { exact: true }).fill(credentials.password);
    await lezer.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    // Told exactly what a wrong password hears: the page does not reveal that the account exists.
    await expect.poll(() => lezer.getByRole('alert').innerText(), HASHING).toBe('E-mailadres of wachtwoord klopt niet.');

    await admin.getByRole('button', { name: `Weer inschakelen: ${name}` }).click();
    await expect.poll(() => admin.locator('.admin-status').innerText()).toBe(`${name} is weer ingeschakeld en kan zich aanmelden.`);
    await expect.poll(() => row.innerText()).toContain('Actief');
    await signInThroughPage(lezer, credentials);
    await cell(lezer, 'g1-i1', 'source').waitFor();
  });
});
