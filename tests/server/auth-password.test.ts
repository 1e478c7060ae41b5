/**
 * Passwords after the account exists, over real HTTP: changing one's own (the current one is
 * asked for, the other sessions end and their sockets close, this one stays; wrong guesses meet
 * the sign-in delay) and a beheerder's reset to a new temporary password (every session ends),
 * only for users whose grants the beheerder manages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { RoleGrant } from '../../shared/auth/roles.ts';
import { CLOSE } from '../../shared/protocol.ts';
import { mayResetPassword } from '../../shared/auth/roles.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const DOC = 'gezond-samenleven';
const OTHER = 'bestaanszekerheid';
const POLL = { timeout: 15_000, interval: 20 };
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

async function server(): Promise<TestServer> {
  const s = await startTestServer({ heartbeatMs: 60_000 });
  cleanup.add(() => s.dispose());
  return s;
}

function put(s: TestServer, path: string, body: unknown, cookie?: string | null) {
  return s.api(path, { method: 'PUT', cookie, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

function loginStatus(s: TestServer, email: string, password: string) {
  return s
    .api('/api/auth/login', { method: 'POST', cookie: null, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })
    .then((r) => r.status);
}

const meStatus = (s: TestServer, cookie: string) => s.api('/api/auth/me', { cookie }).then((r) => r.status);

describe('changing one’s own password', () => {
  it('the new password works, the old one not; other sessions end and their sockets close with 4401, this one stays', async () => {
    const s = await server();
    const user = await s.createUser({ name: 'Rik Redacteur', grants: [{ scope: DOC, role: 'redacteur' }] });
    const otherCookie = await s.login(user.email, user.password);
    const here = s.connect(DOC, { cookie: user.cookie });
    const elsewhere = s.connect(DOC, { cookie: otherCookie });
    cleanup.add(() => here.destroy());
    cleanup.add(() => elsewhere.destroy());
    await here.whenSynced();
    await elsewhere.whenSynced();

    const response = await put(s, '/api/auth/password', { currentPassword: user.password, newPassword: 'een-nieuw-wachtwoord' }, user.cookie);
    expect(response.status).toBe(204);

    await expect.poll(() => elsewhere.terminal?.code, POLL).toBe(CLOSE.notSignedIn.code);
    expect(await meStatus(s, otherCookie)).toBe(401);
    expect(await meStatus(s, user.cookie)).toBe(200);
    expect(here.terminal).toBeNull();
    expect(here.provider.wsconnected).toBe(true);
    expect(await loginStatus(s, user.email, user.password)).toBe(401);
    expect(await loginStatus(s, user.email, 'een-nieuw-wachtwoord')).toBe(200);
    expect(JSON.stringify(s.logs)).not.toContain('een-nieuw-wachtwoord');
  });

  it('refuses a wrong current password with 403 (the session stays), and the 4th wrong guess waits like sign-in', async () => {
    const s = await server();
    const user = await s.createUser({ name: 'Lotte Lezer', grants: [{ scope: DOC, role: 'lezer' }] });
    for (let i = 0; i < 3; i++) {
      const wrong = await put(s, '/api/auth/password', { currentPassword: `fout-${i}-wachtwoord`, newPassword: 'een-nieuw-wachtwoord' }, user.cookie);
      expect(wrong.status).toBe(403);
      expect(await wrong.json()).toEqual({ error: 'Je huidige wachtwoord klopt niet.', field: 'currentPassword' });
    }
    expect(await meStatus(s, user.cookie)).toBe(200);
    const fourth = await put(s, '/api/auth/password', { currentPassword: 'fout-4-wachtwoord', newPassword: 'een-nieuw-wachtwoord' }, user.cookie);
    expect(fourth.status).toBe(429);
    expect(Number(fourth.headers.get('retry-after'))).toBe(1);
    expect(((await fourth.json()) as { error: string }).error).toMatch(/^Te veel mislukte pogingen/);
    // While the wait lasts the right password is not checked, here nor at sign-in: one budget per account.
    expect((await put(s, '/api/auth/password', { currentPassword: user.password, newPassword: 'een-nieuw-wachtwoord' }, user.cookie)).status).toBe(429);
    expect(await loginStatus(s, user.email, user.password)).toBe(429);
    expect(await loginStatus(s, user.email, 'een-nieuw-wachtwoord')).toBe(429);
  });

  it('refuses a too short, missing or unchanged password with 400 and a Dutch message, before checking anything', async () => {
    const s = await server();
    const user = await s.createUser({ name: 'Rik Redacteur', grants: [{ scope: DOC, role: 'redacteur' }] });
    const short = await put(s, '/api/auth/password', { currentPassword: user.password, newPassword: 'kort' }, user.cookie);
    expect(short.status).toBe(400);
    expect(await short.json()).toEqual({ error: 'Kies een wachtwoord van minstens 10 tekens.', field: 'newPassword' });
    const missing = await put(s, '/api/auth/password', { newPassword: 'een-nieuw-wachtwoord' }, user.cookie);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ error: 'Vul je huidige wachtwoord in.', field: 'currentPassword' });
    const same = await put(s, '/api/auth/password', { currentPassword: user.password, newPassword: user.password }, user.cookie);
    expect(same.status).toBe(400);
    expect(((await same.json()) as { field: string }).field).toBe('newPassword');
    const notJson = await s.api('/api/auth/password', { method: 'PUT', cookie: user.cookie, headers: { 'content-type': 'application/json' }, body: '{' });
    expect(notJson.status).toBe(400);
    expect(await loginStatus(s, user.email, user.password)).toBe(200);
  });

  it('is closed without a session (401) and to werkatelier participants (403)', async () => {
    const s = await server();
    const body = { currentPassword: 'wat-dan-ook-123', newPassword: 'een-nieuw-wachtwoord' };
    expect((await put(s, '/api/auth/password', body, null)).status).toBe(401);
    const participant = s.auth.createParticipantSession({ id: 'deelnemer-1', name: 'Deelnemer', workshopId: 'w-1' });
    const refused = await put(s, '/api/auth/password', body, participant.cookie);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toContain('account');
  });
});

describe('a beheerder resetting a password', () => {
  it('sets a new temporary password and ends all the user’s sessions, closing their sockets with 4401', async () => {
    const s = await server();
    const user = await s.createUser({ name: 'Rik Redacteur', grants: [{ scope: DOC, role: 'redacteur' }] });
    const secondCookie = await s.login(user.email, user.password);
    const socket = s.connect(DOC, { cookie: user.cookie });
    const adminSocket = s.connect(DOC);
    cleanup.add(() => socket.destroy());
    cleanup.add(() => adminSocket.destroy());
    await socket.whenSynced();
    await adminSocket.whenSynced();

    const response = await put(s, `/api/users/${user.id}/password`, { newPassword: 'tijdelijk-wachtwoord-1' });
    expect(response.status).toBe(204);
    await expect.poll(() => socket.terminal?.code, POLL).toBe(CLOSE.notSignedIn.code);
    expect(await meStatus(s, user.cookie)).toBe(401);
    expect(await meStatus(s, secondCookie)).toBe(401);
    expect(await meStatus(s, s.adminCookie)).toBe(200);
    expect(adminSocket.provider.wsconnected).toBe(true);
    expect(await loginStatus(s, user.email, user.password)).toBe(401);
    expect(await loginStatus(s, user.email, 'tijdelijk-wachtwoord-1')).toBe(200);
  });

  it('refuses a redacteur (403), a too short password (400), an unknown user (404) and one’s own account (403)', async () => {
    const s = await server();
    const redacteur = await s.createUser({ name: 'Rik Redacteur', grants: [{ scope: DOC, role: 'redacteur' }] });
    const colleague = await s.createUser({ name: 'Lotte Lezer', grants: [{ scope: DOC, role: 'lezer' }] });
    const byRedacteur = await put(s, `/api/users/${colleague.id}/password`, { newPassword: 'tijdelijk-wachtwoord-1' }, redacteur.cookie);
    expect(byRedacteur.status).toBe(403);
    expect(((await byRedacteur.json()) as { error: string }).error).toMatch(/^Je rol staat dit niet toe/);
    expect((await put(s, `/api/users/${colleague.id}/password`, { newPassword: 'kort' })).status).toBe(400);
    expect((await put(s, '/api/users/niemand/password', { newPassword: 'tijdelijk-wachtwoord-1' })).status).toBe(404);
    const admin = (await (await s.api('/api/auth/me')).json()) as { id: string };
    const own = await put(s, `/api/users/${admin.id}/password`, { newPassword: 'tijdelijk-wachtwoord-1' });
    expect(own.status).toBe(403);
    expect(((await own.json()) as { error: string }).error).toContain('Wachtwoord wijzigen');
    expect(await loginStatus(s, colleague.email, colleague.password)).toBe(200);
    expect(await meStatus(s, s.adminCookie)).toBe(200);
  });

  it('a beheerder of one programme resets only users whose grants all lie in that programme', async () => {
    const s = await server();
    const managerA = await s.createUser({ name: 'Beheerder A', grants: [{ scope: DOC, role: 'beheerder' }] });
    const inA = await s.createUser({ name: 'Alleen A', grants: [{ scope: DOC, role: 'lezer' }] });
    const inB = await s.createUser({ name: 'Alleen B', grants: [{ scope: OTHER, role: 'redacteur' }] });
    const inBoth = await s.createUser({ name: 'A en B', grants: [{ scope: DOC, role: 'lezer' }, { scope: OTHER, role: 'beheerder' }] });
    const noGrants = await s.createUser({ name: 'Zonder rol', grants: [] });
    const reset = (id: string, cookie: string) => put(s, `/api/users/${id}/password`, { newPassword: 'tijdelijk-wachtwoord-1' }, cookie).then((r) => r.status);

    expect(await reset(inB.id, managerA.cookie)).toBe(403);
    // Knowing the new password gives every right of the user, so one grant outside is enough to refuse.
    expect(await reset(inBoth.id, managerA.cookie)).toBe(403);
    expect(await reset(noGrants.id, managerA.cookie)).toBe(403);
    expect(await meStatus(s, inB.cookie)).toBe(200);
    expect(await meStatus(s, inBoth.cookie)).toBe(200);
    expect(await reset(inA.id, managerA.cookie)).toBe(204);
    expect(await meStatus(s, inA.cookie)).toBe(401);
    // The beheerder of all programmes may reset anyone else.
    expect(await reset(inBoth.id, s.adminCookie)).toBe(204);
    expect(await reset(noGrants.id, s.adminCookie)).toBe(204);
  });
});

describe('mayResetPassword', () => {
  const g = (scope: string, role: RoleGrant['role']): RoleGrant => ({ scope, role });

  it('needs every grant of the user within a managed scope; no grants needs the beheerder of all', () => {
    expect(mayResetPassword([g('*', 'beheerder')], [g('a', 'lezer'), g('*', 'redacteur')])).toBe(true);
    expect(mayResetPassword([g('*', 'beheerder')], [])).toBe(true);
    expect(mayResetPassword([g('a', 'beheerder')], [g('a', 'lezer'), g('a', 'facilitator')])).toBe(true);
    expect(mayResetPassword([g('a', 'beheerder'), g('b', 'beheerder')], [g('a', 'lezer'), g('b', 'redacteur')])).toBe(true);
    expect(mayResetPassword([g('a', 'beheerder')], [g('a', 'lezer'), g('b', 'lezer')])).toBe(false);
    expect(mayResetPassword([g('a', 'beheerder')], [g('*', 'lezer')])).toBe(false);
    expect(mayResetPassword([g('a', 'beheerder')], [])).toBe(false);
    expect(mayResetPassword([g('a', 'redacteur')], [g('a', 'lezer')])).toBe(false);
  });
});
