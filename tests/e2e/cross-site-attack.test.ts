/**
 * CSRF (issue 11, item 3) as the attack, in real Chromium: a beheerder is signed in to Koers on
 * 127.0.0.1:<port>; a page on another port of the same host is same-site for SameSite=Lax, so the
 * browser sends the session cookie with its requests. That page submits a text/plain form whose
 * body is JSON and makes a no-cors fetch, each trying to create a beheerder. Nothing is created.
 * Koers's own page, on its own origin, still creates an account through the same route.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiAsAdmin, E2E_ADMIN, signInThroughPage, startServerAndBrowser, stopServerAndBrowser, type RunningServer } from '../helpers/browser.ts';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let attacker: Server;
let attackerUrl: string;
let koers: Page;

const account = (email: string) => ({ email, name: 'Aanvaller', password: 'een-lang-wachtwoord', grants: [{ scope: '*', role: 'beheerder' }] });

/** A form field whose name and value join (name=value) into the JSON body Koers would read. */
function attackPage(target: string): string {
  const json = JSON.stringify({ ...account('formulier@aanval.test'), pad: '' });
  const name = json.slice(0, -2); // ends in `"pad":"`; the browser adds `=` and the value
  const value = '"}';
  const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#39;');
  return `<!doctype html><html><head><title>Gratis koffie</title></head><body>
<iframe name="sink" id="sink"></iframe>
<form id="form" method="POST" enctype="text/plain" action="${target}/api/users" target="sink">
  <input type="hidden" name='${esc(name)}' value='${esc(value)}'>
</form>
<script>
  window.noCors = () => fetch(${JSON.stringify(`${target}/api/users`)}, {
    method: 'POST', mode: 'no-cors', credentials: 'include',
    body: ${JSON.stringify(JSON.stringify(account('fetch@aanval.test')))},
  }).then((r) => r.type, (e) => 'fout: ' + e);
</script></body></html>`;
}

async function emails(): Promise<string[]> {
  const response = await apiAsAdmin(server.url, '/api/users');
  return ((await response.json()) as { email: string }[]).map((u) => u.email);
}

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
  attacker = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(attackPage(server.url));
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`;
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'nl-NL' });
  koers = await context.newPage();
  await koers.goto(server.url);
  await signInThroughPage(koers, E2E_ADMIN);
});

afterAll(async () => {
  await new Promise<void>((resolve) => (attacker ? attacker.close(() => resolve()) : resolve()));
  await stopServerAndBrowser({ server, browser, contexts: context ? [context] : [] });
});

describe('a page on another port of the same host', () => {
  it('is same-site: the browser does send the beheerder cookie along (so only the server can stop it)', async () => {
    const cookies = await context.cookies(attackerUrl);
    expect(cookies.map((c) => c.name)).toContain('koers_sessie');
  });

  it('submits a text/plain form with a JSON body: refused, no beheerder created', async () => {
    const page = await context.newPage();
    await page.goto(attackerUrl);
    const answered = page.waitForResponse((r) => r.url() === `${server.url}/api/users` && r.request().method() === 'POST');
    await page.locator('#form').evaluate((form: HTMLFormElement) => form.submit());
    const response = await answered;
    expect(response.status()).toBe(403);
    // The body of a navigation response is not always kept by the browser (it read the page that
    // followed it once under load); the Dutch message is asserted in tests/server/cross-site-writes.test.ts.
    expect(await emails()).not.toContain('formulier@aanval.test');
    await page.close();
  });

  it('makes a no-cors fetch with the cookie: refused, no beheerder created', async () => {
    const page = await context.newPage();
    await page.goto(attackerUrl);
    const answered = page.waitForResponse((r) => r.url() === `${server.url}/api/users` && r.request().method() === 'POST');
    expect(await page.evaluate(() => (window as unknown as { noCors(): Promise<string> }).noCors())).toBe('opaque');
    expect((await answered).status()).toBe(403);
    expect(await emails()).not.toContain('fetch@aanval.test');
    await page.close();
  });
});

describe("Koers's own page", () => {
  it('still creates an account through the same route (its fetch sends its own Origin and JSON)', async () => {
    const status = await koers.evaluate(async (body) => {
      const response = await fetch('/api/users', { method: 'POST', headers: { 'content-type': 'application/json' }, body, credentials: 'same-origin' });
      return response.status;
    }, JSON.stringify(account('eigen@koers.test')));
    expect(status).toBe(201);
    expect(await emails()).toContain('eigen@koers.test');
  });
});
