/** The one-time setup link for the first beheerder, on a server started without KOERS_ADMIN_*. */
import { afterEach, describe, expect, it } from 'vitest';
import { Cleanup } from '../helpers/cleanup.ts';
import { cookieFrom, startTestServer, type TestServer } from '../helpers/test-server.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const first = { name: 'Eerste Beheerder', email: 'eerste@dronten.test', password: 'een-goed-wachtwoord' };

function setup(s: TestServer, body: unknown) {
  return s.api('/api/auth/setup', { method: 'POST', cookie: null, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

describe('first beheerder through the setup link', () => {
  it('needed -> wrong token 403 -> right token 201 with a session -> the link is spent', async () => {
    const s = await startTestServer({ adminEmail: undefined, adminPassword: undefined });
    cleanup.add(() => s.dispose());
    expect(s.admin).toBeNull();
    expect(s.setupUrl).toMatch(new RegExp(`^${s.url}/#/inrichten/[A-Za-z0-9_-]{20,}$`));
    const token = s.setupUrl!.split('/').at(-1)!;

    expect(await (await s.api('/api/auth/setup', { cookie: null })).json()).toEqual({ needed: true });
    expect((await s.api('/api/documents', { cookie: null })).status).toBe(401);

    const wrong = await setup(s, { ...first, token: token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A') });
    expect(wrong.status).toBe(403);
    expect(((await wrong.json()) as { error: string }).error).toMatch(/inrichtlink/);

    const short = await setup(s, { ...first, password: 'kort', token });
    expect(short.status).toBe(400);

    const created = await setup(s, { ...first, token });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ kind: 'user', name: first.name, email: first.email, grants: [{ scope: '*', role: 'beheerder' }], mustChangePassword: false });
    const cookie = cookieFrom(created);
    expect((await s.api('/api/documents', { cookie })).status).toBe(200);
    expect(await (await s.api('/api/auth/setup', { cookie: null })).json()).toEqual({ needed: false });

    const again = await setup(s, { ...first, email: 'tweede@dronten.test', token });
    expect(again.status).toBe(403);
    const users = (await (await s.api('/api/users', { cookie })).json()) as unknown[];
    expect(users).toHaveLength(1);
  });

  it('creates the beheerder from the environment once, and leaves it alone on a restart', async () => {
    const s = await startTestServer({ adminName: 'Gemeente Beheer' });
    cleanup.add(() => s.dispose());
    expect(s.setupUrl).toBeNull();
    expect(await (await s.api('/api/auth/me')).json()).toMatchObject({ name: 'Gemeente Beheer', grants: [{ scope: '*', role: 'beheerder' }] });
    await s.close();
    const again = await startTestServer({ dataDir: s.dataDir, adminName: 'Andere Naam' });
    cleanup.add(() => again.dispose());
    // The environment only seeds an empty server: the account is as it was.
    expect(again.setupUrl).toBeNull();
    expect(await (await again.api('/api/auth/me')).json()).toMatchObject({ name: 'Gemeente Beheer' });
    expect((await (await again.api('/api/users')).json()) as unknown[]).toHaveLength(1);
  });
});
