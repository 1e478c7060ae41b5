/**
 * CSRF (issue 11, item 3), as the attack: a request with the beheerder's cookie from a page on
 * another origin, or with a body a page may send cross-origin without a preflight, creates
 * nothing and gets a Dutch 403 / 415. Over real HTTP against a real server, for each method.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOREIGN_ORIGIN, JSON_ONLY } from '../../server/http/cross-site-guard.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const DOC = 'bestaanszekerheid';
const LISTED = 'https://koers.gemeente.test';
const PUBLIC = 'https://koers.dronten.test';

let s: TestServer;
let own: string;

beforeAll(async () => {
  s = await startTestServer({ allowedOrigins: [LISTED], publicUrl: `${PUBLIC}/` });
  own = new URL(s.url).origin;
});
afterAll(() => s?.dispose());

let n = 0;
const newAccount = () => ({ email: `aanval-${++n}@koers.test`, name: 'Aanvaller', password: 'een-lang-wachtwoord', grants: [{ scope: '*', role: 'beheerder' }] });

async function accountExists(email: string): Promise<boolean> {
  const users = (await (await s.api('/api/users')).json()) as { email: string }[];
  return users.some((u) => u.email === email);
}

async function answer(response: Response) {
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('Origin of a state-changing request', () => {
  it('a JSON POST from a foreign origin creates no beheerder: 403 in Dutch', async () => {
    for (const origin of ['http://127.0.0.1:1', 'https://koers.gemeente.test.evil.example', 'null']) {
      const account = newAccount();
      const response = await s.api('/api/users', { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify(account) });
      expect(await answer(response), origin).toEqual({ status: 403, body: { error: FOREIGN_ORIGIN } });
      expect(await accountExists(account.email)).toBe(false);
    }
  });

  it('PUT, PATCH and DELETE from a foreign origin are refused before any route runs', async () => {
    const target = await s.createUser({ name: 'Doelwit', grants: [{ scope: DOC, role: 'lezer' }] });
    const headers = { origin: 'http://127.0.0.1:1', 'content-type': 'application/json' };
    const grants = await s.api(`/api/users/${target.id}/grants`, { method: 'PUT', headers, body: JSON.stringify({ grants: [{ scope: '*', role: 'beheerder' }] }) });
    expect(await answer(grants)).toEqual({ status: 403, body: { error: FOREIGN_ORIGIN } });
    for (const method of ['PATCH', 'DELETE']) {
      const response = await s.api(`/api/users/${target.id}`, { method, headers });
      expect(await answer(response), method).toEqual({ status: 403, body: { error: FOREIGN_ORIGIN } });
    }
    const listed = (await (await s.api('/api/users')).json()) as { id: string; grants: unknown }[];
    expect(listed.find((u) => u.id === target.id)?.grants).toEqual([{ scope: DOC, role: 'lezer' }]);
  });

  it('sign-in and werkatelier join from a foreign origin are refused too (no session needed to forge them)', async () => {
    const headers = { origin: 'http://127.0.0.1:1', 'content-type': 'application/json' };
    const login = await s.api('/api/auth/login', { method: 'POST', cookie: null, headers, body: JSON.stringify(s.admin) });
    expect(await answer(login)).toEqual({ status: 403, body: { error: FOREIGN_ORIGIN } });
    expect(login.headers.getSetCookie()).toEqual([]);
    const join = await s.api('/api/workshops/join', { method: 'POST', cookie: null, headers, body: JSON.stringify({ code: 'ABCDEFGH', name: 'X' }) });
    expect(await answer(join)).toEqual({ status: 403, body: { error: FOREIGN_ORIGIN } });
  });

  it('without an Origin, a browser request that says it came from another site is refused', async () => {
    const account = newAccount();
    const response = await s.api('/api/users', { method: 'POST', headers: { 'sec-fetch-site': 'same-site', 'content-type': 'application/json' }, body: JSON.stringify(account) });
    expect(await answer(response)).toEqual({ status: 403, body: { error: FOREIGN_ORIGIN } });
    expect(await accountExists(account.email)).toBe(false);
  });

  it("the server's own origin, KOERS_ORIGINS and KOERS_PUBLIC_URL may write; so may a client that sends no Origin", async () => {
    for (const origin of [own, LISTED, PUBLIC, undefined]) {
      const account = newAccount();
      const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'sec-fetch-site': 'same-origin' };
      if (origin) headers.origin = origin;
      const response = await s.api('/api/users', { method: 'POST', headers, body: JSON.stringify(account) });
      expect(response.status, String(origin)).toBe(201);
      expect(await accountExists(account.email)).toBe(true);
    }
  });

  it('reads are not affected: a GET from another origin still answers (CORS keeps its answer from the page)', async () => {
    const response = await s.api(`/api/documents/${DOC}`, { headers: { origin: 'http://127.0.0.1:1' } });
    expect(response.status).toBe(200);
  });
});

describe('content type of a body', () => {
  const simpleTypes = ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'];

  it('a same-origin POST whose body is not application/json creates nothing: 415 in Dutch', async () => {
    for (const type of simpleTypes) {
      const account = newAccount();
      const response = await s.api('/api/users', { method: 'POST', headers: { origin: own, 'content-type': type }, body: JSON.stringify(account) });
      expect(await answer(response), type).toEqual({ status: 415, body: { error: JSON_ONLY } });
      expect(await accountExists(account.email)).toBe(false);
    }
  });

  it('a body without any content type is refused as well; PUT and DELETE alike', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(newAccount()));
    const post = await s.api('/api/users', { method: 'POST', headers: { origin: own }, body: bytes });
    expect(await answer(post)).toEqual({ status: 415, body: { error: JSON_ONLY } });
    const target = await s.createUser({ name: 'Doelwit twee', grants: [] });
    const put = await s.api(`/api/users/${target.id}/active`, { method: 'PUT', headers: { origin: own, 'content-type': 'text/plain' }, body: JSON.stringify({ active: false }) });
    expect(await answer(put)).toEqual({ status: 415, body: { error: JSON_ONLY } });
    const del = await s.api(`/api/users/${target.id}`, { method: 'DELETE', headers: { origin: own, 'content-type': 'text/plain' }, body: 'x' });
    expect(await answer(del)).toEqual({ status: 415, body: { error: JSON_ONLY } });
  });

  it('a POST without a body needs no content type (sign-out)', async () => {
    const cookie = await s.login(s.admin!.email, s.admin!.password);
    const response = await s.api('/api/auth/logout', { method: 'POST', cookie, headers: { origin: own } });
    expect(response.status).toBe(204);
    expect((await s.api('/api/auth/me', { cookie })).status).toBe(401);
  });

  it('the import routes keep their file upload, but still need the Origin', async () => {
    const csv = 'Niveau;Doel-id\r\n';
    const foreign = await s.api(`/api/documents/${DOC}/import/preview?fileName=a.csv`, { method: 'POST', headers: { origin: 'http://127.0.0.1:1', 'content-type': 'text/csv' }, body: csv });
    expect(await answer(foreign)).toEqual({ status: 403, body: { error: FOREIGN_ORIGIN } });
    const form = new FormData();
    form.set('file', new Blob([csv], { type: 'text/csv' }), 'a.csv');
    const multipart = await s.api(`/api/documents/${DOC}/import/preview`, { method: 'POST', headers: { origin: own }, body: form });
    expect(multipart.status).toBe(200);
    const raw = await s.api(`/api/documents/${DOC}/import/preview?fileName=a.csv`, { method: 'POST', headers: { origin: own, 'content-type': 'text/csv' }, body: csv });
    expect(raw.status).toBe(200);
  });
});
