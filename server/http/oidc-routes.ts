/**
 * Sign-in at the organisation (OpenID Connect) under /api/auth, all open (session-gate.ts):
 *
 *   GET /auth/methods                          { local, providers: [{ id, name }] } for the sign-in page
 *   GET /auth/oidc/start?aanbieder=<id>&terug=<#/route>
 *                                              303 to the provider; the browser gets the binding cookie
 *   GET /auth/oidc/callback?code=&state=&iss=  303 to the page that was asked for, signed in; or to
 *                                              #/aanmelden/<reason> with the reason in Dutch on the sign-in page
 *
 * Every refusal is logged as a warning with the provider, the reason and the detail from
 * openid-client (error names, codes, the claim that failed), never a token, code or secret.
 */
import { Hono, type Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { SignInMethods } from '../../shared/auth/sign-in-failures.ts';
import type { Auth } from '../auth/create-auth.ts';
import type { AuthEnv } from '../auth/index.ts';
import { failureOf, type OidcModule } from '../auth/oidc/index.ts';
import { PENDING_LIFETIME_MS } from '../auth/oidc/pending-logins.ts';
import type { Logger } from '../log.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import { clientAddress } from './client-address.ts';
import { closeSocketsOf } from './end-sessions.ts';

export interface OidcRouteDeps {
  auth: Auth;
  oidc: OidcModule | null;
  localLogin: boolean;
  secureCookies: boolean;
  registry: Pick<RoomRegistry, 'dropSelected'>;
  log: Logger;
}

export function oidcRoutes({ auth, oidc, localLogin, secureCookies, registry, log }: OidcRouteDeps): Hono<AuthEnv> {
  const api = new Hono<AuthEnv>();
  // __Host-: over https no sibling subdomain can plant its own binding cookie (cookie tossing).
  const bindingCookie = secureCookies ? '__Host-koers_oidc' : 'koers_oidc';
  const cookieOptions = { httpOnly: true, sameSite: 'Lax' as const, path: '/', secure: secureCookies };

  api.get('/auth/methods', (c) => {
    const methods: SignInMethods = { local: localLogin, providers: (oidc?.providers ?? []).map(({ id, name }) => ({ id, name })) };
    return c.json(methods);
  });

  if (!oidc || oidc.providers.length === 0) return api;

  const refuse = (c: Context, route: 'start' | 'callback', error: unknown) => {
    const { reason, detail } = failureOf(error);
    log.warn('sign-in with OpenID Connect refused', { route, reason, ...detail, address: clientAddress(c) });
    return c.redirect(oidc.appUrl(`#/aanmelden/${reason}`), 303);
  };

  api.get('/auth/oidc/start', async (c) => {
    const provider = c.req.query('aanbieder') ?? (oidc.providers.length === 1 ? oidc.providers[0]!.id : '');
    try {
      const started = await oidc.start(provider, c.req.query('terug') ?? '#/', getCookie(c, bindingCookie));
      setCookie(c, bindingCookie, started.binding, { ...cookieOptions, maxAge: PENDING_LIFETIME_MS / 1000 });
      log.info('sign-in with OpenID Connect started', { provider, address: clientAddress(c) });
      return c.redirect(started.url, 303);
    } catch (error) {
      return refuse(c, 'start', error);
    }
  });

  api.get('/auth/oidc/callback', async (c) => {
    const query = new URL(c.req.url).searchParams;
    try {
      const done = await oidc.callback(query, getCookie(c, bindingCookie));
      const ended = auth.startUserSession(c, done.user.id, done.session);
      const socketsClosed = closeSocketsOf(registry, ended, 'session ended by the session cap');
      log.info('signed in with OpenID Connect', {
        provider: done.session.provider,
        userId: done.user.id,
        grants: done.user.grants.length,
        address: clientAddress(c),
        ...(ended.length > 0 ? { sessionsEnded: ended.length, socketsClosed } : {}),
      });
      return c.redirect(oidc.appUrl(done.returnTo), 303);
    } catch (error) {
      // The binding cookie stays until it expires: another tab of this browser may be signing in with it.
      return refuse(c, 'callback', error);
    }
  });

  return api;
}
