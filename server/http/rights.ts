/**
 * Route middleware for /documents/:id/...: the signed-in principal must hold a right on that
 * programme. Checked before the route looks the document up, so a 404 never tells someone
 * without access which programmes exist. Werkatelier docs are never programmes here; a budget
 * plan passes only routes that say which right it needs there (`budget`), the others answer 404.
 */
import type { MiddlewareHandler } from 'hono';
import type { Right } from '../../shared/auth/roles.ts';
import { isBudgetDocId } from '../../shared/budget/document-id.ts';
import { workshopIdOfDoc } from '../../shared/workshop/api.ts';
import type { AuthApi, AuthEnv } from '../auth/index.ts';
import { EDITORS_ONLY, NO_PROGRAMME_ACCESS } from '../auth/messages.ts';

const NOT_A_PROGRAMME = 'Dit programma bestaat niet (meer).';
export const NOT_FOR_BUDGETS = 'Dit kan niet bij een begrotingsplan.';
const FINANCE_ONLY = 'Je rol staat dit niet toe: alleen een financieel adviseur of beheerder mag de bedragen van dit begrotingsplan wijzigen.';

export function requireRight(auth: Pick<AuthApi, 'can'>, right: Right, options: { budget?: Right } = {}): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const docId = c.req.param('id') ?? '';
    if (workshopIdOfDoc(docId) !== null) return c.json({ error: NOT_A_PROGRAMME }, 404);
    const budget = isBudgetDocId(docId);
    const needed = budget ? options.budget : right;
    const principal = c.get('principal');
    if (needed === undefined) return c.json({ error: auth.can(principal, docId, 'read') ? NOT_FOR_BUDGETS : NO_PROGRAMME_ACCESS }, auth.can(principal, docId, 'read') ? 404 : 403);
    if (!auth.can(principal, docId, needed)) {
      const mayRead = needed !== 'read' && auth.can(principal, docId, 'read');
      return c.json({ error: mayRead ? (needed === 'finance' ? FINANCE_ONLY : EDITORS_ONLY) : NO_PROGRAMME_ACCESS }, 403);
    }
    await next();
  };
}

/** Programme ids (no werkatelier docs, no budget plans) from a store listing. */
export function programmeIds(ids: readonly string[]): string[] {
  return ids.filter((id) => workshopIdOfDoc(id) === null && !isBudgetDocId(id));
}

/** Budget plan ids from a store listing. */
export function budgetIds(ids: readonly string[]): string[] {
  return ids.filter(isBudgetDocId);
}
