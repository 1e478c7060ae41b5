/**
 * Serves the built client (dist/client): files compressed and cached (compressed-files.ts), and
 * index.html for client-side routes. Before `npm run build` there is nothing to serve, so it
 * says how to build instead.
 *
 * Caching: Vite names everything under /assets after its content hash, so a browser may keep
 * those for a year without asking; index.html (and the other unhashed files) must be asked
 * for every time (no-cache, answered with 304 when the ETag still matches) so a new deploy,
 * which points index.html at new asset names, is picked up at the next load.
 */
import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Context, MiddlewareHandler } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { bodyFor, CompressedFiles } from './compressed-files.ts';

export const NOT_BUILT_MESSAGE =
  'De webapp is nog niet gebouwd. Voer eerst "npm run build" uit en herlaad daarna deze pagina. (De API en de synchronisatie werken al.)';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** The file a request path names inside root, or null for anything that escapes it. */
function fileInRoot(root: string, path: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = resolve(root, '.' + (decoded.endsWith('/') ? decoded + 'index.html' : decoded));
  return file.startsWith(root + sep) ? file : null;
}

export function staticClient(root: string): MiddlewareHandler {
  const base = resolve(root);
  const indexFile = join(base, 'index.html');
  const files = new CompressedFiles();

  const send = async (c: Context, file: string, urlPath: string): Promise<Response | null> => {
    const cached = await files.get(file);
    if (!cached) return null;
    const headers = new Headers({
      'Cache-Control': urlPath.startsWith('/assets/') ? IMMUTABLE : REVALIDATE,
      ETag: cached.etag,
      Vary: 'Accept-Encoding',
      'Content-Type': getMimeType(file) ?? 'application/octet-stream',
    });
    if (c.req.header('if-none-match')?.split(',').some((tag) => tag.trim() === cached.etag)) {
      return new Response(null, { status: 304, headers });
    }
    const { body, encoding } = await bodyFor(cached, c.req.header('accept-encoding'));
    if (encoding !== 'identity') headers.set('Content-Encoding', encoding);
    headers.set('Content-Length', String(body.length));
    return new Response(c.req.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };

  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    // Checked per request, so building while the server runs is enough.
    if (!existsSync(indexFile)) return c.text(NOT_BUILT_MESSAGE, 503);
    const file = fileInRoot(base, c.req.path);
    const served = file ? await send(c, file, c.req.path) : null;
    if (served) return served;
    // A missing asset (/assets/x.js) is a 404; a path without extension is a client route.
    if (/\.[a-z0-9]+$/i.test(c.req.path)) return c.text('Niet gevonden.', 404);
    return (await send(c, indexFile, '/index.html')) ?? next();
  };
}
