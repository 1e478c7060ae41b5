/**
 * Cross-site request forgery: a page on another port or a sibling subdomain is same-site for
 * SameSite=Lax, so the browser sends the session cookie with its form posts and no-cors
 * fetches. Every state-changing /api request therefore
 *
 * 1. carries an allowed Origin (allowed-origin.ts, the same rule as /sync), else 403. Browsers
 *    send Origin on every POST, PUT, PATCH and DELETE, cross-site or not. A request without one
 *    is not from a browser page (curl, a script), unless Sec-Fetch-Site says it came from
 *    another site, which only a browser sends; such a client still needs a session cookie it
 *    got by signing in itself.
 * 2. sends a body only as application/json, else 415: the three content types a page may send
 *    cross-origin without a preflight (text/plain, form-urlencoded, multipart) never reach a
 *    JSON route. The import routes (the table import and the measurement import) take a file
 *    (multipart/form-data or a raw body) and keep that; step 1 still guards them.
 */
import type { MiddlewareHandler } from 'hono';
import { originAllowed } from './allowed-origin.ts';

export const FOREIGN_ORIGIN = 'Dit verzoek komt van een andere website en is geweigerd.';
export const JSON_ONLY = 'Stuur de gegevens als JSON (content-type: application/json).';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Routes that take a file upload in whatever content type the file has. */
const FILE_ROUTES = /^\/api\/documents\/[^/]+\/(?:measurements\/)?import\/(preview|apply)$/;

/** `allowedOrigins`: trustedOrigins(config), besides the server's own. */
export function crossSiteGuard(allowedOrigins: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    if (!STATE_CHANGING.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const fetchSite = c.req.header('sec-fetch-site');
    const foreign =
      origin === undefined ? fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none' : !originAllowed(origin, c.req.header('host'), allowedOrigins);
    if (foreign) return c.json({ error: FOREIGN_ORIGIN }, 403);
    if (FILE_ROUTES.test(c.req.path)) return next();
    const type = c.req.header('content-type');
    if (type === undefined ? hasBody(c.req.raw.headers) : !isJson(type)) return c.json({ error: JSON_ONLY }, 415);
    return next();
  };
}

function isJson(contentType: string): boolean {
  return contentType.split(';')[0]!.trim().toLowerCase() === 'application/json';
}

function hasBody(headers: Headers): boolean {
  if (headers.has('transfer-encoding')) return true;
  const length = headers.get('content-length');
  return length !== null && length !== '0';
}
