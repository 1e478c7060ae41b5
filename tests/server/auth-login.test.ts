/** Sign-in over real HTTP: login, wrong passwords and the growing delay, me, logout, cookie flags, storage. */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../shared/auth/me.ts';
import { CLOSE } from '../../shared/protocol.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { cookieFrom, startTestServer, type TestServer } from '../helpers/test-server.ts';

const DOC = 'gezond-samenleven';
const POLL = { timeout: 15_000, interval: 20 };
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

async function server(): Promise<TestServer> {
  const s = await startTestServer({ heartbeatMs: 60_000 });
  cleanup.add(() => s.dispose());
  return s;
}

function login(s: TestServer, email: string, password: string, cookie: string | null = null) {
  return s.api('/api/auth/login', {
    method: 'POST',
    cookie,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
}

describe('sign-in', () => {
  it('answers Me and a signed, HttpOnly, SameSite=Lax session cookie for the right password', async () => {
    const s = await server();
    const response = await login(s, 'BEHEER@koers.test', s.admin!.password);
    expect(response.status).toBe(200);
    const me = (await response.json()) as Record<string, unknown>;
    expect(me).toMatchObject({ kind: 'user', email: 'beheer@koers.test', grants: [{ scope: '*', role: 'beheerder' }] });
    expect(me).not.toHaveProperty('sessionId');
    const [setCookie] = response.headers.getSetCookie();
    expect(setCookie).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).toMatch(/;\s*SameSite=Lax/i);
    expect(setCookie).toMatch(/;\s*Path=\//i);
    expect(setCookie).not.toMatch(/;\s*Secure/i);

    const cookie = cookieFrom(response);
    const meResponse = await s.api('/api/auth/me', { cookie });
    expect(meResponse.status).toBe(200);
    expect(await meResponse.json()).toEqual(me);
  });

  it('marks the cookie Secure when the server is told it runs on https', async () => {
    const s = await startTestServer({ secureCookies: true });
    cleanup.add(() => s.dispose());
    const response = await login(s, s.admin!.email, s.admin!.password);
    expect(response.headers.getSetCookie()[0]).toMatch(/;\s*Secure/i);
  });

  it('refuses a wrong password and an unknown address alike with 401, and missing fields with 400', async () => {
    const s = await server();
    const wrong = await login(s, s.admin!.email, 'verkeerd-wachtwoord');
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: 'E-mailadres of wachtwoord klopt niet.' });
    expect(wrong.headers.getSetCookie()).toEqual([]);
    const unknown = await login(s, 'niemand@koers.test', 'verkeerd-wachtwoord');
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toEqual({ error: 'E-mailadres of wachtwoord klopt niet.' });
    const missing = await s.api('/api/auth/login', { method: 'POST', cookie: null, headers: { 'content-type': 'application/json' }, body: '{"email":"a@b.nl"}' });
    expect(missing.status).toBe(400);
    const failures = s.logs.filter((e) => e.msg === 'sign-in failed');
    expect(failures).toHaveLength(2);
    expect(JSON.stringify(s.logs)).not.toContain('verkeerd-wachtwoord');
  });

  it('answers the 4th wrong attempt with 429 and Retry-After, and keeps refusing the right password meanwhile', async () => {
    const s = await server();
    for (let i = 0; i < 3; i++) expect((await login(s, s.admin!.email, `fout-${i}-wachtwoord`)).status).toBe(401);
    const fourth = await login(s, s.admin!.email, 'fout-4-wachtwoord');
    expect(fourth.status).toBe(429);
    const retryAfter = Number(fourth.headers.get('retry-after'));
    expect(retryAfter).toBe(1);
    const body = (await fourth.json()) as { error: string; retryAfterSeconds: number };
    expect(body.retryAfterSeconds).toBe(retryAfter);
    expect(body.error).toBe(`Te veel mislukte pogingen. Probeer het over ${retryAfter} seconden opnieuw.`);
    // While the wait lasts even the right password is not checked.
    expect((await login(s, s.admin!.email, s.admin!.password)).status).toBe(429);
  });

  it('refuses a tampered or unknown cookie with 401', async () => {
    const s = await server();
    const [name, value] = s.adminCookie.split('=') as [string, string];
    const decoded = decodeURIComponent(value);
    const [token, signature] = [decoded.slice(0, decoded.lastIndexOf('.')), decoded.slice(decoded.lastIndexOf('.') + 1)];
    const flipped = (token[0] === 'A' ? 'B' : 'A') + token.slice(1);
    for (const cookie of [`${name}=${encodeURIComponent(`${flipped}.${signature}`)}`, `${name}=${encodeURIComponent(token)}`, `${name}=onzin`, 'ander=1']) {
      const response = await s.api('/api/auth/me', { cookie });
      expect(response.status, cookie).toBe(401);
      expect(await response.json()).toEqual({ error: 'Je bent niet aangemeld.' });
    }
    expect((await s.api('/api/auth/me')).status).toBe(200);
  });

  it('logout ends the session: the cookie stops working and its open socket is closed with 4401', async () => {
    const s = await server();
    const user = await s.createUser({ name: 'Rik Redacteur', grants: [{ scope: DOC, role: 'redacteur' }] });
    const client = s.connect(DOC, { cookie: user.cookie });
    cleanup.add(() => client.destroy());
    const adminClient = s.connect(DOC);
    cleanup.add(() => adminClient.destroy());
    await client.whenSynced();
    await adminClient.whenSynced();

    const out = await s.api('/api/auth/logout', { method: 'POST', cookie: user.cookie });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie()[0]).toMatch(new RegExp(`^${SESSION_COOKIE}=;.*Max-Age=0`, 'i'));
    await expect.poll(() => client.terminal?.code, POLL).toBe(CLOSE.notSignedIn.code);
    expect((await s.api('/api/auth/me', { cookie: user.cookie })).status).toBe(401);
    expect((await s.api(`/api/documents/${DOC}`, { cookie: user.cookie })).status).toBe(401);
    // Someone else's socket in the same room stays.
    expect(adminClient.provider.wsconnected).toBe(true);
    expect(s.registry.connectionCount(DOC)).toBe(1);
  });

  it('keeps no password in plain text in the database file', async () => {
    const s = await server();
    await s.createUser({ name: 'Lotte Lezer', password: 'zeer-geheim-wachtwoord-123', grants: [{ scope: DOC, role: 'lezer' }] });
    await s.close();
    const bytes = readFileSync(s.dbFile!);
    const wal = (() => {
      try {
        return readFileSync(`${s.dbFile!}-wal`);
      } catch {
        return Buffer.alloc(0);
      }
    })();
    for (const file of [bytes, wal]) {
      expect(file.includes('zeer-geheim-wachtwoord-123')).toBe(false);
      expect(file.includes(s.admin!.password)).toBe(false);
    }
    expect(bytes.includes('scrypt$')).toBe(true);
  });
});
