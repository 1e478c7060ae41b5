/**
 * Security headers on every HTTP answer except the /sync upgrade (rewriting the 101's headers
 * breaks the WebSocket handshake, and a socket has no document to protect).
 *
 * The policy allows only what the built client needs (dist/client/index.html: one module
 * script and one stylesheet from /assets, no inline script):
 * - script-src 'self': no inline or injected script can run, even if markup got through.
 * - style-src 'self' 'unsafe-inline': AG Grid's theming API (themeQuartz in client/grid/setup.ts)
 *   writes its CSS into <style> elements at run time, and CSP cannot tell those from other
 *   inline styles without a nonce in every page. Inline style cannot run script; the cost is
 *   that injected CSS would not be blocked, and React escapes every text we render.
 * - img-src 'self' data:: the favicon is `data:,` and AG Grid's icons are data: SVGs in its CSS;
 *   the werkatelier QR code comes from our own server.
 * - connect-src 'self': REST and the /sync WebSocket of the page's own origin (CSP 3 lets
 *   'self' match ws: and wss: of the same host).
 * - frame-ancestors 'none' (and X-Frame-Options for browsers that predate it): no clickjacking.
 * HSTS only when KOERS_SECURE_COOKIES=true: telling a browser to insist on https for a server
 * that is reached over plain http would make it unreachable for a year.
 */
import type { MiddlewareHandler } from 'hono';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** A year; without includeSubDomains, since a municipality's other hosts may not all have https yet. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

export function securityHeaders(options: { secure: boolean }): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.path.startsWith('/sync/') && c.req.header('upgrade')?.toLowerCase() === 'websocket') return next();
    await next();
    const headers = c.res.headers;
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('X-Frame-Options', 'DENY');
    // Nothing of a Koers address (programme ids, werkatelier pages) goes to another site.
    headers.set('Referrer-Policy', 'no-referrer');
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    if (options.secure) headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  };
}
