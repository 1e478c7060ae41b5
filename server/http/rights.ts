/**
 * Route middleware for /documents/:id/...: the signed-in principal must hold a right on that
 * programme. Checked before the route looks the document up, so a 404 never tells someone
 * without access which programmes exist. Werkatelier docs are never programmes here.
 */
import type { MiddlewareHandler } from 'hono';
import type { Right } from '../../shared/auth/roles.ts';
import { workshopIdOfDoc } from '../../shared/workshop/api.ts';
import type { AuthApi, AuthEnv } from '../auth/index.ts';
import { EDITORS_ONLY, NO_PROGRAMME_ACCESS } from '../auth/messages.ts';

const NOT_A_PROGRAMME = 'Dit programma bestaat niet (meer).';

export function requireRight(auth: Pick<AuthApi, 'can'>, right: Right): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const docId = c.req.param('id') ?? '';
    if (workshopIdOfDoc(docId) !== null) return c.json({ error: NOT_A_PROGRAMME }, 404);
    const principal = c.get('principal');
    if (!auth.can(principal, docId, right)) {
      const mayRead = right !== 'read' && auth.can(principal, docId, 'read');
      return c.json({ error: mayRead ? EDITORS_ONLY : NO_PROGRAMME_ACCESS }, 403);
    }
    await next();
  };
}

/** Programme ids (no werkatelier docs) from a store listing. */
export function programmeIds(ids: readonly string[]): string[] {
  return ids.filter((id) => workshopIdOfDoc(id) === null);
}
