/** Roles on the REST routes, and user management by beheerders, against a real server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedInUser } from '../../shared/auth/me.ts';
import { startTestServer, type TestServer, type TestUser } from '../helpers/test-server.ts';

const DOC = 'bestaanszekerheid';
const OTHER = 'kansengelijkheid';
const NO_ACCESS = 'Je hebt geen toegang tot dit programma.';
const EDITORS_ONLY = 'Je rol staat dit niet toe: alleen redacteuren en beheerders mogen dit.';

let s: TestServer;
let lezer: TestUser;
let redacteur: TestUser;
let niemand: TestUser;
let versionId: string;

const json = (body: unknown) => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const VERSION = { name: 'Concept', status: 'concept', date: '2025-03-01' };

beforeAll(async () => {
  s = await startTestServer();
  [lezer, redacteur, niemand] = await Promise.all([
    s.createUser({ name: 'Lotte Lezer', grants: [{ scope: DOC, role: 'lezer' }] }),
    s.createUser({ name: 'Rik Redacteur', grants: [{ scope: DOC, role: 'redacteur' }] }),
    s.createUser({ name: 'Nina Niemand', grants: [] }),
  ]);
  const created = await s.api(`/api/documents/${DOC}/versions`, { method: 'POST', ...json(VERSION) });
  versionId = ((await created.json()) as { id: string }).id;
});

afterAll(() => s?.dispose());

async function status(user: TestUser, path: string, init: RequestInit = {}): Promise<{ status: number; error?: string }> {
  const response = await s.api(path, { ...init, cookie: user.cookie });
  const body = response.headers.get('content-type')?.includes('json') ? ((await response.json()) as { error?: string }) : {};
  return { status: response.status, error: Array.isArray(body) ? undefined : body.error };
}

const csvBody = (): RequestInit => ({ method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'Niveau;Doel-id\r\n' });

describe('a lezer', () => {
  it('reads the programme, its validation, versions, history and exports', async () => {
    for (const path of [
      `/api/documents/${DOC}`,
      `/api/documents/${DOC}/validation`,
      `/api/documents/${DOC}/versions`,
      `/api/documents/${DOC}/versions/${versionId}`,
      `/api/documents/${DOC}/diff?from=${versionId}`,
      `/api/documents/${DOC}/history`,
      `/api/documents/${DOC}/export?format=json`,
    ]) {
      expect((await status(lezer, path)).status, path).toBe(200);
    }
    const list = (await (await s.api('/api/documents', { cookie: lezer.cookie })).json()) as { id: string }[];
    expect(list.map((d) => d.id)).toEqual([DOC]);
  });

  it('gets 403 for a version, a restore and an import, and nothing changes', async () => {
    const versions = (await (await s.api(`/api/documents/${DOC}/versions`)).json()) as unknown[];
    expect(await status(lezer, `/api/documents/${DOC}/versions`, { method: 'POST', ...json(VERSION) })).toEqual({ status: 403, error: EDITORS_ONLY });
    expect(await status(lezer, `/api/documents/${DOC}/restore`, { method: 'POST', ...json({ versionId, scope: 'programme' }) })).toEqual({
      status: 403,
      error: EDITORS_ONLY,
    });
    expect(await status(lezer, `/api/documents/${DOC}/import/preview?fileName=a.csv`, csvBody())).toEqual({ status: 403, error: EDITORS_ONLY });
    expect(await status(lezer, `/api/documents/${DOC}/import/apply?fileName=a.csv`, csvBody())).toEqual({ status: 403, error: EDITORS_ONLY });
    expect((await (await s.api(`/api/documents/${DOC}/versions`)).json()) as unknown[]).toHaveLength(versions.length);
  });

  it('has no access to another programme', async () => {
    expect(await status(lezer, `/api/documents/${OTHER}`)).toEqual({ status: 403, error: NO_ACCESS });
    expect(await status(lezer, `/api/documents/${OTHER}/versions`, { method: 'POST', ...json(VERSION) })).toEqual({ status: 403, error: NO_ACCESS });
    // "all" holds only what the lezer may read.
    const all = (await (await s.api('/api/documents/all/export?format=json', { cookie: lezer.cookie })).json()) as { programme: { id: string } }[];
    expect(all.map((a) => a.programme.id)).toEqual([DOC]);
  });
});

describe('a redacteur', () => {
  it('takes a version, restores and imports (preview)', async () => {
    expect((await status(redacteur, `/api/documents/${DOC}/versions`, { method: 'POST', ...json(VERSION) })).status).toBe(201);
    expect((await status(redacteur, `/api/documents/${DOC}/restore`, { method: 'POST', ...json({ versionId, scope: 'programme' }) })).status).toBe(200);
    expect((await status(redacteur, `/api/documents/${DOC}/import/preview?fileName=a.csv`, csvBody())).status).toBe(200);
    expect((await status(redacteur, '/api/users')).status).toBe(403);
  });
});

describe('a user without a role', () => {
  it('sees an empty programme list and gets 403 on a programme, also for one that does not exist', async () => {
    expect(await (await s.api('/api/documents', { cookie: niemand.cookie })).json()).toEqual([]);
    expect(await status(niemand, `/api/documents/${DOC}`)).toEqual({ status: 403, error: NO_ACCESS });
    expect(await status(niemand, '/api/documents/bestaat-niet')).toEqual({ status: 403, error: NO_ACCESS });
    expect((await status(niemand, '/api/documents/all/export?format=json')).status).toBe(403);
    expect((await status(niemand, '/api/auth/me')).status).toBe(200);
  });
});

describe('user management', () => {
  it('refuses a taken e-mail address (any case), bad input and non-beheerders', async () => {
    const taken = await s.api('/api/users', { method: 'POST', ...json({ name: 'X', email: lezer.email.toUpperCase(), password: 'een-lang-wachtwoord', grants: [] }) });
    expect(taken.status).toBe(409);
    expect(((await taken.json()) as { error: string }).error).toBe('Er bestaat al een account met dit e-mailadres.');
    const short = await s.api('/api/users', { method: 'POST', ...json({ name: 'X', email: 'x@koers.test', password: 'kort', grants: [] }) });
    expect(short.status).toBe(400);
    expect(((await short.json()) as { error: string }).error).toBe('Kies een wachtwoord van minstens 10 tekens.');
    const badRole = await s.api('/api/users', { method: 'POST', ...json({ name: 'X', email: 'x@koers.test', password: 'een-lang-wachtwoord', grants: [{ scope: DOC, role: 'koning' }] }) });
    expect(badRole.status).toBe(400);
    expect((await status(lezer, '/api/users', { method: 'POST', ...json({ name: 'X', email: 'y@koers.test', password: 'een-lang-wachtwoord', grants: [] }) })).status).toBe(403);
  });

  it('a beheerder of one programme grants only within it and keeps the other grants', async () => {
    const beheerder = await s.createUser({ name: 'Bea Beheer', grants: [{ scope: DOC, role: 'beheerder' }] });
    const outside = await status(beheerder, '/api/users', {
      method: 'POST',
      ...json({ name: 'X', email: 'buiten@koers.test', password: 'een-lang-wachtwoord', grants: [{ scope: OTHER, role: 'lezer' }] }),
    });
    expect(outside.status).toBe(403);
    const target = await s.createUser({ name: 'Twee Rollen', grants: [{ scope: OTHER, role: 'redacteur' }, { scope: DOC, role: 'lezer' }] });
    const put = await s.api(`/api/users/${target.id}/grants`, { method: 'PUT', cookie: beheerder.cookie, ...json({ grants: [{ scope: DOC, role: 'redacteur' }] }) });
    expect(put.status).toBe(200);
    expect(((await put.json()) as SignedInUser).grants).toEqual([
      { scope: DOC, role: 'redacteur' },
      { scope: OTHER, role: 'redacteur' },
    ]);
    const users = (await (await s.api('/api/users', { cookie: beheerder.cookie })).json()) as SignedInUser[];
    expect(users.find((u) => u.id === target.id)?.grants).toHaveLength(2);
  });

  it('keeps the last beheerder of all programmes', async () => {
    const me = (await (await s.api('/api/auth/me')).json()) as SignedInUser;
    const put = await s.api(`/api/users/${me.id}/grants`, { method: 'PUT', ...json({ grants: [{ scope: DOC, role: 'redacteur' }] }) });
    expect(put.status).toBe(409);
    expect(((await put.json()) as { error: string }).error).toMatch(/laatste beheerder/);
    expect(((await (await s.api('/api/auth/me')).json()) as SignedInUser).grants).toEqual([{ scope: '*', role: 'beheerder' }]);
  });
});
