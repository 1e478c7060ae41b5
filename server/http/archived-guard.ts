/**
 * An archived programme is read-only for everyone: every write under /documents/:id/ answers
 * 409, before its route runs, except taking it out of the archive (its route checks `manage`). Reads (GET) and exports stay open. /sync gets read access only
 * (server/sync/access.ts).
 */
import type { MiddlewareHandler } from 'hono';
import { readArchiveMark } from '../../shared/doc/index.ts';
import type { AuthApi, AuthEnv } from '../auth/index.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import { ARCHIVED } from './programme-routes.ts';

export function archivedGuard(registry: Pick<RoomRegistry, 'readDocument'>, auth: Pick<AuthApi, 'can'>): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    if (c.req.method === 'POST' && c.req.path.endsWith('/unarchive')) return next();
    const id = c.req.param('id') ?? '';
    // Someone who may not read it learns nothing here: the route's own rights check answers them.
    if (!auth.can(c.get('principal'), id, 'read')) return next();
    if (registry.readDocument(id, readArchiveMark)) return c.json({ error: ARCHIVED }, 409);
    await next();
  };
}
