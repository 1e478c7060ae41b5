/**
 * Browser end-to-end helpers: the real Koers server as a child process (own process group,
 * temp DATA_DIR, free port, a beheerder from the environment), accounts through the REST API,
 * Debian Chromium through playwright-core signed in through the sign-in page, and axe-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { RoleGrant } from '../../shared/auth/roles.ts';
import { collectPageErrors } from './page-errors.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The built client the spawned server serves: STATIC_DIR (inherited by the server) or dist/client. */
export function assertClientBuilt(): void {
  const dir = process.env.STATIC_DIR || join(ROOT, 'dist', 'client');
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${join(dir, 'index.html')} ontbreekt: run \`npm run build\` before the e2e tests.`);
  }
}

/** The beheerder every e2e server starts with (KOERS_ADMIN_*), unless started without. */
export const E2E_ADMIN = { email: 'beheer@koers.test', password: 'beheer-wachtwoord-e2e', name: 'Beheerder' } as const;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: string;
  port: number;
  dataDir: string;
  child: ChildProcess;
  /** False when started without a beheerder (the setup link is then in output()). */
  withAdmin: boolean;
  /** stdout + stderr so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Spawns `tsx server/main.ts` detached (its own process group) so stop() can kill the whole
 * group: killing only a wrapper leaves servers running (stack.md, vite preview orphan).
 */
export async function startServer(
  options: {
    timeoutMs?: number;
    /** Start on an existing data folder (a restart); stop() removes it as it would its own. */
    dataDir?: string;
    /** Listen on this port (a restart: open browsers reconnect to the same address). */
    port?: number;
    /** False: no KOERS_ADMIN_* (Koers then waits for its first beheerder through the setup link). */
    withAdmin?: boolean;
    /** More environment for the server (KOERS_OIDC_*, KOERS_PUBLIC_URL). */
    env?: NodeJS.ProcessEnv;
  } = {},
): Promise<RunningServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'koers-e2e-')));
  const port = options.port ?? (await freePort());
  const withAdmin = options.withAdmin ?? true;
  let output = '';
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.KOERS_ADMIN_EMAIL;
  delete env.KOERS_ADMIN_PASSWORD;
  delete env.KOERS_ADMIN_NAME;
  if (withAdmin) {
    env.KOERS_ADMIN_EMAIL = E2E_ADMIN.email;
    env.KOERS_ADMIN_PASSWORD = E2E_ADMIN.password;
    env.KOERS_ADMIN_NAME = E2E_ADMIN.name;
  }
  Object.assign(env, options.env);
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'server/main.ts'], {
    cwd: ROOT,
    detached: true,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      killGroup(child.pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child.pid!, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
  };

  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`Koers server exited with code ${child.exitCode} before it was healthy:\n${output}`);
    }
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Koers server did not answer /api/health within the time limit:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, port, dataDir, child, withAdmin, output: () => output, stop };
}

/**
 * Stops the server process and starts a new one on the same data folder and port, as an
 * operator restarting the service would. Use the returned server from then on.
 */
