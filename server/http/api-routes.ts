/** The REST API under /api. Error bodies are `{ error }` with a Dutch message for the user. */
import { Hono } from 'hono';
import { readArchiveMark, readProgramme } from '../../shared/doc/index.ts';
import type { AuthApi, AuthEnv } from '../auth/index.ts';
import type { DocumentStore } from '../persistence/document-store.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import { countProgramme, type DocumentSummary } from './document-summary.ts';
import { programmeIds, requireRight } from './rights.ts';

export interface ApiDeps {
  store: Pick<DocumentStore, 'listDocuments'>;
  registry: RoomRegistry;
  auth: Pick<AuthApi, 'can'>;
  startedAt: number;
}

export const NOT_FOUND_DOCUMENT = 'Dit programma bestaat niet (meer).';
const NOT_FOUND_ROUTE = 'Dit adres bestaat niet.';

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

  api.get('/documents', (c) => {
    const principal = c.get('principal');
    const list: DocumentSummary[] = [];
    for (const id of programmeIds(store.listDocuments())) {
      if (!auth.can(principal, id, 'read')) continue;
      const read = registry.readDocument(id, (doc) => ({ programme: readProgramme(doc), archived: readArchiveMark(doc) !== null }));
      if (!read) continue;
      const { programme, archived } = read;
      list.push({
        id,
        name: programme.name,
        municipality: programme.municipality,
        period: programme.period,
        archived,
        counts: countProgramme(programme),
        connected: registry.connectionCount(id),
      });
    }
    return c.json(list);
  });

  api.get('/documents/:id', requireRight(auth, 'read'), (c) => {
    const programme = registry.readDocument(c.req.param('id'), readProgramme);
    if (!programme) return c.json({ error: NOT_FOUND_DOCUMENT }, 404);
    return c.json(programme);
  });

  api.all('*', (c) => c.json({ error: NOT_FOUND_ROUTE }, 404));

  return api;
}
