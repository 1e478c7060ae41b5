/**
 * Cross-site WebSocket hijacking: browsers send cookies with a WebSocket upgrade from any
 * site, so the Origin must be this server's own (as the Host header names it) or one the
 * operator listed in KOERS_ORIGINS. Clients that send no Origin (not browsers) pass; they
 * still need a session cookie.
 */
export function originAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // includes "null" (sandboxed frames, file://)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (host !== undefined && url.host === host.toLowerCase()) return true;
  return allowed.includes(url.origin);
}
