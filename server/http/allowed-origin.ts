/**
 * Which Origins may act on this server, for the /sync upgrade and for every state-changing
 * /api request alike: browsers attach cookies to requests from any site (a WebSocket upgrade,
 * a form post, a no-cors fetch), so the Origin must be this server's own (as the Host header
 * names it), KOERS_PUBLIC_URL or one the operator listed in KOERS_ORIGINS. Clients that send
 * no Origin (not browsers) pass here; they still need a session cookie.
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

/** KOERS_ORIGINS plus the origin of KOERS_PUBLIC_URL: behind a proxy the Host header may name neither. */
export function trustedOrigins(config: { allowedOrigins: readonly string[]; publicUrl?: string | undefined }): string[] {
  const origins = [...config.allowedOrigins];
  if (config.publicUrl) {
    const own = new URL(config.publicUrl).origin;
    if (!origins.includes(own)) origins.push(own);
  }
  return origins;
}
