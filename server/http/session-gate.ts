/**
 * Every /api route needs a session, except the few a person must reach before having one.
 * One list here rather than a middleware per route, so a new route is closed by default.
 */
import type { MiddlewareHandler } from 'hono';
import type { AuthApi, AuthEnv } from '../auth/index.ts';

/** [method, path] pairs reachable without a session. */
export const OPEN_ROUTES: readonly (readonly [string, string])[] = [
  ['GET', '/api/health'],
  ['POST', '/api/auth/login'],
  ['GET', '/api/auth/methods'],
  ['GET', '/api/auth/oidc/start'],
  ['GET', '/api/auth/oidc/callback'],
  ['GET', '/api/auth/setup'],
  ['POST', '/api/auth/setup'],
  ['POST', '/api/workshops/join'],
];

export function sessionGate(auth: Pick<AuthApi, 'requireSession'>): MiddlewareHandler<AuthEnv> {
  return (c, next) => {
    const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
    if (OPEN_ROUTES.some(([m, path]) => m === method && path === c.req.path)) return next();
    return auth.requireSession(c, next);
  };
}