export async function restartServer(server: RunningServer, options: { timeoutMs?: number } = {}): Promise<RunningServer> {
  const { child } = server;
  if (child.exitCode === null && child.signalCode === null && child.pid) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    killGroup(child.pid, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child.pid!, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  return startServer({ ...options, dataDir: server.dataDir, port: server.port, withAdmin: server.withAdmin });
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * What an e2e file needs first: a built client, a fresh server and Chromium. A browser that will
 * not start stops the server again, since the file's afterAll never learns of it.
 */
export async function startServerAndBrowser(): Promise<{ server: RunningServer; browser: Browser }> {
  assertClientBuilt();
  const server = await startServer();
  try {
    return { server, browser: await launchChromium() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Closes what an e2e file opened, each part only if it got that far; a close that fails does not keep the server running. */
export async function stopServerAndBrowser(opened: { server?: RunningServer; browser?: Browser; contexts?: readonly BrowserContext[] }): Promise<void> {
  for (const context of opened.contexts ?? []) await context.close().catch(() => undefined);
  await opened.browser?.close().catch(() => undefined);
  await opened.server?.stop();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core (node_modules/axe-core/axe.min.js) in the page; returns serious and critical violations. */
export async function seriousAxeViolations(page: Page, tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  // Evaluated through the DevTools protocol, which the page's CSP (no inline script) does not block; a <script> tag it would.
  if (!loaded) await page.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: runOnly }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, tags);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
}

/** Every axe violation, whatever its impact, of WCAG 2.1 A/AA and axe's best practices (landmarks, headings). */
async function allAxeViolations(page: Page): Promise<AxeViolation[]> {
  await seriousAxeViolations(page); // loads axe-core into the page
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** No axe violation at all, best practices included (the programme screens, issue 16). */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const violations = await allAxeViolations(page);
  expect(violations, `axe (best practices included) on ${screen}:\n${formatViolations(violations)}`).toEqual([]);
}

export async function expectNoSeriousAxeViolations(page: Page, screen: string): Promise<void> {
  const violations = await seriousAxeViolations(page);
  expect(violations, `axe on ${screen}:\n${formatViolations(violations)}`).toEqual([]);
}

// ---- accounts ---------------------------------------------------------------------------

const adminCookies = new Map<string, Promise<string>>();

/** Signs in with Node fetch and returns the session cookie ("name=value") for later requests. */
async function signInCookie(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${email} answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('koers_sessie='));
  if (!cookie) throw new Error(`sign-in of ${email} set no session cookie`);
  return cookie;
}

/** The beheerder's session cookie for this server, signed in once and cached. */
export function adminCookie(url: string): Promise<string> {
  let cookie = adminCookies.get(url);
  if (!cookie) {
    cookie = signInCookie(url, E2E_ADMIN.email, E2E_ADMIN.password);
    // A failed sign-in must not be cached: the next call tries again.
    cookie.catch(() => adminCookies.delete(url));
    adminCookies.set(url, cookie);
  }
  return cookie;
}

/**
 * A REST call as the e2e beheerder (Node fetch, session cookie). `init.body` given as an object
 * is sent as JSON. A 401 (the session was dropped, e.g. a fresh data folder on the same port)
 * signs in again once.
 */
export async function apiAsAdmin(url: string, path: string, init: Omit<RequestInit, 'body'> & { body?: unknown } = {}): Promise<Response> {
  const send = async (cookie: string) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', cookie);
    if (!headers.has('accept')) headers.set('accept', 'application/json');
    let body = init.body as BodyInit | undefined;
    if (init.body !== undefined && typeof init.body !== 'string' && !(init.body instanceof FormData) && !(init.body instanceof Uint8Array)) {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(init.body);
    }
    return fetch(`${url}${path}`, { ...init, headers, body });
  };
  const response = await send(await adminCookie(url));
  if (response.status !== 401) return response;
  adminCookies.delete(url);
  return send(await adminCookie(url));
}

/** "Anna de Vries" -> "anna-de-vries": the e-mail and password of a test user. */
function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const ensured = new Map<string, Promise<{ email: string; password: string }>>();

/** The e-mail and own password of the test account of `name` (see ensureUser). */
export function testCredentials(name: string): { email: string; password: string } {
  return { email: `${slug(name)}@koers.test`, password: `wachtwoord-${slug(name)}` };
}

/**
 * The test account of `name` on this server, created through POST /api/users when it does not
 * exist yet: e-mail slug(name)@koers.test, password "wachtwoord-"+slug, grants by default a
 * redacteur of every programme. An existing account keeps its grants.
 */
function ensureUser(url: string, user: { name: string; grants?: RoleGrant[] }): Promise<{ email: string; password: string }> {
  const { email, password } = testCredentials(user.name);
  const key = `${url} ${email}`;
  let done = ensured.get(key);
  if (!done) {
    done = (async () => {
      const list = await apiAsAdmin(url, '/api/users');
      if (!list.ok) throw new Error(`GET /api/users answered ${list.status}: ${await list.text()}`);
      const users = (await list.json()) as { email: string }[];
      if (!users.some((u) => u.email.toLowerCase() === email)) {
        const temporary = `tijdelijk-${password}`;
        const created = await apiAsAdmin(url, '/api/users', {
          method: 'POST',
          body: { email, name: user.name, password: temporary, grants: user.grants ?? [{ scope: '*', role: 'redacteur' }] },
        });
        if (created.status !== 201) throw new Error(`POST /api/users for ${email} answered ${created.status}: ${await created.text()}`);
        await chooseOwnPassword(url, email, temporary, password);
      }
      return { email, password };
    })();
    done.catch(() => ensured.delete(key));
    ensured.set(key, done);
  }
  return done;
}

/**
 * What a colleague does on first sign-in, over REST: the beheerder's temporary password marks
 * the account, and the page would otherwise show the change-password step before anything else.
 */
async function chooseOwnPassword(url: string, email: string, temporary: string, own: string): Promise<void> {
  const json = { 'content-type': 'application/json' };
  const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: json, body: JSON.stringify({ email, password: temporary }) });
  if (login.status !== 200) throw new Error(`sign-in of ${email} answered ${login.status}: ${await login.text()}`);
  const cookie = login.headers.getSetCookie().map((line) => line.split(';')[0]!).join('; ');
  const changed = await fetch(`${url}/api/auth/password`, {
    method: 'PUT',
    headers: { ...json, cookie },
    body: JSON.stringify({ currentPassword: temporary, newPassword: own }),
  });
  if (changed.status !== 204) throw new Error(`PUT /api/auth/password for ${email} answered ${changed.status}: ${await changed.text()}`);
  // Signed out again, so the page's own sign-in is the only session this helper leaves behind.
  await fetch(`${url}/api/auth/logout`, { method: 'POST', headers: { cookie } });
}

