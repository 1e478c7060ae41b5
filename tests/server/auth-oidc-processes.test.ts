/**
 * Sign-in at the organisation behind a load balancer: the browser starts on one Koers process
 * and the provider's callback reaches another. Two servers in this test process on one SQLite
 * file and the machine's Redis (a prefix of the test's own), one test provider; the callback
 * is sent to the other server as a balancer would. The started sign-in is shared through Redis
 * and can be used once, wherever it arrives.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { Cleanup } from '../helpers/cleanup.ts';
import { CookieJar, startKoersWithIdp } from '../helpers/oidc-flow.ts';
import { startTestServer } from '../helpers/test-server.ts';

const REDIS_URL = 'redis://127.0.0.1:6379';
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

describe('sign-in with OpenID Connect on several processes', () => {
  it('a sign-in started on A finishes on B, once', async () => {
    const shared = { redisUrl: REDIS_URL, redisPrefix: `koers-test-${randomUUID()}:` };
    const flow = await startKoersWithIdp({ koers: shared });
    cleanup.add(() => flow.stop());
    const a = flow.koers;
    const b = await startTestServer({ ...shared, dataDir: a.dataDir, publicUrl: a.config.publicUrl, heartbeatMs: 60_000, oidcProviders: [flow.provider] });
    cleanup.add(() => b.dispose());
    flow.idp.users.set('anna', { email: 'anna@testdorp.nl', name: 'Anna de Vries' });

    const jar = new CookieJar();
    const authorization = await flow.start(jar, '#/programma/kansengelijkheid');
    const callbackUrl = new URL(await flow.loginAtIdp(jar, authorization, 'anna'));
    const onB = `${b.url}${callbackUrl.pathname}${callbackUrl.search}`;
    const replay = jar.clone();

    expect(await flow.callback(jar, onB)).toBe(`${a.config.publicUrl}/#/programma/kansengelijkheid`);
    const cookie = `koers_sessie=${jar.get('koers_sessie')}`;
    for (const s of [a, b]) expect(((await (await s.api('/api/auth/me', { cookie })).json()) as { email: string }).email).toBe('anna@testdorp.nl');

    // The same callback again, on either process: the sign-in was used.
    expect(await flow.callback(replay.clone(), callbackUrl.href)).toBe(`${a.config.publicUrl}/#/aanmelden/verlopen`);
    expect(await flow.callback(replay.clone(), onB)).toBe(`${a.config.publicUrl}/#/aanmelden/verlopen`);
  }, 60_000);
});
