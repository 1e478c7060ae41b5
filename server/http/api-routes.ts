/** The REST API under /api. Error bodies are `{ error }` with a Dutch message for the user. */
import { Hono } from 'hono';
import { readArchiveMark, readProgramme } from '../../shared/doc/index.ts';
import { isBudgetDoc, readBudgetPlan } from '../../shared/doc/budget/index.ts';
import { isBudgetDocId } from '../../shared/budget/document-id.ts';
import { budgetReport } from '../../shared/budget/report.ts';
import { computeBudget } from '../../shared/budget/totals.ts';
import { summariseBudget, type BudgetSummary } from '../budget/summary.ts';
import type { AuthApi, AuthEnv } from '../auth/index.ts';
import type { DocumentStore } from '../persistence/document-store.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import { countIndicatorStatus, countProgramme, lastChangeOf, type DocumentSummary } from './document-summary.ts';
import { budgetIds, programmeIds, requireRight } from './rights.ts';

export interface ApiDeps {
  store: Pick<DocumentStore, 'listDocuments' | 'listHistory'>;
  registry: RoomRegistry;
  auth: Pick<AuthApi, 'can'>;
  startedAt: number;
}

export const NOT_FOUND_DOCUMENT = 'Dit programma bestaat niet (meer).';
export const NOT_FOUND_BUDGET = 'Dit begrotingsplan bestaat niet (meer).';
const NOT_FOUND_ROUTE = 'Dit adres bestaat niet.';
const LIST_KINDS = ['programme', 'budget', 'all'] as const;
const UNKNOWN_LIST_KIND = 'Onbekende soort. Vraag kind=programme (de programma’s, ook zonder kind), kind=budget (de begrotingsplannen) of kind=all.';

export function apiRoutes({ store, registry, auth, startedAt }: ApiDeps): Hono<AuthEnv> {
  const api = new Hono<AuthEnv>();

  // Open to everyone (no session): monitoring must not need an account.
  api.get('/health', (c) =>
    c.json({
      status: 'ok',
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      documents: programmeIds(store.listDocuments()).length,
      ...registry.stats(),
    }),
  );

  // ?kind=budget lists budget plans, kind=all both; without kind the programmes, as before.
  api.get('/documents', (c) => {
    const principal = c.get('principal');
    const kind = c.req.query('kind') ?? 'programme';
    if (!(LIST_KINDS as readonly string[]).includes(kind)) return c.json({ error: UNKNOWN_LIST_KIND }, 400);
    const list: (DocumentSummary | BudgetSummary)[] = [];
    if (kind !== 'budget') list.push(...programmeSummaries(principal));
    if (kind !== 'programme') {
      for (const id of budgetIds(store.listDocuments())) {
        if (!auth.can(principal, id, 'read')) continue;
        const plan = registry.readDocument(id, (doc) => (isBudgetDoc(doc) ? readBudgetPlan(doc) : null));
        if (plan) list.push(summariseBudget(plan, registry.connectionCount(id)));
      }
    }
    return c.json(list);
  });

  function programmeSummaries(principal: Parameters<typeof auth.can>[0]): DocumentSummary[] {
    const list: DocumentSummary[] = [];
    for (const id of programmeIds(store.listDocuments())) {
      if (!auth.can(principal, id, 'read')) continue;
      const read = registry.readDocument(id, (doc) => ({ programme: readProgramme(doc), archived: readArchiveMark(doc) !== null }));
      if (!read) continue;
      const { programme, archived } = read;
      list.push({
        kind: 'programme',
        id,
        name: programme.name,
        municipality: programme.municipality,
        period: programme.period,
        archived,
        counts: countProgramme(programme),
        indicatorStatus: countIndicatorStatus(programme),
        lastChange: lastChangeOf(store.listHistory(id, { limit: 1 })[0]),
        connected: registry.connectionCount(id),
      });
    }
    return list;
  }

  api.get('/documents/:id', requireRight(auth, 'read', { budget: 'read' }), (c) => {
    const id = c.req.param('id');
    if (isBudgetDocId(id)) {
      const report = registry.readDocument(id, (doc) => {
        if (!isBudgetDoc(doc)) return null;
        const plan = readBudgetPlan(doc);
        return budgetReport(plan, computeBudget(plan));
      });
      return report ? c.json(report) : c.json({ error: NOT_FOUND_BUDGET }, 404);
    }
    const programme = registry.readDocument(id, readProgramme);
    if (!programme) return c.json({ error: NOT_FOUND_DOCUMENT }, 404);
    return c.json(programme);
  });

  api.all('*', (c) => c.json({ error: NOT_FOUND_ROUTE }, 404));

  return api;
}
