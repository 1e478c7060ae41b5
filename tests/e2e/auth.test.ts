/**
 * Accounts in real Chromium against the real server: signing in (wrong and right password),
 * signing out (the old session stops working), a beheerder adding a colleague with a role on
 * the Gebruikers page, that colleague as a lezer (the grid is read-only, comments still work),
 * creating the first beheerder through the setup link, changing one's own password on
 * 'Wachtwoord wijzigen', and a beheerder giving a new temporary password. A password a beheerder
 * chose must first be replaced: the colleague lands on the change-password step and then on the
 * page they were going to. A beheerder deactivates an account: its open page shows 'Opnieuw
 * aanmelden' and signing in is refused until it is switched on again. axe-core runs on the
 * sign-in page, the setup page, the Gebruikers page (and its confirmation) and the password page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  apiAsAdmin,
  E2E_ADMIN,
  expectNoSeriousAxeViolations,
  signInThroughPage,
  startServer,
  startServerAndBrowser,
  stopServerAndBrowser,
  type RunningServer,
} from '../helpers/browser.ts';
import { cell } from '../helpers/grid-page.ts';
import { collectPageErrors, failTestsOnPageErrors } from '../helpers/page-errors.ts';

const PROGRAMME = 'bestaanszekerheid';
/** Polls that wait on a password hash, which takes a moment on a busy machine. */
const HASHING = { timeout: 10_000 };
const LEZER = { name: 'Lotte Lezer', email: 'lotte.lezer@koers.test', password: 'lotte-leest-alles' };
/** What Lotte chooses on the change-password step; her sign-in from then on. */
const LEZER_OWN = { email: LEZER.email, password: 'lotte-kiest-haar-eigen-zin' };
const TEMPORARY_EXPLAINED = 'Je beheerder heeft een tijdelijk wachtwoord voor je gemaakt. Kies nu een eigen wachtwoord.';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors = failTestsOnPageErrors();
let admin: Page;

async function newPage(url: string, who: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'nl-NL' });
  contexts.push(context);
  const page = await context.newPage();
  collectPageErrors(page, who, pageErrors);
  await page.goto(url);
  return page;
}

async function meStatus(cookie: string): Promise<number> {
  return (await fetch(`${server.url}/api/auth/me`, { headers: { cookie } })).status;
}

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
});

afterAll(() => stopServerAndBrowser({ server, browser, contexts }));

