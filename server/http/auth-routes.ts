/**
 * Sign-in under /api/auth (JSON; errors `{ error }` in Dutch):
 *
 *   GET  /auth/setup     { needed }: true while no account exists (open)
 *   POST /auth/setup     { token, name, email, password } -> 201 Me + cookie: the first beheerder (open)
 *   POST /auth/login     { email, password } -> 200 Me + cookie; 401; 429 + Retry-After (open)
 *   POST /auth/login     403 with KOERS_LOCAL_LOGIN=false
 *   POST /auth/logout    -> 204; ends the session(s) of this browser and closes their sockets (4401);
 *                        200 { endSessionUrl } for a session started at a provider that supports
 *                        RP-initiated logout: the client goes there to sign out at the provider too
 *   GET  /auth/me        -> Me, or 401
 *   PUT  /auth/password  { currentPassword, newPassword } -> 204; 400, 403, 429 (own-password-route.ts)
 */
import { Hono } from 'hono';
import type { LimiterOptions } from '../auth/attempt-limiter.ts';
import { meOf, type Auth } from '../auth/create-auth.ts';
import type { SetupGate } from '../auth/first-admin.ts';
import type { AuthEnv } from '../auth/index.ts';
import { BAD_JSON, LOCAL_LOGIN_OFF, MISSING_CREDENTIALS, SETUP_REFUSED, WRONG_CREDENTIALS } from '../auth/messages.ts';
import type { OidcModule } from '../auth/oidc/index.ts';
import { SignInThrottle } from '../auth/sign-in-throttle.ts';
import { checkNewAccount } from '../auth/user-input.ts';
import type { Logger } from '../log.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import { clientAddress } from './client-address.ts';
import { closeSocketsOf } from './end-sessions.ts';
import { BAD_BODY, readJson } from './json-body.ts';
import { ownPasswordRoute } from './own-password-route.ts';
import { tooManyAttemptsResponse } from './too-many-attempts.ts';

export interface AuthRouteDeps {
  auth: Auth;
  setup: SetupGate;
  registry: Pick<RoomRegistry, 'dropSelected'>;
  log: Logger;
  /** Tunables of the sign-in throttle (tests lengthen the waits so they cannot pass by themselves). */
  limits?: Partial<LimiterOptions>;
  /** False with KOERS_LOCAL_LOGIN=false: POST /auth/login answers 403. */
  localLogin?: boolean;
  /** Sign-in at the organisation, for signing out there too. */
  oidc?: OidcModule | null;
}

const emailKeyOf = (email: string) => email.trim().toLowerCase().slice(0, 254);

export function authRoutes({ auth, setup, registry, log, limits, localLogin = true, oidc = null }: AuthRouteDeps): Hono<AuthEnv> {
  const api = new Hono<AuthEnv>();
  // Per address, per account at an address, per account: see sign-in-throttle.ts for the rule.
  const throttle = new SignInThrottle(limits);

  api.get('/auth/setup', (c) => c.json({ needed: setup.needed() }));

  api.post('/auth/setup', async (c) => {
    const body = await readJson(c);
    if (body === BAD_BODY) return c.json({ error: BAD_JSON }, 400);
    const token = (body as { token?: unknown } | null)?.token;
    if (typeof token !== 'string' || !setup.needed()) return c.json({ error: SETUP_REFUSED }, 403);
    const account = checkNewAccount(body);
    if (!account.ok) return c.json({ error: account.error, field: account.field }, 400);
    const user = await setup.complete(token, account.value);
    if (!user) {
      log.warn('setup link refused', { address: clientAddress(c) });
      return c.json({ error: SETUP_REFUSED }, 403);
    }
    auth.startUserSession(c, user.id);
    return c.json(user, 201);
  });

  api.post('/auth/login', async (c) => {
    if (!localLogin) return c.json({ error: LOCAL_LOGIN_OFF }, 403);
    const body = await readJson(c);
    if (body === BAD_BODY) return c.json({ error: BAD_JSON }, 400);
    const { email, password } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    if (typeof email !== 'string' || email.trim() === '' || typeof password !== 'string' || password === '') {
      return c.json({ error: MISSING_CREDENTIALS }, 400);
    }
    const emailKey = emailKeyOf(email);
    const address = clientAddress(c);
    const waitBefore = throttle.check(emailKey, address);
    if (waitBefore !== null) {
      log.warn('sign-in refused: too many failures', { email: emailKey, address, retryAfterSeconds: waitBefore });
      return tooManyAttemptsResponse(c, waitBefore);
    }
    const user = await auth.checkCredentials(email, password);
    if (!user) {
      throttle.fail(emailKey, address);
      log.warn('sign-in failed', { email: emailKey, address });
      // The failure that starts a wait says so at once, rather than one attempt later.
      const waitAfter = throttle.check(emailKey, address);
      return waitAfter !== null ? tooManyAttemptsResponse(c, waitAfter) : c.json({ error: WRONG_CREDENTIALS }, 401);
    }
    throttle.succeed(emailKey, address);
    const ended = auth.startUserSession(c, user.id);
    // A session the cap ended must not keep its open sockets (a thief's tab would stay live).
    const socketsClosed = closeSocketsOf(registry, ended, 'session ended by the session cap');
    log.info('signed in', { userId: user.id, address, ...(ended.length > 0 ? { sessionsEnded: ended.length, socketsClosed } : {}) });
    return c.json(user);
  });

  api.post('/auth/logout', async (c) => {
    // Both sessions of this browser end: signing out should leave nothing signed in.
    const { user, participant } = auth.principalsOf(c.req.header('cookie'));
    const atProvider = user ? auth.oidcSessionOf(user.sessionId) : undefined;
    for (const principal of [user, participant]) {
      if (!principal) continue;
      auth.endSession(c, principal);
      const closed = closeSocketsOf(registry, [principal.sessionId], 'signed out');
      log.info('signed out', { id: principal.id, kind: principal.kind, socketsClosed: closed, ...(atProvider ? { provider: atProvider.provider } : {}) });
    }
    // The Koers session has ended whatever the provider says; this only offers the provider's own sign-out.
    const endSessionUrl = atProvider && oidc ? await oidc.endSessionUrl(atProvider) : null;
    return endSessionUrl ? c.json({ endSessionUrl }) : c.body(null, 204);
  });

  api.get('/auth/me', (c) => c.json(meOf(c.get('principal'))));

  ownPasswordRoute(api, { auth, registry, log, throttle, emailKey: emailKeyOf });

  return api;
}
