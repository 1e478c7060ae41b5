/** The peer address of a request, for per-address limits; 'onbekend' outside a real socket (app.request). */
import type { Context } from 'hono';

export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'onbekend';
}
