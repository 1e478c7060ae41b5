/**
 * A budget plan reaches only the routes under /documents/:id/ that know budget plans; every
 * other one (settings, archive, versions, history, restore, werkateliers, and whatever is added
 * for programmes later) answers 404 before its route runs, so no programme route ever reads a
 * budget plan as an empty programme. Someone who may not read the plan learns nothing here.
 */
import type { MiddlewareHandler } from 'hono';
import { isBudgetDocId } from '../../shared/budget/document-id.ts';
import type { AuthApi, AuthEnv } from '../auth/index.ts';
import { NO_PROGRAMME_ACCESS } from '../auth/messages.ts';
import { NOT_FOR_BUDGETS } from './rights.ts';

/** What follows /documents/:id on the routes that take a budget plan (nothing: the plan itself). */
const BUDGET_ROUTES = /^(|validation|export|import\/(preview|apply))$/;

export function budgetRoutesOnly(auth: Pick<AuthApi, 'can'>): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const id = c.req.param('id') ?? '';
    if (!isBudgetDocId(id)) return next();
    const rest = c.req.path.split('/').slice(4).join('/');
    if (BUDGET_ROUTES.test(rest)) return next();
    if (!auth.can(c.get('principal'), id, 'read')) return c.json({ error: NO_PROGRAMME_ACCESS }, 403);
    return c.json({ error: NOT_FOR_BUDGETS }, 404);
  };
}
