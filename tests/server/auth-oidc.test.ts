/**
 * Sign-in at the organisation (OpenID Connect) against a real provider (`oidc-provider` on
 * 127.0.0.1, tests/helpers/test-idp.ts), over real HTTP: the first sign-in of an unknown user
 * (an account without rights), linking by e-mail only when the provider vouches for it, group
 * mappings kept by a beheerder (REST, reach by scope, grants following the groups at each
 * sign-in), someone blocked at the provider or in Koers, sign-out at the provider too
 * (RP-initiated logout), KOERS_LOCAL_LOGIN=false, and logs without secrets.
 * The attacks on tokens and state are in auth-oidc-attacks.test.ts. Everything runs on both
 * storage backends: SQLite, and PostgreSQL (KOERS_DATABASE_URL, a schema of its own per test).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Cleanup } from '../helpers/cleanup.ts';
import { CookieJar, startKoersWithIdp, type KoersWithIdp } from '../helpers/oidc-flow.ts';
import { createTestSchema, TEST_DATABASE_URL } from '../helpers/postgres.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const BACKENDS = ['SQLite', 'PostgreSQL'] as const;
let backend: (typeof BACKENDS)[number] = 'SQLite';

async function setUp(options: Parameters<typeof startKoersWithIdp>[0] = {}): Promise<KoersWithIdp> {
  if (backend === 'PostgreSQL') {
    const schema = createTestSchema({ migrate: false });
    cleanup.add(() => schema.drop());
    options = { ...options, koers: { databaseUrl: TEST_DATABASE_URL, databaseSchema: schema.schema, ...options.koers } };
  }
  const both = await startKoersWithIdp(options);
  cleanup.add(() => both.stop());
  return both;
}

const json = { 'content-type': 'application/json' };

async function me(both: KoersWithIdp, cookie: string | null) {
  const response = await both.koers.api('/api/auth/me', { cookie });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

for (const name of BACKENDS) {
  describe(`on ${name}`, () => {
    beforeEach(() => {
      backend = name;
    });

    describe('sign-in at the organisation', () => {
      it('offers the provider on the sign-in page by its name, beside the password form', async () => {
        const both = await setUp();
        const methods = await both.koers.api('/api/auth/methods', { cookie: null });
        expect(methods.status).toBe(200);
        expect(await methods.json()).toEqual({ local: true, providers: [{ id: 'oidc', name: 'Gemeente Testdorp' }] });
      });

      it('creates an account without rights on the first sign-in, lands on the page asked for, and lists it for beheerders', async () => {
        const both = await setUp();
        both.idp.users.set('anna', { email: 'anna@testdorp.nl', name: 'Anna de Vries' });
        const { location, cookie } = await both.signIn('anna', { returnTo: '#/programma/bestaanszekerheid' });
        expect(location).toBe(`${both.koers.config.publicUrl}/#/programma/bestaanszekerheid`);
        expect(cookie).not.toBeNull();
        const signedIn = await me(both, cookie);
        expect(signedIn.status).toBe(200);
        expect(signedIn.body).toMatchObject({ kind: 'user', email: 'anna@testdorp.nl', name: 'Anna de Vries', grants: [], passwordless: true });
        // Without rights nothing opens.
        expect((await both.koers.api('/api/documents/bestaanszekerheid', { cookie })).status).toBe(403);

        const users = (await (await both.koers.api('/api/users')).json()) as Record<string, unknown>[];
        expect(users.find((u) => u.email === 'anna@testdorp.nl')).toMatchObject({ grants: [], active: true, providers: ['oidc'], groupGrants: [] });

        // The second sign-in finds the same account.
        const again = await both.signIn('anna');
        expect((await me(both, again.cookie)).body.id).toBe(signedIn.body.id);
        expect(((await (await both.koers.api('/api/users')).json()) as unknown[]).length).toBe(2);
      });

      it('has no password: password sign-in, a change and a reset are all refused', async () => {
        const both = await setUp();
        both.idp.users.set('bert', { email: 'bert@testdorp.nl', name: 'Bert' });
        const { cookie } = await both.signIn('bert');
        const login = await both.koers.api('/api/auth/login', { method: 'POST', cookie: null, headers: json, body: JSON.stringify({ email: 'bert@testdorp.nl', password: '' }) });
        expect(login.status).toBe(400);
        const guess = await both.koers.api('/api/auth/login', { method: 'POST', cookie: null, headers: json, body: JSON.stringify({ email: 'bert@testdorp.nl', password: 'x' }) });
        expect(guess.status).toBe(401);
        const change = await both.koers.api('/api/auth/password', { method: 'PUT', cookie, headers: json, body: JSON.stringify({ currentPassword: 'x', newPassword: 'een-nieuw-wachtwoord' }) });
        expect(change.status).toBe(403);
        const id = (await me(both, cookie)).body.id as string;
        const reset = await both.koers.api(`/api/users/${id}/password`, { method: 'PUT', headers: json, body: JSON.stringify({ newPassword: 'een-tijdelijk-wachtwoord' }) });
        expect(reset.status).toBe(409);
        expect(await reset.json()).toEqual({ error: 'Dit account meldt zich aan via de organisatie en heeft geen wachtwoord in Koers.' });
      });

      it('links to an existing account by e-mail only when the provider vouches for the address', async () => {
        const both = await setUp();
        const local = await both.koers.createUser({ name: 'Carla', email: 'carla@testdorp.nl', grants: [{ scope: 'gezond-samenleven', role: 'lezer' }] });
        both.idp.users.set('carla-onbevestigd', { email: 'carla@testdorp.nl', emailVerified: false });
        const refused = await both.signIn('carla-onbevestigd');
        expect(refused.location).toBe(`${both.koers.config.publicUrl}/#/aanmelden/email-bezet`);
        expect(refused.cookie).toBeNull();

        both.idp.users.set('carla', { email: 'Carla@Testdorp.nl', emailVerified: true });
        const linked = await both.signIn('carla');
        expect(await me(both, linked.cookie).then((m) => m.body)).toMatchObject({ id: local.id, grants: [{ scope: 'gezond-samenleven', role: 'lezer' }] });
        // Her password still works too: the account is the same.
        await both.koers.login(local.email, local.password);
      });

      it('refuses someone without an e-mail address', async () => {
        const both = await setUp();
        both.idp.users.set('zonder', { name: 'Zonder Adres' });
        const { location, cookie } = await both.signIn('zonder');
        expect(location).toMatch(/#\/aanmelden\/geen-email$/);
        expect(cookie).toBeNull();
      });

      it('a user blocked at the provider cannot start a session; one blocked in Koers neither', async () => {
        const both = await setUp();
        both.idp.users.set('oud-collega', { email: 'oud@testdorp.nl', disabled: true });
        const blocked = await both.signIn('oud-collega');
        expect(blocked.location).toMatch(/#\/aanmelden\/geweigerd$/);
        expect(blocked.cookie).toBeNull();
        expect(both.koers.logs).toContainEqual(expect.objectContaining({ msg: 'sign-in with OpenID Connect refused', reason: 'geweigerd', providerError: 'access_denied' }));

        both.idp.users.set('dirk', { email: 'dirk@testdorp.nl' });
        const first = await both.signIn('dirk');
        const id = (await me(both, first.cookie)).body.id as string;
        const off = await both.koers.api(`/api/users/${id}/active`, { method: 'PUT', headers: json, body: JSON.stringify({ active: false }) });
        expect(off.status).toBe(200);
        expect((await me(both, first.cookie)).status).toBe(401);
        const again = await both.signIn('dirk');
        expect(again.location).toMatch(/#\/aanmelden\/uitgeschakeld$/);
        expect(again.cookie).toBeNull();
      });

      it('signing out ends the Koers session and hands the provider’s end-session URL to the page', async () => {
        const both = await setUp();
        both.idp.users.set('eva', { email: 'eva@testdorp.nl' });
        const { cookie } = await both.signIn('eva');
        const out = await both.koers.api('/api/auth/logout', { method: 'POST', cookie, headers: json });
        expect(out.status).toBe(200);
        const { endSessionUrl } = (await out.json()) as { endSessionUrl: string };
        const url = new URL(endSessionUrl);
        expect(`${url.origin}${url.pathname}`).toBe(`${both.idp.issuer}/session/end`);
        expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${both.koers.config.publicUrl}/`);
        expect(url.searchParams.get('client_id')).toBe(both.idp.clientId);
        expect(url.searchParams.get('id_token_hint')).toMatch(/^ey/);
        expect((await me(both, cookie)).status).toBe(401);
        // A password session signs out as before.
        const local = await both.koers.api('/api/auth/logout', { method: 'POST', headers: json });
        expect(local.status).toBe(204);
      });

      it('logs what the servicedesk needs and no secret, token or code', async () => {
        const both = await setUp();
        both.idp.users.set('fien', { email: 'fien@testdorp.nl' });
        const jar = new CookieJar();
        const authorization = await both.start(jar);
        const callbackUrl = await both.loginAtIdp(jar, authorization, 'fien');
        await both.callback(jar, callbackUrl);
        both.idp.users.set('geweigerd', { email: 'x@testdorp.nl', disabled: true });
        await both.signIn('geweigerd');
        const code = new URL(callbackUrl).searchParams.get('code')!;
        const state = new URL(callbackUrl).searchParams.get('state')!;
        const text = JSON.stringify(both.koers.logs);
        for (const secret of [both.idp.clientSecret, code, state, jar.get('koers_sessie')!, jar.get('koers_oidc')!]) expect(text).not.toContain(secret);
        expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\./); // no JWT
        expect(both.koers.logs).toContainEqual(expect.objectContaining({ msg: 'signed in with OpenID Connect', provider: 'oidc' }));
        expect(both.koers.logs).toContainEqual(
          expect.objectContaining({ msg: 'server started', oidcProviders: [expect.objectContaining({ id: 'oidc', issuer: both.idp.issuer, clientId: both.idp.clientId })] }),
        );
      });
    });

    describe('group -> role mappings', () => {
      const map = (both: KoersWithIdp, body: Record<string, unknown>, cookie?: string) =>
        both.koers.api('/api/oidc/group-roles', { method: 'POST', headers: json, body: JSON.stringify({ provider: 'oidc', ...body }), ...(cookie ? { cookie } : {}) });

      it('gives the mapped roles at sign-in, and takes them away when the user leaves the group', async () => {
        const both = await setUp();
        const added = await map(both, { group: 'koers-redacteuren', scope: 'bestaanszekerheid', role: 'redacteur' });
        expect(added.status).toBe(201);
        expect(await added.json()).toMatchObject({ provider: 'oidc', group: 'koers-redacteuren', scope: 'bestaanszekerheid', role: 'redacteur' });
        expect((await map(both, { group: 'koers-lezers', scope: '*', role: 'lezer' })).status).toBe(201);
        expect((await map(both, { group: 'koers-redacteuren', scope: 'bestaanszekerheid', role: 'redacteur' })).status).toBe(409);

        both.idp.users.set('hans', { email: 'hans@testdorp.nl', groups: ['koers-redacteuren', 'koers-lezers', 'iets-anders'] });
        const first = await both.signIn('hans');
        const hans = (await me(both, first.cookie)).body;
        expect(hans.grants).toEqual([
          { scope: '*', role: 'lezer' },
          { scope: 'bestaanszekerheid', role: 'redacteur' },
        ]);
        expect((await both.koers.api('/api/documents/bestaanszekerheid', { cookie: first.cookie })).status).toBe(200);

        // A beheerder adds a role by hand; it stays whatever the groups say.
        const byHand = await both.koers.api(`/api/users/${hans.id as string}/grants`, {
          method: 'PUT',
          headers: json,
          body: JSON.stringify({ grants: [...(hans.grants as object[]), { scope: 'kansengelijkheid', role: 'facilitator' }] }),
        });
        expect(byHand.status).toBe(200);

        both.idp.users.set('hans', { email: 'hans@testdorp.nl', groups: ['koers-lezers'] });
        const second = await both.signIn('hans');
        expect((await me(both, second.cookie)).body.grants).toEqual([
          { scope: '*', role: 'lezer' },
          { scope: 'kansengelijkheid', role: 'facilitator' },
        ]);
        const listed = ((await (await both.koers.api('/api/users')).json()) as Record<string, unknown>[]).find((u) => u.id === hans.id);
        expect(listed?.groupGrants).toEqual([{ scope: '*', role: 'lezer' }]);

        // A mapping removed counts from the next sign-in.
        const { mappings } = (await (await both.koers.api('/api/oidc/group-roles')).json()) as { mappings: { id: string; group: string }[] };
        const lezers = mappings.find((m) => m.group === 'koers-lezers')!;
        expect((await both.koers.api(`/api/oidc/group-roles/${lezers.id}`, { method: 'DELETE', headers: json })).status).toBe(204);
        const third = await both.signIn('hans');
        expect((await me(both, third.cookie)).body.grants).toEqual([{ scope: 'kansengelijkheid', role: 'facilitator' }]);
      });

      it('is kept by beheerders within their own scopes only, and refused to others in Dutch', async () => {
        const both = await setUp();
        const beheerderGs = await both.koers.createUser({ name: 'Beheer GS', grants: [{ scope: 'gezond-samenleven', role: 'beheerder' }] });
        const redacteur = await both.koers.createUser({ name: 'Rita', grants: [{ scope: 'gezond-samenleven', role: 'redacteur' }] });
        expect((await map(both, { group: 'a', scope: 'gezond-samenleven', role: 'lezer' }, redacteur.cookie)).status).toBe(403);
        const outside = await map(both, { group: 'a', scope: 'bestaanszekerheid', role: 'lezer' }, beheerderGs.cookie);
        expect(outside.status).toBe(403);
        expect(await outside.json()).toMatchObject({ error: 'Je mag alleen koppelingen maken of verwijderen voor programma’s die je zelf beheert.', field: 'scope' });
        expect((await map(both, { group: 'a', scope: 'gezond-samenleven', role: 'lezer' }, beheerderGs.cookie)).status).toBe(201);
        expect((await map(both, { group: 'b', scope: '*', role: 'beheerder' })).status).toBe(201);

        const seen = (await (await both.koers.api('/api/oidc/group-roles', { cookie: beheerderGs.cookie })).json()) as { providers: unknown[]; mappings: { group: string; id: string }[] };
        expect(seen.providers).toEqual([{ id: 'oidc', name: 'Gemeente Testdorp', groupsClaim: 'groups' }]);
        expect(seen.mappings.map((m) => m.group)).toEqual(['a']);
        const all = (await (await both.koers.api('/api/oidc/group-roles')).json()) as { mappings: { group: string; id: string }[] };
        const ofAll = all.mappings.find((m) => m.group === 'b')!;
        expect((await both.koers.api(`/api/oidc/group-roles/${ofAll.id}`, { method: 'DELETE', headers: json, cookie: beheerderGs.cookie })).status).toBe(403);

        for (const [body, field] of [
          [{ provider: 'onbekend', group: 'a', scope: 'gezond-samenleven', role: 'lezer' }, 'provider'],
          [{ group: ' ', scope: 'gezond-samenleven', role: 'lezer' }, 'group'],
          [{ group: 'a', scope: '', role: 'lezer' }, 'scope'],
          [{ group: 'a', scope: 'gezond-samenleven', role: 'baas' }, 'role'],
        ] as const) {
          const bad = await map(both, body);
          expect(bad.status).toBe(400);
          expect(await bad.json()).toMatchObject({ field });
        }
      });
    });

    describe('KOERS_LOCAL_LOGIN=false', () => {
      it('refuses password sign-in on the server and says so to the sign-in page', async () => {
        const both = await setUp({ koers: { localLogin: false, adminEmail: undefined } });
        const methods = await both.koers.api('/api/auth/methods', { cookie: null });
        expect(await methods.json()).toEqual({ local: false, providers: [{ id: 'oidc', name: 'Gemeente Testdorp' }] });
        const login = await both.koers.api('/api/auth/login', { method: 'POST', cookie: null, headers: json, body: JSON.stringify({ email: 'a@b.nl', password: 'een-wachtwoord' }) });
        expect(login.status).toBe(403);
        expect(await login.json()).toEqual({ error: 'Aanmelden met een wachtwoord staat uit in Koers. Log in via je organisatie.' });
        both.idp.users.set('ina', { email: 'ina@testdorp.nl' });
        expect((await both.signIn('ina')).cookie).not.toBeNull();
      });
    });
  });
}
