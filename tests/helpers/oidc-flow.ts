/**
 * Sign-in at a test provider (tests/helpers/test-idp.ts) driven with fetch the way a browser
 * goes: one cookie jar for 127.0.0.1 (cookies do not care about ports), redirects followed by
 * hand so each step can be looked at or replayed. `startKoersWithIdp` starts both on free ports,
 * Koers with KOERS_PUBLIC_URL and the provider configured.
 */
import type { OidcProviderConfig } from '../../server/auth/oidc/provider-config.ts';
import type { StartOptions } from '../../server/start.ts';
import { startTestServer, type TestServer } from './test-server.ts';
import { freePort, startTestIdp, type TestIdp } from './test-idp.ts';

export class CookieJar {
  private readonly cookies = new Map<string, string>();

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** A copy: the same browser at another moment (for replays). */
  clone(): CookieJar {
    const copy = new CookieJar();
    for (const [name, value] of this.cookies) copy.cookies.set(name, value);
    return copy;
  }
}

async function browse(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const cookie = jar.header();
  if (cookie) headers.set('cookie', cookie);
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.take(response);
  return response;
}

function locationOf(response: Response, base: string): string {
  const location = response.headers.get('location');
  if (!location) throw new Error(`expected a redirect, got ${response.status}`);
  return new URL(location, base).href;
}

export interface KoersWithIdp {
  koers: TestServer;
  idp: TestIdp;
  provider: OidcProviderConfig;
  /** GET /api/auth/oidc/start: answers where Koers sends the browser (the provider, or a #/aanmelden/<reason>). */
  start(jar: CookieJar, returnTo?: string): Promise<string>;
  /** At the provider: from its authorization URL through the login form to the callback URL it sends back to Koers. */
  loginAtIdp(jar: CookieJar, authorizationUrl: string, username: string): Promise<string>;
  /** GET the callback: answers where Koers sends the browser next. */
  callback(jar: CookieJar, callbackUrl: string): Promise<string>;
  /** All three: answers the final address (`<publicUrl>/#/...`) and the jar (with koers_sessie on success). */
  signIn(username: string, options?: { jar?: CookieJar; returnTo?: string }): Promise<{ location: string; jar: CookieJar; cookie: string | null }>;
  stop(): Promise<void>;
}

export async function startKoersWithIdp(
  options: {
    /** Overrides of Koers's provider settings; a function gets the started provider (its address). */
    provider?: Partial<OidcProviderConfig> | ((idp: TestIdp) => Partial<OidcProviderConfig>);
    koers?: StartOptions;
  } = {},
): Promise<KoersWithIdp> {
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const idp = await startTestIdp({ redirectUri: `${publicUrl}/api/auth/oidc/callback`, postLogoutRedirectUri: `${publicUrl}/` });
  const provider: OidcProviderConfig = {
    id: 'oidc',
    name: 'Gemeente Testdorp',
    issuer: idp.issuer,
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    groupsClaim: 'groups',
    trustEmail: false,
    scopes: 'openid email profile',
    ...(typeof options.provider === 'function' ? options.provider(idp) : options.provider),
  };
  let koers: TestServer;
  try {
    koers = await startTestServer({ port, publicUrl, heartbeatMs: 60_000, oidcProviders: [provider], ...options.koers });
  } catch (error) {
    await idp.stop();
    throw error;
  }

  const start = async (jar: CookieJar, returnTo = '#/') =>
    locationOf(await browse(jar, `${publicUrl}/api/auth/oidc/start?aanbieder=${provider.id}&terug=${encodeURIComponent(returnTo)}`), publicUrl);

  const loginAtIdp = async (jar: CookieJar, authorizationUrl: string, username: string) => {
    const interaction = locationOf(await browse(jar, authorizationUrl), idp.issuer);
    const form = await browse(jar, interaction);
    if (form.status !== 200) throw new Error(`login form: ${form.status} ${await form.text()}`);
    const submitted = await browse(jar, interaction, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ login: username }).toString(),
    });
    let next = locationOf(submitted, idp.issuer);
    // Back at /auth/<uid>, which answers with the redirect to Koers.
    while (next.startsWith(idp.issuer)) next = locationOf(await browse(jar, next), idp.issuer);
    return next;
  };

  const callback = async (jar: CookieJar, callbackUrl: string) => locationOf(await browse(jar, callbackUrl), publicUrl);

  return {
    koers,
    idp,
    provider,
    start,
    loginAtIdp,
    callback,
    async signIn(username, signInOptions = {}) {
      const jar = signInOptions.jar ?? new CookieJar();
      const authorization = await start(jar, signInOptions.returnTo);
      if (!authorization.startsWith(idp.issuer)) return { location: authorization, jar, cookie: null };
      const location = await callback(jar, await loginAtIdp(jar, authorization, username));
      const session = jar.get('koers_sessie');
      return { location, jar, cookie: session ? `koers_sessie=${session}` : null };
    },
    async stop() {
      await koers.dispose();
      await idp.stop();
    },
  };
}
