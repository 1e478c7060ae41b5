/**
 * An account's life beyond its roles, over real HTTP and /sync: a password a beheerder chose
 * (new account, reset) must be replaced by the user's own before anything else works, and a
 * beheerder can block the account of a colleague who left, and let it in again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SignedInUser } from '../../shared/auth/me.ts';
import { CLOSE } from '../../shared/protocol.ts';
import { mayChangeAccountStatus, type RoleGrant } from '../../shared/auth/roles.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { cookieFrom, startTestServer, type TestServer } from '../helpers/test-server.ts';

const DOC = 'gezond-samenleven';
const OTHER = 'bestaanszekerheid';
const POLL = { timeout: 15_000, interval: 20 };
const TEMPORARY = 'tijdelijk-van-beheer';
const MUST_CHANGE = { error: 'Kies eerst een eigen wachtwoord.', mustChangePassword: true };
const WRONG = { error: 'E-mailadres of wachtwoord klopt niet.' };
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

async function server(): Promise<TestServer> {
  const s = await startTestServer({ heartbeatMs: 60_000 });
  cleanup.add(() => s.dispose());
  return s;
}

const json = (method: string, body: unknown, cookie?: string | null) => ({
  method,
  cookie,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

function signIn(s: TestServer, email: string, password: string) {
  return s.api('/api/auth/login', json('POST', { email, password }, null));
}

/** A user as a beheerder makes one: with a temporary password, signed in with it. */
async function createMarked(s: TestServer, name: string, grants: RoleGrant[]) {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@koers.test`;
  const created = await s.api('/api/users', json('POST', { name, email, password: TEMPORARY, grants }));
  expect(created.status).toBe(201);
  const user = (await created.json()) as SignedInUser;
  const login = await signIn(s, email, TEMPORARY);
  expect(login.status).toBe(200);
  return { ...user, loginAnswer: (await login.json()) as SignedInUser, cookie: cookieFrom(login) };
}

function setActive(s: TestServer, userId: string, active: boolean, cookie?: string) {
  return s.api(`/api/users/${userId}/active`, json('PUT', { active }, cookie));
}

describe('must change password', () => {
  it('a new account is marked: 403 on the API and 4403 on /sync until the user chooses their own password', async () => {
    const s = await server();
    const user = await createMarked(s, 'Nina Nieuw', [{ scope: DOC, role: 'redacteur' }]);
    expect(user.mustChangePassword).toBe(true);
    expect(user.loginAnswer.mustChangePassword).toBe(true);

    const documents = await s.api('/api/documents', { cookie: user.cookie });
    expect(documents.status).toBe(403);
    expect(await documents.json()).toEqual(MUST_CHANGE);
    expect((await s.api(`/api/documents/${DOC}`, { cookie: user.cookie })).status).toBe(403);
    const me = await s.api('/api/auth/me', { cookie: user.cookie });
    expect(me.status).toBe(200);
    expect(((await me.json()) as SignedInUser).mustChangePassword).toBe(true);

    const socket = s.connect(DOC, { cookie: user.cookie });
    cleanup.add(() => socket.destroy());
    await expect.poll(() => socket.terminal?.code, POLL).toBe(CLOSE.forbidden.code);

    const changed = await s.api('/api/auth/password', json('PUT', { currentPassword: TEMPORARY, newPassword: 'mijn-eigen-wachtwoord' }, user.cookie));
    expect(changed.status).toBe(204);
    expect(((await (await s.api('/api/auth/me', { cookie: user.cookie })).json()) as SignedInUser).mustChangePassword).toBe(false);
    expect((await s.api('/api/documents', { cookie: user.cookie })).status).toBe(200);
    const again = s.connect(DOC, { cookie: user.cookie });
    cleanup.add(() => again.destroy());
    await again.whenSynced();
    expect(again.terminal).toBeNull();
  });

  it('a marked account may still sign out', async () => {
    const s = await server();
    const user = await createMarked(s, 'Otto Uit', []);
    expect((await s.api('/api/auth/logout', { method: 'POST', cookie: user.cookie })).status).toBe(204);
    expect((await s.api('/api/auth/me', { cookie: user.cookie })).status).toBe(401);
  });

  it('a reset by a beheerder marks the account again; the first beheerder is not marked', async () => {
    const s = await server();
    const user = await s.createUser({ name: 'Rik Reset', grants: [{ scope: DOC, role: 'lezer' }] });
    expect((await s.api('/api/documents', { cookie: user.cookie })).status).toBe(200);

    expect((await s.api(`/api/users/${user.id}/password`, json('PUT', { newPassword: 'weer-tijdelijk-1' }))).status).toBe(204);
    const login = await signIn(s, user.email, 'weer-tijdelijk-1');
    expect(((await login.json()) as SignedInUser).mustChangePassword).toBe(true);
    expect((await s.api('/api/documents', { cookie: cookieFrom(login) })).status).toBe(403);

    const admin = (await (await s.api('/api/auth/me')).json()) as SignedInUser;
    expect(admin.mustChangePassword).toBe(false);
    expect((await s.api('/api/documents')).status).toBe(200);
  });
});

describe('deactivating an account', () => {
  it('closes open sockets with 4401, ends the session, and refuses sign-in as a wrong password would; reactivating lets them in', async () => {
    const s = await server();
    const user = await s.createUser({ name: 'Vera Vertrokken', grants: [{ scope: DOC, role: 'redacteur' }] });
    const socket = s.connect(DOC, { cookie: user.cookie });
    cleanup.add(() => socket.destroy());
    await socket.whenSynced();

    const off = await setActive(s, user.id, false);
    expect(off.status).toBe(200);
    expect(await off.json()).toMatchObject({ id: user.id, active: false });
    await expect.poll(() => socket.terminal?.code, POLL).toBe(CLOSE.notSignedIn.code);
    expect((await s.api('/api/auth/me', { cookie: user.cookie })).status).toBe(401);

    const refused = await signIn(s, user.email, user.password);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual(WRONG);
    expect(s.logs.some((e) => e.msg === 'sign-in refused: account deactivated' && e.userId === user.id)).toBe(true);

    const listed = (await (await s.api('/api/users')).json()) as (SignedInUser & { active: boolean })[];
    expect(listed.find((u) => u.id === user.id)?.active).toBe(false);
    expect(listed.find((u) => u.email === s.admin!.email)?.active).toBe(true);

    expect((await setActive(s, user.id, true)).status).toBe(200);
    const back = await signIn(s, user.email, user.password);
    expect(back.status).toBe(200);
    expect((await s.api('/api/documents', { cookie: cookieFrom(back) })).status).toBe(200);
  });

  it('the last active beheerder of all programmes cannot be deactivated (409); one’s own account is not one’s to block (403)', async () => {
    const s = await server();
    const me = (await (await s.api('/api/auth/me')).json()) as SignedInUser;
    const alone = await setActive(s, me.id, false);
    expect(alone.status).toBe(409);
    expect(((await alone.json()) as { error: string }).error).toContain('laatste actieve beheerder');

    const second = await s.createUser({ name: 'Bea Beheer', grants: [{ scope: '*', role: 'beheerder' }] });
    expect((await setActive(s, me.id, false)).status).toBe(403);
    expect((await setActive(s, me.id, false, second.cookie)).status).toBe(200);
    // A deactivated beheerder does not count: Bea is now the last one who can manage Koers.
    expect((await setActive(s, second.id, false, second.cookie)).status).toBe(409);
    expect((await s.api('/api/auth/me', { cookie: second.cookie })).status).toBe(200);
  });

  it('a redacteur cannot deactivate (403); a beheerder of one programme only users within it', async () => {
    const s = await server();
    const redacteur = await s.createUser({ name: 'Ruud Redacteur', grants: [{ scope: DOC, role: 'redacteur' }] });
    const lezer = await s.createUser({ name: 'Lia Lezer', grants: [{ scope: DOC, role: 'lezer' }] });
    const wide = await s.createUser({ name: 'Wim Wijd', grants: [{ scope: DOC, role: 'lezer' }, { scope: OTHER, role: 'lezer' }] });
    const beheerder = await s.createUser({ name: 'Bo Beheer', grants: [{ scope: DOC, role: 'beheerder' }] });

    expect((await setActive(s, lezer.id, false, redacteur.cookie)).status).toBe(403);
    expect((await setActive(s, wide.id, false, beheerder.cookie)).status).toBe(403);
    expect((await setActive(s, lezer.id, false, beheerder.cookie)).status).toBe(200);
    expect((await setActive(s, 'niemand', false)).status).toBe(404);
    expect((await s.api(`/api/users/${lezer.id}/active`, json('PUT', { active: 'nee' }))).status).toBe(400);
  });

  it('the rule: every grant of the user within scopes the beheerder manages', () => {
    const g = (scope: string, role: RoleGrant['role']): RoleGrant => ({ scope, role });
    expect(mayChangeAccountStatus([g('*', 'beheerder')], [])).toBe(true);
    expect(mayChangeAccountStatus([g('a', 'beheerder')], [g('a', 'lezer')])).toBe(true);
    expect(mayChangeAccountStatus([g('a', 'beheerder')], [g('a', 'lezer'), g('b', 'lezer')])).toBe(false);
    expect(mayChangeAccountStatus([g('a', 'beheerder')], [])).toBe(false);
    expect(mayChangeAccountStatus([g('a', 'redacteur')], [g('a', 'lezer')])).toBe(false);
  });
});
