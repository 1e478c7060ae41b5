/**
 * Sign-in at the organisation in real Chromium: the Koers server process configured with
 * KOERS_OIDC_* against a real OpenID provider (`oidc-provider`, run by this test on 127.0.0.1).
 * A beheerder maps a group to a role on 'Groepen en rollen'; a colleague in that group clicks
 * 'Inloggen met Gemeente Testdorp', signs in at the provider, lands on the overview with the
 * mapped role, and signs out (at Koers and at the provider). A colleague without a group waits
 * for rights; one blocked at the provider reads why in Dutch. axe runs on the sign-in page (with
 * the button and with a refusal) and on the new screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  assertClientBuilt,
  E2E_ADMIN,
  expectNoSeriousAxeViolations,
  launchChromium,
  signInThroughPage,
  startServer,
  stopServerAndBrowser,
  type RunningServer,
} from '../helpers/browser.ts';
import { collectPageErrors, failTestsOnPageErrors } from '../helpers/page-errors.ts';
import { freePort, startTestIdp, type TestIdp } from '../helpers/test-idp.ts';

const ORGANISATION = 'Gemeente Testdorp';
let server: RunningServer;
let idp: TestIdp;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors = failTestsOnPageErrors();

async function newPage(who: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'nl-NL' });
  contexts.push(context);
  const page = await context.newPage();
  collectPageErrors(page, who, pageErrors);
  await page.goto(server.url);
  return page;
}

/** From the Koers sign-in page through the provider's login form, back at Koers. */
async function signInAtOrganisation(page: Page, username: string): Promise<void> {
  await page.getByRole('link', { name: `Inloggen met ${ORGANISATION}` }).click();
  await page.getByRole('heading', { name: 'Inloggen bij de test-IdP' }).waitFor();
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => url.origin === server.url);
}

beforeAll(async () => {
  assertClientBuilt();
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  idp = await startTestIdp({ redirectUri: `${publicUrl}/api/auth/oidc/callback`, postLogoutRedirectUri: `${publicUrl}/` });
  idp.users.set('rita', { email: 'rita@testdorp.nl', name: 'Rita Redacteur', groups: ['koers-redacteuren'] });
  idp.users.set('nieuw', { email: 'nieuw@testdorp.nl', name: 'Nina Nieuw' });
  idp.users.set('vertrokken', { email: 'weg@testdorp.nl', name: 'Vera Vertrokken', disabled: true });
  server = await startServer({
    port,
    env: {
      KOERS_PUBLIC_URL: publicUrl,
      KOERS_OIDC_ISSUER: idp.issuer,
      KOERS_OIDC_CLIENT_ID: idp.clientId,
      KOERS_OIDC_CLIENT_SECRET: idp.clientSecret,
      KOERS_OIDC_NAME: ORGANISATION,
    },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await stopServerAndBrowser({ server, browser, contexts });
  await idp?.stop();
});

describe('sign-in with OpenID Connect', () => {
  it('a beheerder maps the group koers-redacteuren to redacteur of Bestaanszekerheid', async () => {
    const admin = await newPage('beheerder');
    await signInThroughPage(admin, E2E_ADMIN);
    await admin.goto(`${server.url}/#/beheer/gebruikers`);
    await admin.getByRole('link', { name: 'Groepen en rollen' }).click();
    await admin.getByRole('heading', { name: 'Groepen en rollen', level: 1 }).waitFor();
    await admin.getByText('Er zijn nog geen koppelingen.').waitFor();
    await expectNoSeriousAxeViolations(admin, 'groepen en rollen');
    await admin.getByLabel('Groep', { exact: true }).fill('koers-redacteuren');
    await admin.getByLabel('Programma').selectOption({ label: 'Bestaanszekerheid bieden' });
    await admin.getByLabel('Rol').selectOption({ label: 'Redacteur' });
    await admin.getByRole('button', { name: 'Koppeling toevoegen' }).click();
    await admin.getByRole('row', { name: /koers-redacteuren.*Bestaanszekerheid bieden.*Redacteur/ }).waitFor();
    await expect.poll(() => admin.getByRole('status').first().innerText()).toContain('Koppeling toegevoegd');
    await expectNoSeriousAxeViolations(admin, 'groepen en rollen met een koppeling');
  });

  it('the sign-in page offers the organisation beside the password form, and passes axe', async () => {
    const page = await newPage('rita');
    await page.getByRole('heading', { name: 'Aanmelden bij Koers' }).waitFor();
    await page.getByRole('link', { name: `Inloggen met ${ORGANISATION}` }).waitFor();
    await page.getByLabel('E-mailadres', { exact: true }).waitFor();
    await expectNoSeriousAxeViolations(page, 'aanmelden met een organisatie');
  });

  it('a colleague in the group signs in there, lands on the overview with the mapped role, and signs out there too', async () => {
    const page = await newPage('rita');
    await signInAtOrganisation(page, 'rita');
    await page.getByRole('heading', { name: "Uitvoeringsprogramma's" }).waitFor();
    expect(await page.evaluate(() => location.hash)).toBe('#/');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Bestaanszekerheid bieden' }) });
    await expect.poll(() => card.innerText()).toContain('Jouw rol: Redacteur');
    expect(await page.getByRole('link', { name: 'Gezond Samenleven versterken' }).count()).toBe(0);
    await expect.poll(() => page.locator('.whoami').innerText()).toContain('Rita Redacteur');
    // No Koers password to change for an account of the organisation.
    expect(await page.getByRole('link', { name: 'Wachtwoord wijzigen' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { name: 'Afmelden bij de test-IdP' }).waitFor();
    await page.getByRole('button', { name: 'Ja, afmelden' }).click();
    await page.getByRole('heading', { name: 'Aanmelden bij Koers' }).waitFor();
    await page.getByText('Je bent afgemeld.').waitFor();
    expect(await page.evaluate(() => fetch('/api/auth/me').then((r) => r.status))).toBe(401);
  });

  it('someone unknown gets an account that waits for rights, shown so to them and on Gebruikers', async () => {
    const page = await newPage('nina');
    await signInAtOrganisation(page, 'nieuw');
    await page.getByText('Je account wacht op rechten.').waitFor();

    const admin = await newPage('beheerder');
    await signInThroughPage(admin, E2E_ADMIN);
    await admin.goto(`${server.url}/#/beheer/gebruikers`);
    const row = admin.getByRole('row', { name: /Nina Nieuw/ });
    await expect.poll(() => row.innerText()).toContain('Wacht op rechten');
    expect(await row.innerText()).toContain(`Logt in via ${ORGANISATION}`);
  });

  it('someone blocked at the provider reads why in Dutch, in an alert that takes focus', async () => {
    const page = await newPage('vera');
    await signInAtOrganisation(page, 'vertrokken');
    await page.getByRole('heading', { name: 'Aanmelden bij Koers' }).waitFor();
    expect(await page.evaluate(() => location.hash)).toBe('#/aanmelden/geweigerd');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toBe('Je organisatie heeft de aanmelding geweigerd. Heb je wel toegang tot Koers nodig, vraag het dan aan de servicedesk.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    await expectNoSeriousAxeViolations(page, 'aanmelden na een weigering');
  });
});