describe('signing in and out', () => {
  it('shows the sign-in page first, which passes axe', async () => {
    admin = await newPage(`${server.url}/#/programma/${PROGRAMME}/versies`, 'beheerder');
    await admin.getByRole('heading', { name: 'Aanmelden bij Koers' }).waitFor();
    expect(await admin.title()).toBe('Aanmelden – Koers');
    await expectNoSeriousAxeViolations(admin, 'aanmelden');
  });

  it('a wrong password is refused in Dutch, in an alert that takes focus', async () => {
    await admin.getByLabel('E-mailadres', { exact: true }).fill(E2E_ADMIN.email);
    await admin.getByLabel('Wachtwoord', { exact: true }).fill('helemaal-niet-goed');
    await admin.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    const alert = admin.getByRole('alert');
    await expect.poll(() => alert.innerText(), HASHING).toBe('E-mailadres of wachtwoord klopt niet.');
    expect(await admin.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    await expectNoSeriousAxeViolations(admin, 'aanmelden met een fout');
  });

  it('the right password opens the page that was asked for, with the name and Afmelden', async () => {
    await signInThroughPage(admin, E2E_ADMIN);
    await expect.poll(() => admin.evaluate(() => location.hash)).toBe(`#/programma/${PROGRAMME}/versies`);
    await admin.getByRole('heading', { name: 'Versies' }).waitFor();
    await expect.poll(() => admin.locator('header.topbar .whoami').innerText()).toContain(E2E_ADMIN.name);
    await admin.getByRole('link', { name: 'Overzicht' }).click();
    await expect.poll(() => admin.locator('.card h2 a').count()).toBe(3);
    expect(await admin.getByRole('button', { name: 'Afmelden' }).count()).toBe(1);
  });
});

describe('Gebruikers', () => {
  it('the beheerder adds a colleague as lezer of one programme; the page passes axe', async () => {
    await admin.getByRole('link', { name: 'Gebruikers' }).click();
    await admin.getByRole('heading', { name: 'Gebruikers en rollen' }).waitFor();
    const table = admin.locator('.users-table');
    await expect.poll(() => table.locator('tbody tr').first().innerText()).toContain("Alle programma's: Beheerder");
    await expectNoSeriousAxeViolations(admin, 'gebruikers');

    const form = admin.locator('form.admin-form').last();
    // Checked here first: a short password never reaches the server.
    await form.getByLabel('Naam', { exact: true }).fill(LEZER.name);
    await form.getByLabel('E-mailadres', { exact: true }).fill(LEZER.email);
    await form.getByLabel('Tijdelijk wachtwoord').fill('kort');
    await form.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    await expect.poll(() => form.locator('.field-error').innerText()).toContain('minstens 10 tekens');

    await form.getByLabel('Tijdelijk wachtwoord').fill(LEZER.password);
    await form.getByLabel('Bestaanszekerheid bieden').selectOption('lezer');
    await form.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    await expect.poll(() => admin.locator('.admin-status').innerText(), HASHING).toBe(`Gebruiker ${LEZER.name} toegevoegd.`);
    const row = table.locator('tbody tr', { hasText: LEZER.email });
    await expect.poll(() => row.innerText()).toContain('Bestaanszekerheid bieden: Lezer');

    // The server's Dutch refusal shows as is.
    await form.getByLabel('Naam', { exact: true }).fill('Lotte Tweemaal');
    await form.getByLabel('E-mailadres', { exact: true }).fill(LEZER.email);
    await form.getByLabel('Tijdelijk wachtwoord').fill('nog-een-wachtwoord');
    await form.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    await expect.poll(() => admin.locator('.admin-section [role="alert"]').innerText(), HASHING).toBe('Er bestaat al een account met dit e-mailadres.');
    await expectNoSeriousAxeViolations(admin, 'gebruikers met een fout');
  });

  it('roles can be changed per user', async () => {
    const table = admin.locator('.users-table');
    await admin.getByRole('button', { name: `Rollen wijzigen van ${LEZER.name}` }).click();
    const edit = admin.locator('form.edit-grants');
    await edit.getByLabel('Gezond Samenleven versterken').selectOption('facilitator');
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => admin.locator('.admin-status').innerText()).toBe(`Rollen van ${LEZER.name} opgeslagen.`);
    const row = table.locator('tbody tr', { hasText: LEZER.email });
    await expect.poll(() => row.innerText()).toContain('Gezond Samenleven versterken: Facilitator');
    await expect.poll(() => row.innerText()).toContain('Bestaanszekerheid bieden: Lezer');
  });
});

