/**
 * PUT /auth/password { currentPassword, newPassword } -> 204: an account holder sets their own
 * password. The current one is asked for, so a session left open on a shared computer cannot
 * take the account over. Wrong guesses count against the same throttle as sign-in (the account's
 * e-mail address at the client's address), so neither route gives extra tries. The other sessions of the
 * account end (whoever knew the old password is out); this one stays.
 */
import type { Hono } from 'hono';
import type { Auth } from '../auth/create-auth.ts';
import type { AuthEnv } from '../auth/index.ts';
import type { SignInThrottle } from '../auth/sign-in-throttle.ts';
import {
  ACCOUNTS_ONLY,
  BAD_JSON,
  MISSING_CURRENT_PASSWORD,
  NO_PASSWORD,
  SAME_PASSWORD,
  WRONG_CURRENT_PASSWORD,
} from '../auth/messages.ts';
import { checkNewPassword } from '../auth/user-input.ts';
import type { Logger } from '../log.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import { clientAddress } from './client-address.ts';
import { closeSocketsOf } from './end-sessions.ts';
import { BAD_BODY, readJson } from './json-body.ts';
import { tooManyAttemptsResponse } from './too-many-attempts.ts';

export interface OwnPasswordDeps {
  auth: Auth;
  registry: Pick<RoomRegistry, 'dropSelected'>;
  log: Logger;
  /** The sign-in throttle (sign-in-throttle.ts). */
  throttle: SignInThrottle;
  /** The key the limiter uses for an address, as sign-in computes it. */
  emailKey(email: string): string;
}

export function ownPasswordRoute(api: Hono<AuthEnv>, { auth, registry, log, throttle, emailKey }: OwnPasswordDeps): void {
  api.put('/auth/password', async (c) => {
    const principal = c.get('principal');
    if (principal.kind !== 'user') return c.json({ error: ACCOUNTS_ONLY }, 403);
    if (principal.passwordless) return c.json({ error: NO_PASSWORD }, 403);
    const body = await readJson(c);
    if (body === BAD_BODY) return c.json({ error: BAD_JSON }, 400);
    const { currentPassword, newPassword } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    if (typeof currentPassword !== 'string' || currentPassword === '') return c.json({ error: MISSING_CURRENT_PASSWORD, field: 'currentPassword' }, 400);
    const chosen = checkNewPassword(newPassword, 'newPassword');
    if (!chosen.ok) return c.json({ error: chosen.error, field: chosen.field }, 400);
    if (chosen.value === currentPassword) return c.json({ error: SAME_PASSWORD, field: 'newPassword' }, 400);

    const key = emailKey(principal.email);
    const address = clientAddress(c);
    const before = throttle.check(key, address);
    if (before !== null) return tooManyAttemptsResponse(c, before);
    if (!(await auth.passwordMatches(principal.id, currentPassword))) {
      throttle.fail(key, address);
      log.warn('password change refused: wrong current password', { userId: principal.id });
      const after = throttle.check(key, address);
      // 403, not 401: the session is fine, and a 401 would sign the page out.
      return after === null ? c.json({ error: WRONG_CURRENT_PASSWORD, field: 'currentPassword' }, 403) : tooManyAttemptsResponse(c, after);
    }
    throttle.succeed(key, address);
    const ended = await auth.setPassword(principal.id, chosen.value, principal.sessionId, 'user');
    const socketsClosed = closeSocketsOf(registry, ended, 'password changed');
    log.info('password changed', { userId: principal.id, sessionsEnded: ended.length, socketsClosed });
    return c.body(null, 204);
  });
}
