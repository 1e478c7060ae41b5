/**
 * Versions, differences, restore and cell history under /api/documents/:id. Error bodies are
 * `{ error }` in Dutch (plus `field` for bad input). Versions are immutable: changing or
 * deleting one answers 405.
 *
 *   GET  /documents/:id/versions               list, newest first, without state
 *   POST /documents/:id/versions               freeze the live state { name, status, date, documentNumber, note }
 *   GET  /documents/:id/versions/:versionId    the version as Programme JSON (same shape as GET /documents/:id)
 *   GET  /documents/:id/diff?from=&to=         differences; from/to a version id or 'current' (to defaults to current)
 *   POST /documents/:id/restore                { versionId, scope, kind?, rowId?, field? } as a new change
 *   GET  /documents/:id/history?rowId=&field=&limit=   cell history, newest first
 *
 * A restore is a new change by the requester (origin kind 'restore'): it reaches every client
 * and the cell history, but no client's undo stack. It answers with what it changed (summary
 * and diff) and is reversed by restoring a version taken before it.
 * Reading needs the read right on the programme; taking a version and restoring need edit.
 * The author of a version or restore is the signed-in user (server/history/attribution.ts).
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { DocError } from '../../shared/doc/index.ts';
import { checkRestoreRequest, checkVersionInput, diffProgrammes } from '../../shared/history/index.ts';
import type { AuthApi, AuthEnv } from '../auth/index.ts';
import { authorOfPrincipal } from '../history/attribution.ts';
import { CURRENT, freezeVersion, openState, openVersion, restoreVersion } from '../history/versions.ts';
import { MAX_HISTORY_LIMIT, type DocumentStore } from '../persistence/document-store.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import { NOT_FOUND_DOCUMENT } from './api-routes.ts';
import { requireRight } from './rights.ts';

export interface VersionRouteDeps {
  store: DocumentStore;
  registry: RoomRegistry;
  auth: Pick<AuthApi, 'can'>;
  now?: () => Date;
}

export const NOT_FOUND_VERSION = 'Deze versie bestaat niet bij dit programma.';
export const VERSION_IMMUTABLE = 'Een versie ligt vast en kan niet worden gewijzigd of verwijderd. Maak een nieuwe versie als de inhoud anders moet.';
const BAD_JSON = 'De inhoud van het verzoek is geen geldige JSON.';
const TOO_LARGE = 'Het verzoek is te groot.';
export const MISSING_FROM = 'Geef met "from" op welke versie je wilt vergelijken (een versie-id of "current").';

const MAX_BODY_BYTES = 64 * 1024;

export function versionRoutes({ store, registry, auth, now = () => new Date() }: VersionRouteDeps): Hono<AuthEnv> {
  const api = new Hono<AuthEnv>();
  const read = requireRight(auth, 'read');
  const edit = requireRight(auth, 'edit');
  const deps = { store, registry };
  const limit = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: TOO_LARGE }, 413) });
  const author = (c: Context<AuthEnv>) => authorOfPrincipal(c.get('principal'));

  api.get('/documents/:id/versions', read, (c) => {
    const id = c.req.param('id');
    if (!store.hasDocument(id)) return c.json({ error: NOT_FOUND_DOCUMENT }, 404);
    return c.json(store.listVersions(id));
  });

  api.post('/documents/:id/versions', edit, limit, async (c) => {
    const id = c.req.param('id');
    if (!store.hasDocument(id)) return c.json({ error: NOT_FOUND_DOCUMENT }, 404);
    const body = await jsonBody(c);
    if (body === BAD) return c.json({ error: BAD_JSON }, 400);
    const input = checkVersionInput(body);
    if (!input.ok) return c.json({ error: input.error, field: input.field }, 400);
    const version = freezeVersion(deps, id, input.value, author(c), now());
    if (!version) return c.json({ error: NOT_FOUND_DOCUMENT }, 404);
    return c.json(version, 201, { Location: `/api/documents/${id}/versions/${version.id}` });
  });

  api.get('/documents/:id/versions/:versionId', read, (c) => {
    const id = c.req.param('id');
    if (!store.hasDocument(id)) return c.json({ error: NOT_FOUND_DOCUMENT }, 404);
    const programme = openVersion(store, id, c.req.param('versionId'));
    if (!programme) return c.json({ error: NOT_FOUND_VERSION }, 404);
    return c.json(programme);
  });

  api.on(['PUT', 'PATCH', 'DELETE'], '/documents/:id/versions', (c) => c.json({ error: VERSION_IMMUTABLE }, 405, { Allow: 'GET, POST' }));
  api.on(['PUT', 'PATCH', 'DELETE', 'POST'], '/documents/:id/versions/:versionId', (c) =>
    c.json({ error: VERSION_IMMUTABLE }, 405, { Allow: 'GET' }),
  );

  api.get('/documents/:id/diff', read, (c) => {
    const id = c.req.param('id');
    if (!store.hasDocument(id)) return c.json({ error: NOT_FOUND_DOCUMENT }, 404);
    const from = c.req.query('from');
    const to = c.req.query('to') || CURRENT;
    if (!from) return c.json({ error: MISSING_FROM, field: 'from' }, 400);
    const before = openState(deps, id, from);
    if (!before) return c.json({ error: NOT_FOUND_VERSION, field: 'from' }, 404);
    const after = openState(deps, id, to);
    if (!after) return c.json({ error: NOT_FOUND_VERSION, field: 'to' }, 404);
    return c.json({ from, to, ...diffProgrammes(before, after) });
  });

  api.post('/documents/:id/restore', edit, limit, async (c) => {
    const id = c.req.param('id');
    if (!store.hasDocument(id)) return c.json({ error: NOT_FOUND_DOCUMENT }, 404);
    const body = await jsonBody(c);
    if (body === BAD) return c.json({ error: BAD_JSON }, 400);
    const request = checkRestoreRequest(body);
    if (!request.ok) return c.json({ error: request.error, field: request.field }, 400);
    try {
      const outcome = restoreVersion(deps, id, request.value, author(c));
      if (!outcome) return c.json({ error: NOT_FOUND_VERSION, field: 'versionId' }, 404);
      return c.json(outcome);
    } catch (error) {
      if (error instanceof DocError) return c.json({ error: error.message }, 409);
      throw error;
    }
  });

  api.get('/documents/:id/history', read, (c) => {
    const id = c.req.param('id');
    if (!store.hasDocument(id)) return c.json({ error: NOT_FOUND_DOCUMENT }, 404);
    const rowId = c.req.query('rowId') || undefined;
    const field = c.req.query('field') || undefined;
    const rawLimit = c.req.query('limit');
    const limit = rawLimit === undefined ? MAX_HISTORY_LIMIT : Number(rawLimit);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_HISTORY_LIMIT) {
      return c.json({ error: `Het veld "limit" moet een geheel getal van 1 tot en met ${MAX_HISTORY_LIMIT} zijn.`, field: 'limit' }, 400);
    }
    return c.json(store.listHistory(id, { rowId, field, limit }));
  });

  return api;
}

const BAD = Symbol('bad json');

async function jsonBody(c: Context<AuthEnv>): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    return BAD;
  }
}