describe('a lezer', () => {
  let lezer: Page;

  it('signs in with the temporary password, must choose their own first (the step passes axe), then sees only their programmes', async () => {
    lezer = await newPage(`${server.url}/#/`, 'lezer');
    await signInThroughPage(lezer, LEZER);
    await lezer.getByRole('heading', { name: 'Wachtwoord wijzigen' }).waitFor();
    await expect.poll(() => lezer.locator('main').innerText()).toContain(TEMPORARY_EXPLAINED);
    expect(await lezer.title()).toBe('Wachtwoord wijzigen – Koers');
    // Nothing else is reachable yet, so the page offers no way to the overview.
    expect(await lezer.getByRole('link', { name: 'Overzicht' }).count()).toBe(0);
    await expectNoSeriousAxeViolations(lezer, 'eigen wachtwoord kiezen');

    await lezer.getByLabel('Huidig wachtwoord').fill(LEZER.password);
    await lezer.getByLabel('Nieuw wachtwoord', { exact: true }).fill(LEZER_OWN.password);
    await lezer.getByLabel('Nieuw wachtwoord herhalen').fill(LEZER_OWN.password);
    await lezer.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await lezer.getByRole('heading', { name: 'Wachtwoord wijzigen' }).waitFor({ state: 'detached', ...HASHING });
    expect(await lezer.evaluate(() => location.hash)).toBe('#/');
    await expect.poll(() => lezer.locator('.card h2 a').allInnerTexts()).toEqual(['Bestaanszekerheid bieden', 'Gezond Samenleven versterken']);
    expect(await lezer.getByRole('link', { name: 'Gebruikers' }).count()).toBe(0);
  });

  it('sees the grid read-only: typing changes nothing, no row buttons, a note in the top bar', async () => {
    await lezer.getByRole('link', { name: 'Bestaanszekerheid bieden' }).click();
    const source = cell(lezer, 'g1-i1', 'source');
    await source.waitFor();
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
    for (const name of ['Versie vastleggen…', 'Importeren…', 'Ongedaan maken', 'Opnieuw']) {
      expect(await lezer.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    }
    await expectNoSeriousAxeViolations(lezer, 'programma, alleen lezen');
  });

  it('can still place a comment, and the beheerder sees it', async () => {
    const adminPage = admin;
    await adminPage.goto(`${server.url}/#/programma/${PROGRAMME}`);
    await cell(adminPage, 'g1-i1', 'source').waitFor();

    await cell(lezer, 'g1-i1', 'source').click();
    await lezer.getByRole('tab', { name: /^Opmerkingen/ }).click();
    const panel = lezer.getByRole('region', { name: 'Opmerkingen', exact: true });
    await panel.getByLabel('Nieuwe opmerking').fill('Klopt de bron nog?');
    await panel.getByRole('button', { name: 'Plaatsen' }).click();
    await expect.poll(() => panel.locator('.thread .comment-text').first().innerText()).toBe('Klopt de bron nog?');
    await expect.poll(() => cell(adminPage, 'g1-i1', 'source').locator('.comment-mark').count()).toBe(1);
  });

  it('a role change reaches the open page: it becomes editable, and read-only again', async () => {
    const users = (await (await apiAsAdmin(server.url, '/api/users')).json()) as { id: string; email: string }[];
    const id = users.find((u) => u.email === LEZER.email)!.id;
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
    // Back on the socket with the new access before the next step ends the session.
    await expect.poll(() => lezer.getByRole('status').filter({ hasText: 'Verbonden' }).count(), { timeout: 15_000 }).toBe(1);
  });

  it('a session ended elsewhere closes the page with "Opnieuw aanmelden", which leads back in', async () => {
    const session = (await lezer.context().cookies()).find((c) => c.name === 'koers_sessie')!;
    const ended = await fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { cookie: `${session.name}=${session.value}` } });
    expect(ended.status).toBe(204);
    // Two designed ways in, whichever the page hears first: the socket's 4401 shows the banner with
    // "Opnieuw aanmelden"; a REST answer 401 (any request the page makes meanwhile) opens the
    // sign-in page at once, saying why (client/app/http.ts). Under load either can come first,
    // and the banner can be replaced by the sign-in page a moment after it shows.
    const again = lezer.getByRole('alert').filter({ hasText: 'Je bent niet (meer) aangemeld.' }).getByRole('button', { name: 'Opnieuw aanmelden' });
    const signIn = lezer.getByRole('heading', { name: 'Aanmelden bij Koers' });
    await again.or(signIn).first().waitFor();
    // The banner may give way to the sign-in page while we click: then there is nothing to click.
    if (await again.isVisible()) await again.click({ timeout: 5_000 }).catch(() => undefined);
    await signIn.waitFor();
    await expect.poll(() => lezer.locator('main').innerText()).toContain('Je bent niet (meer) aangemeld.');
    await signInThroughPage(lezer, LEZER_OWN);
    await expect.poll(() => lezer.evaluate(() => location.hash)).toBe(`#/programma/${PROGRAMME}`);
    await cell(lezer, 'g1-i1', 'source').waitFor();
  });

  it('Afmelden returns to the sign-in page, and the old session no longer works', async () => {
    const cookies = await lezer.context().cookies();
    const session = cookies.find((c) => c.name === 'koers_sessie');
    expect(session).toBeDefined();
    const cookie = `${session!.name}=${session!.value}`;
    expect(await meStatus(cookie)).toBe(200);

    await lezer.getByRole('button', { name: 'Afmelden' }).click();
    await lezer.getByRole('heading', { name: 'Aanmelden bij Koers' }).waitFor();
    await expect.poll(() => lezer.getByRole('status').first().innerText()).toBe('Je bent afgemeld.');
    expect(await meStatus(cookie)).toBe(401);
    await lezer.reload();
    await lezer.getByRole('heading', { name: 'Aanmelden bij Koers' }).waitFor();
  });

  it('the beheerder deactivates the lezer: the open page shows "Opnieuw aanmelden", sign-in is refused; switched on again, it works', async () => {
    await signInThroughPage(lezer, LEZER_OWN);
    await cell(lezer, 'g1-i1', 'source').waitFor();
    await expect.poll(() => lezer.getByRole('status').filter({ hasText: 'Verbonden' }).count(), { timeout: 15_000 }).toBe(1);

    await admin.goto(`${server.url}/#/beheer/gebruikers`);
    await admin.getByRole('heading', { name: 'Gebruikers en rollen' }).waitFor();
    const row = admin.locator('.users-table tbody tr', { hasText: LEZER.email });
    await expect.poll(() => row.innerText()).toContain('Actief');
    // Never one's own account.
    expect(await admin.getByRole('button', { name: `Uitschakelen: ${E2E_ADMIN.name}` }).count()).toBe(0);
    await admin.getByRole('button', { name: `Uitschakelen: ${LEZER.name}` }).click();
    const confirm = admin.locator('form.deactivate-user');
    await expect.poll(() => confirm.getByRole('heading').innerText()).toBe(`Account van ${LEZER.name} uitschakelen?`);
    await expect.poll(() => admin.evaluate(() => document.activeElement?.textContent)).toBe('Annuleren');
    await expectNoSeriousAxeViolations(admin, 'gebruiker uitschakelen');
    await confirm.getByRole('button', { name: `${LEZER.name} uitschakelen` }).click();
    await expect.poll(() => admin.locator('.admin-status').innerText()).toBe(`${LEZER.name} is uitgeschakeld en overal afgemeld.`);
    await expect.poll(() => row.innerText()).toContain('Uitgeschakeld');
    await expect.poll(() => admin.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Weer inschakelen: ${LEZER.name}`);

    const banner = lezer.getByRole('alert').filter({ hasText: 'Je bent niet (meer) aangemeld.' });
    await banner.waitFor({ timeout: 15_000 });
    await banner.getByRole('button', { name: 'Opnieuw aanmelden' }).click();
    await lezer.getByRole('heading', { name: 'Aanmelden bij Koers' }).waitFor();
    await lezer.getByLabel('E-mailadres', { exact: true }).fill(LEZER_OWN.email);
    await lezer.getByLabel('Wachtwoord', { exact: true }).fill(LEZER_OWN.password);
    await lezer.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    // Told exactly what a wrong password hears: the page does not reveal that the account exists.
    await expect.poll(() => lezer.getByRole('alert').innerText(), HASHING).toBe('E-mailadres of wachtwoord klopt niet.');

    await admin.getByRole('button', { name: `Weer inschakelen: ${LEZER.name}` }).click();
    await expect.poll(() => admin.locator('.admin-status').innerText()).toBe(`${LEZER.name} is weer ingeschakeld en kan zich aanmelden.`);
    await expect.poll(() => row.innerText()).toContain('Actief');
    await signInThroughPage(lezer, LEZER_OWN);
    await cell(lezer, 'g1-i1', 'source').waitFor();
  });
});

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
    const page = await newPage(`${fresh.url}/#/`, 'inrichter');
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
    const page = await newPage(`${server.url}/#/programma/${PROGRAMME}/versies`, 'wisselaar');
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

    await page.getByRole('link', { name: 'Wachtwoord wijzigen' }).click();
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
    const page = await newPage(`${server.url}/#/beheer/gebruikers`, 'beheerder-reset');
    await signInThroughPage(page, E2E_ADMIN);
    await page.getByRole('button', { name: `Nieuw tijdelijk wachtwoord voor ${RIK.name}` }).click();
    const form = page.locator('form.reset-password');
    await form.getByLabel('Tijdelijk wachtwoord').fill('weer-tijdelijk-123');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.locator('.admin-status').innerText(), HASHING).toContain(`Nieuw tijdelijk wachtwoord voor ${RIK.name} opgeslagen. Geef het persoonlijk door`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Nieuw tijdelijk wachtwoord voor ${RIK.name}`);
    // The beheerder cannot reset their own password here: that needs the current one.
    expect(await page.getByRole('button', { name: `Nieuw tijdelijk wachtwoord voor ${E2E_ADMIN.name}` }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page, 'gebruikers na een nieuw wachtwoord');
    expect(await signInStatus(RIK.email, LATER)).toBe(401);
    expect(await signInStatus(RIK.email, 'weer-tijdelijk-123')).toBe(200);
    // A reset marks the account again: the colleague must choose their own once more.
    const me = await signInAnswer(RIK.email, 'weer-tijdelijk-123');
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