/** Fills in the sign-in page and waits until it has made way for the page that was asked for. */
export async function signInThroughPage(page: Page, credentials: { email: string; password: string }): Promise<void> {
  const heading = page.getByRole('heading', { name: 'Aanmelden bij Koers' });
  await heading.waitFor();
  await page.getByLabel('E-mailadres', { exact: true }).fill(credentials.email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(credentials.password);
  await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
  await heading.waitFor({ state: 'detached' });
  await page.locator('#inhoud, header.topbar').first().waitFor();
}

/**
 * A fresh browser context (own cookies) at `url`, signed in through the sign-in page as the test
 * account of `name` (see ensureUser; `options.grants` for a new account's roles), back on the
 * page `url` asked for. Page errors and AG Grid console errors are collected into `errors`.
 */
export async function openAsUser(
  browser: Browser,
  url: string,
  name: string,
  errors: string[],
  viewport = { width: 1400, height: 1000 },
  options: { grants?: RoleGrant[] } = {},
): Promise<Page> {
  const origin = new URL(url).origin;
  const credentials = await ensureUser(origin, { name, ...(options.grants ? { grants: options.grants } : {}) });
  const page = await openSignedOut(browser, url, name, errors, viewport);
  await signInThroughPage(page, credentials);
  return page;
}

/** A fresh browser context (own cookies) at `url`, nobody signed in; what its page logs as an error goes into `errors`. */
export async function openSignedOut(browser: Browser, url: string, who: string, errors: string[], viewport = { width: 1400, height: 1000 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'nl-NL' });
  const page = await context.newPage();
  collectPageErrors(page, who, errors);
  await page.goto(url);
  return page;
}

/** The e2e beheerder signed in through the sign-in page in a fresh context, on the page `path` asks for. */
export async function openAsAdmin(browser: Browser, server: RunningServer, path: string, errors: string[]): Promise<Page> {
  const page = await openSignedOut(browser, `${server.url}${path}`, 'beheerder', errors);
  await signInThroughPage(page, E2E_ADMIN);
  return page;
}
