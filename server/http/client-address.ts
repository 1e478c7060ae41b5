/**
 * The address of the person behind a request, for per-address limits and logs.
 *
 * Behind a reverse proxy every request comes from the proxy, so one guesser would slow down a
 * whole town hall and the logs would name only the proxy. X-Forwarded-For is read only when
 * the peer is one of KOERS_TRUSTED_PROXIES: anyone else could write any address there and get
 * a fresh allowance per request. The list is walked from the right (the address the nearest
 * proxy saw) past every trusted proxy; the first other address is the client.
 */
import type { Context, MiddlewareHandler } from 'hono';

/** Outside a real socket (app.request() in tests) there is no peer. */
const UNKNOWN = 'onbekend';
type AddressEnv = { Variables: { clientAddress?: string } };

export function clientAddress(c: Context): string {
  return (c as Context<AddressEnv>).get('clientAddress') ?? peerAddress(c);
}

/** Resolves the client address once per request, before any route reads it. */
export function resolveClientAddress(trustedProxies: readonly string[]): MiddlewareHandler<AddressEnv> {
  const trusted = new Set(trustedProxies.map(normalizeAddress));
  return async (c, next) => {
    const peer = peerAddress(c);
    const forwarded = trusted.has(peer) ? c.req.header('x-forwarded-for') : undefined;
    c.set('clientAddress', forwarded ? (forwardedClient(forwarded, trusted) ?? peer) : peer);
    await next();
  };
}

function peerAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const remote = env?.incoming?.socket?.remoteAddress;
  return remote ? normalizeAddress(remote) : UNKNOWN;
}

/** The rightmost address that is not a trusted proxy; null when the header holds none. */
export function forwardedClient(header: string, trusted: ReadonlySet<string>): string | null {
  const hops = header.split(',').map((hop) => normalizeAddress(hop.trim())).filter((hop) => hop !== '');
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!trusted.has(hops[i]!)) return hops[i]!;
  }
  return null;
}

/** "::ffff:10.0.0.5" and "10.0.0.5" are one client; a header value is capped so logs stay small. */
function normalizeAddress(address: string): string {
  const plain = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return plain.slice(0, 64);
}
