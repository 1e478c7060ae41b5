/**
 * While a beheerder's temporary password is in use, the account may only choose its own: every
 * other /api route answers 403, so no work is done under a password someone else knows. Runs
 * after the session gate; open routes carry no principal and pass.
 */
import type { MiddlewareHandler } from 'hono';
import type { AuthEnv } from '../auth/index.ts';
import { MUST_CHANGE_PASSWORD } from '../auth/messages.ts';

/** [method, path] pairs a marked account still reaches: who am I, sign out, choose a password. */
const ROUTES_WHILE_MARKED: readonly (readonly [string, string])[] = [
  ['GET', '/api/auth/me'],
  ['POST', '/api/auth/logout'],
  ['PUT', '/api/auth/password'],
];

export function passwordChangeGate(): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const principal = c.get('principal');
    const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
    const allowed = principal?.kind !== 'user' || !principal.mustChangePassword || ROUTES_WHILE_MARKED.some(([m, path]) => m === method && path === c.req.path);
    if (!allowed) return c.json({ error: MUST_CHANGE_PASSWORD, mustChangePassword: true }, 403);
    await next();
  };
}
