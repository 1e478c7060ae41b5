/**
 * PUT /auth/password { currentPassword, newPassword } -> 204: an account holder sets their own
 * password. The current one is asked for, so a session left open on a shared computer cannot
 * take the account over. Wrong guesses count against the same limiter as sign-in, keyed by the
 * account's e-mail address, so neither route gives extra tries. The other sessions of the
 * account end (whoever knew the old password is out); this one stays.
 */
import type { Hono } from 'hono';
import type { AttemptLimiter } from '../auth/attempt-limiter.ts';
import type { Auth } from '../auth/create-auth.ts';
import type { AuthEnv } from '../auth/index.ts';
import {
  ACCOUNTS_ONLY,
  BAD_JSON,
  MISSING_CURRENT_PASSWORD,
  SAME_PASSWORD,
  WRONG_CURRENT_PASSWORD,
} from '../auth/messages.ts';
import { checkNewPassword } from '../auth/user-input.ts';
import type { Logger } from '../log.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import { closeSocketsOf } from './end-sessions.ts';
import { BAD_BODY, readJson } from './json-body.ts';
import { tooManyAttemptsResponse } from './too-many-attempts.ts';

export interface OwnPasswordDeps {
  auth: Auth;
  registry: Pick<RoomRegistry, 'dropWhere'>;
  log: Logger;
  /** The sign-in limiter per e-mail address. */
  byEmail: AttemptLimiter;
  /** The key the limiter uses for an address, as sign-in computes it. */
  emailKey(email: string): string;
}

export function ownPasswordRoute(api: Hono<AuthEnv>, { auth, registry, log, byEmail, emailKey }: OwnPasswordDeps): void {
  api.put('/auth/password', async (c) => {
    const principal = c.get('principal');
    if (principal.kind !== 'user') return c.json({ error: ACCOUNTS_ONLY }, 403);
    const body = await readJson(c);
    if (body === BAD_BODY) return c.json({ error: BAD_JSON }, 400);
    const { currentPassword, newPassword } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    if (typeof currentPassword !== 'string' || currentPassword === '') return c.json({ error: MISSING_CURRENT_PASSWORD, field: 'currentPassword' }, 400);
    const chosen = checkNewPassword(newPassword, 'newPassword');
    if (!chosen.ok) return c.json({ error: chosen.error, field: chosen.field }, 400);
    if (chosen.value === currentPassword) return c.json({ error: SAME_PASSWORD, field: 'newPassword' }, 400);

    const key = emailKey(principal.email);
    const before = byEmail.check(key);
    if (!before.allowed) return tooManyAttemptsResponse(c, before.retryAfterSeconds);
    if (!(await auth.passwordMatches(principal.id, currentPassword))) {
      byEmail.fail(key);
      log.warn('password change refused: wrong current password', { userId: principal.id });
      const after = byEmail.check(key);
      // 403, not 401: the session is fine, and a 401 would sign the page out.
      return after.allowed ? c.json({ error: WRONG_CURRENT_PASSWORD, field: 'currentPassword' }, 403) : tooManyAttemptsResponse(c, after.retryAfterSeconds);
    }
    byEmail.succeed(key);
    const ended = await auth.setPassword(principal.id, chosen.value, principal.sessionId, 'user');
    const socketsClosed = closeSocketsOf(registry, ended, 'password changed');
    log.info('password changed', { userId: principal.id, sessionsEnded: ended.length, socketsClosed });
    return c.body(null, 204);
  });
}
