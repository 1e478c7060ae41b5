/**
 * Serves the built client (dist/client): files as they are, and index.html for client-side
 * routes. Before `npm run build` there is nothing to serve, so it says how to build instead.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';

export const NOT_BUILT_MESSAGE =
  'De webapp is nog niet gebouwd. Voer eerst "npm run build" uit en herlaad daarna deze pagina. (De API en de synchronisatie werken al.)';

export function staticClient(root: string): MiddlewareHandler {
  const files = serveStatic({ root });
  const indexFile = join(root, 'index.html');
  const index = serveStatic({ root, path: 'index.html' });
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    // Checked per request, so building while the server runs is enough.
    if (!existsSync(indexFile)) return c.text(NOT_BUILT_MESSAGE, 503);
    const served = await files(c, async () => {});
    if (served) return served;
    // A missing asset (/assets/x.js) is a 404; a path without extension is a client route.
    if (/\.[a-z0-9]+$/i.test(c.req.path)) return c.text('Niet gevonden.', 404);
    return index(c, next);
  };
}
