/**
 * What must not get anyone in through OpenID Connect, against a real provider on 127.0.0.1
 * (tests/helpers/test-idp.ts): ID tokens tampered with, expired, for another client, from
 * another issuer, with another nonce, signed by a key the provider no longer publishes; a
 * callback replayed, brought by another browser, or older than ten minutes. Then what must keep
 * working: a provider that rotates its signing key, and a provider that was down and comes back.
 * Each refusal lands on #/aanmelden/<reason> without a session, creates no account, and is logged.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Cleanup } from '../helpers/cleanup.ts';
import { CookieJar, startKoersWithIdp, type KoersWithIdp } from '../helpers/oidc-flow.ts';
import { readIdToken } from '../helpers/test-idp.ts';

const cleanup = new Cleanup();
afterEach(async () => {
  vi.useRealTimers();
  await cleanup.run();
});

async function setUp(options: Parameters<typeof startKoersWithIdp>[0] = {}): Promise<KoersWithIdp> {
  const both = await startKoersWithIdp(options);
  cleanup.add(() => both.stop());
  both.idp.users.set('anna', { email: 'anna@testdorp.nl', name: 'Anna', groups: ['koers-redacteuren'] });
  return both;
}

async function accountCount(both: KoersWithIdp): Promise<number> {
  return ((await (await both.koers.api('/api/users')).json()) as unknown[]).length;
}

function expectRefused(both: KoersWithIdp, result: { location: string; cookie: string | null }, reason: string) {
  expect(result.location).toBe(`${both.koers.config.publicUrl}/#/aanmelden/${reason}`);
  expect(result.cookie).toBeNull();
  expect(both.koers.logs).toContainEqual(expect.objectContaining({ level: 'warn', msg: 'sign-in with OpenID Connect refused', reason }));
}

const now = () => Math.floor(Date.now() / 1000);

describe('ID tokens that must be refused', () => {
  it('a token whose claims were changed after signing (the signature no longer fits)', async () => {
    const both = await setUp();
    both.idp.rewriteIdToken = (token) => {
      const [header, payload, signature] = token.split('.');
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
      const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'beheerder', email: 'beheer@koers.test' })).toString('base64url');
      return `${header}.${forged}.${signature}`;
    };
    expectRefused(both, await both.signIn('anna'), 'mislukt');
    expect(await accountCount(both)).toBe(1);
    expect(both.koers.logs).toContainEqual(expect.objectContaining({ reason: 'mislukt', causeMessage: 'JWT signature verification failed' }));
  });

  it('a token that expired, even with a good signature', async () => {
    const both = await setUp();
    both.idp.rewriteIdToken = async (token) => both.idp.signIdToken({ ...readIdToken(token).claims, iat: now() - 7200, exp: now() - 3600 });
    expectRefused(both, await both.signIn('anna'), 'mislukt');
    expect(both.koers.logs).toContainEqual(expect.objectContaining({ reason: 'mislukt', errorCode: 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED' }));
  });

  it('a token for another client (wrong audience), even with a good signature', async () => {
    const both = await setUp();
    both.idp.rewriteIdToken = async (token) => both.idp.signIdToken({ ...readIdToken(token).claims, aud: 'een-andere-app' });
    expectRefused(both, await both.signIn('anna'), 'mislukt');
    expect(both.koers.logs).toContainEqual(expect.objectContaining({ reason: 'mislukt', claim: 'aud' }));
  });

  it('a token from another issuer, or with another nonce', async () => {
    const both = await setUp();
    both.idp.rewriteIdToken = async (token) => both.idp.signIdToken({ ...readIdToken(token).claims, iss: 'http://127.0.0.1:1/nep' });
    expectRefused(both, await both.signIn('anna'), 'mislukt');
    both.idp.rewriteIdToken = async (token) => both.idp.signIdToken({ ...readIdToken(token).claims, nonce: 'een-andere-nonce' });
    expectRefused(both, await both.signIn('anna'), 'mislukt');
    expect(await accountCount(both)).toBe(1);
  });

  it('a token signed by a key the provider does not publish', async () => {
    const both = await setUp();
    const retired = both.idp.currentKid();
    await both.idp.rotateKeys();
    both.idp.rewriteIdToken = async (token) => both.idp.signIdToken(readIdToken(token).claims, { kid: retired });
    expectRefused(both, await both.signIn('anna'), 'mislukt');
  });
});

describe('state', () => {
  it('a callback replayed after it signed someone in is refused', async () => {
    const both = await setUp();
    const jar = new CookieJar();
    const callbackUrl = await both.loginAtIdp(jar, await both.start(jar), 'anna');
    const replayJar = jar.clone();
    expect(await both.callback(jar, callbackUrl)).toBe(`${both.koers.config.publicUrl}/#/`);
    expect(jar.get('koers_sessie')).toBeDefined();
    const replayed = await both.callback(replayJar, callbackUrl);
    expectRefused(both, { location: replayed, cookie: replayJar.get('koers_sessie') ?? null }, 'verlopen');
    expect(both.koers.logs).toContainEqual(expect.objectContaining({ reason: 'verlopen', problem: 'state refused: unknown-state' }));
  });

  it('a callback brought by another browser (login CSRF) is refused, and does not burn the real one', async () => {
    const both = await setUp();
    const jar = new CookieJar();
    const callbackUrl = await both.loginAtIdp(jar, await both.start(jar), 'anna');
    const victim = new CookieJar();
    const planted = await both.callback(victim, callbackUrl);
    expectRefused(both, { location: planted, cookie: victim.get('koers_sessie') ?? null }, 'verlopen');
    expect(both.koers.logs).toContainEqual(expect.objectContaining({ problem: 'state refused: other-browser' }));
    expect(await both.callback(jar, callbackUrl)).toBe(`${both.koers.config.publicUrl}/#/`);
    expect(jar.get('koers_sessie')).toBeDefined();
  });

  it('a sign-in that took more than ten minutes has expired', async () => {
    const both = await setUp();
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    const jar = new CookieJar();
    const callbackUrl = await both.loginAtIdp(jar, await both.start(jar), 'anna');
    vi.setSystemTime(Date.now() + 11 * 60_000);
    const late = await both.callback(jar, callbackUrl);
    expectRefused(both, { location: late, cookie: jar.get('koers_sessie') ?? null }, 'verlopen');
    expect(both.koers.logs).toContainEqual(expect.objectContaining({ problem: 'state refused: expired' }));
  });

  it('a callback without state or with a made-up one is refused', async () => {
    const both = await setUp();
    const base = `${both.koers.config.publicUrl}/api/auth/oidc/callback`;
    for (const query of ['?code=abc', '?code=abc&state=verzonnen']) {
      const jar = new CookieJar();
      expectRefused(both, { location: await both.callback(jar, base + query), cookie: jar.get('koers_sessie') ?? null }, 'verlopen');
    }
  });
});

describe('keys and availability', () => {
  it('keeps working when the provider rotates its signing key: the new key is fetched', async () => {
    const both = await setUp();
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    expect((await both.signIn('anna')).cookie).not.toBeNull();
    const fetchesBefore = both.idp.jwksFetches();
    const oldKid = both.idp.currentKid();
    await both.idp.rotateKeys();
    expect(both.idp.currentKid()).not.toBe(oldKid);
    // openid-client fetches the JWKS again for an unknown key once its copy is a minute old.
    vi.setSystemTime(Date.now() + 61_000);
    const after = await both.signIn('anna');
    expect(after.location).toBe(`${both.koers.config.publicUrl}/#/`);
    expect(after.cookie).not.toBeNull();
    expect(both.idp.jwksFetches()).toBeGreaterThan(fetchesBefore);
  });

  it('a provider that is down gets a Dutch "not reachable", and sign-in works again when it is back', async () => {
    const both = await setUp();
    await both.idp.stop();
    expectRefused(both, await both.signIn('anna'), 'onbereikbaar');
    expect(both.koers.logs).toContainEqual(expect.objectContaining({ reason: 'onbereikbaar', route: 'start', step: 'discovery' }));
    await both.idp.start();
    expect((await both.signIn('anna')).cookie).not.toBeNull();

    // Down between the login and the callback: the code exchange cannot reach it.
    const jar = new CookieJar();
    const callbackUrl = await both.loginAtIdp(jar, await both.start(jar), 'anna');
    await both.idp.stop();
    const failed = await both.callback(jar, callbackUrl);
    expectRefused(both, { location: failed, cookie: null }, 'onbereikbaar');
  });

  it('a wrong client secret or issuer is reported as a configuration problem, without the secret in the log', async () => {
    const both = await setUp({ provider: { clientSecret: 'een-verkeerd-geheim-van-de-beheerder' } });
    expectRefused(both, await both.signIn('anna'), 'instellingen');
    expect(both.koers.logs).toContainEqual(expect.objectContaining({ reason: 'instellingen', providerError: 'invalid_client' }));
    expect(JSON.stringify(both.koers.logs)).not.toContain('een-verkeerd-geheim-van-de-beheerder');

    // The provider calls itself 127.0.0.1; configured as localhost, its metadata names another issuer.
    const mismatch = await startKoersWithIdp({ provider: (idp) => ({ issuer: `http://localhost:${idp.port}` }) });
    cleanup.add(() => mismatch.stop());
    mismatch.idp.users.set('anna', { email: 'anna@testdorp.nl' });
    expectRefused(mismatch, await mismatch.signIn('anna'), 'instellingen');
    expect(mismatch.koers.logs).toContainEqual(expect.objectContaining({ reason: 'instellingen', route: 'start', step: 'discovery', errorCode: 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED' }));
  });
});
