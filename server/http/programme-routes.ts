/**
 * New programmes, their settings and archiving (JSON; errors `{ error }` in Dutch, bad input
 * also `field`):
 *
 *   POST  /documents                 { name, municipality, periodStart, periodEnd } -> 201 { id }
 *                                    with "copyOf": "<id>" (and "version": "<versionId>") a copy of
 *                                    that programme's rows, now or as frozen in the version
 *                                    with "kind": "budget" (and optional fundingSource, yearStart,
 *                                    yearEnd, weeksPerYear) a budget plan instead -> 201 { id, kind }
 *   GET   /documents/:id/settings    -> ProgrammeSettings (read right)
 *   PATCH /documents/:id/settings    any of the settings, and `name` to rename -> 200 ProgrammeSettings (and `name`)
 *   POST  /documents/:id/archive     -> 200 { archived: true, versionId }
 *   POST  /documents/:id/unarchive   -> 200 { archived: false }
 *
 * Creating needs a beheerder of all programmes: a new programme has no scope yet that a
 * beheerder of one programme could manage. Settings and archiving need `manage` on the
 * programme (its beheerder). Settings and the archive mark are written by the server through
 * the room, so every open page sees them at once and they are stored like any change.
 */
import { Hono, type Context } from 'hono';
import { ALL_PROGRAMMES } from '../../shared/auth/roles.ts';
import { EditOrigin, SCHEMA_VERSION, clearArchiveMark, markArchived, readArchiveMark, readSettings, renameProgramme, seedBlankProgramme, writeSettings } from '../../shared/doc/index.ts';
import { checkNewProgramme, checkRename, checkSettingsPatch, programmeSlug } from '../../shared/programmes/settings.ts';
import { CLOSE } from '../../shared/protocol.ts';
import { isoDate } from '../../shared/text/dutch.ts';
import type { AuthApi, AuthEnv } from '../auth/index.ts';
import { BAD_JSON } from '../auth/messages.ts';
import { authorOfPrincipal } from '../history/attribution.ts';
import { freezeVersion } from '../history/versions.ts';
import type { Logger } from '../log.ts';
import type { DocumentStore } from '../persistence/document-store.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import { NOT_FOUND_DOCUMENT } from './api-routes.ts';
import { BAD_BODY, readJson } from './json-body.ts';
import { createBudget } from '../budget/create.ts';
import { requireRight } from './rights.ts';
import { copyInto, copySource } from './programme-copy.ts';
import * as Y from 'yjs';

export interface ProgrammeRouteDeps {
  store: DocumentStore;
  registry: RoomRegistry;
  auth: Pick<AuthApi, 'can'>;
  log: Logger;
  now?: () => Date;
}

const UNKNOWN_KIND = 'Onbekende soort document. Kies "programme" (een programma) of "budget" (een begrotingsplan).';
const CREATORS_ONLY = 'Je rol staat dit niet toe: alleen een beheerder van alle programma’s mag een programma aanmaken.';
export const ARCHIVED = 'Dit programma is gearchiveerd en kan niet meer worden gewijzigd. Lezen en exporteren kan nog wel.';

export function programmeRoutes({ store, registry, auth, log, now = () => new Date() }: ProgrammeRouteDeps): Hono<AuthEnv> {
  const api = new Hono<AuthEnv>();
  const author = (c: Context<AuthEnv>) => authorOfPrincipal(c.get('principal'));
  const origin = (c: Context<AuthEnv>) => {
    const who = author(c);
    return new EditOrigin('server', who.id, who.name);
  };
  const manage = requireRight(auth, 'manage');

  api.post('/documents', async (c) => {
    if (!auth.can(c.get('principal'), ALL_PROGRAMMES, 'manage')) return c.json({ error: CREATORS_ONLY }, 403);
    const body = await readJson(c);
    if (body === BAD_BODY) return c.json({ error: BAD_JSON }, 400);
    const kind = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).kind : undefined;
    if (kind === 'budget') {
      const created = createBudget(store, body, origin(c));
      if (!created.ok) return c.json({ error: created.error, field: created.field }, 400);
      log.info('budget plan created', { docId: created.value.id, by: author(c).id });
      return c.json({ id: created.value.id, kind: 'budget' }, 201);
    }
    if (kind !== undefined && kind !== 'programme') return c.json({ error: UNKNOWN_KIND, field: 'kind' }, 400);
    const input = checkNewProgramme(body);
    if (!input.ok) return c.json({ error: input.error, field: input.field }, 400);
    const copy = copySource(body, store, registry);
    if (!copy.ok) return c.json({ error: copy.error, field: copy.field }, 400);
    const id = programmeSlug(input.value.name, (candidate) => store.hasDocument(candidate));
    const doc = new Y.Doc();
    try {
      seedBlankProgramme(doc, id, input.value.name, input.value.settings, SCHEMA_VERSION, origin(c));
      if (copy.source) copyInto(doc, copy.source, input.value.settings, origin(c));
      store.append(id, Y.encodeStateAsUpdate(doc));
    } finally {
      doc.destroy();
    }
    const copied = copy.source ? { copyOf: copy.source.programme.id, version: (body as { version?: unknown }).version ?? null } : {};
    log.info('programme created', { docId: id, by: author(c).id, ...copied });
    return c.json({ id }, 201);
  });

  api.get('/documents/:id/settings', requireRight(auth, 'read'), (c) => {
    const settings = registry.readDocument(c.req.param('id'), readSettings);
    return settings ? c.json(settings) : c.json({ error: NOT_FOUND_DOCUMENT }, 404);
  });

  api.patch('/documents/:id/settings', manage, async (c) => {
    const id = c.req.param('id');
    const body = await readJson(c);
    if (body === BAD_BODY) return c.json({ error: BAD_JSON }, 400);
    const current = registry.readDocument(id, readSettings);
    if (!current) return c.json({ error: NOT_FOUND_DOCUMENT }, 404);
    const next = checkSettingsPatch(current, body);
    if (!next.ok) return c.json({ error: next.error, field: next.field }, 400);
    const name = checkRename(body);
    if (!name.ok) return c.json({ error: name.error, field: name.field }, 400);
    const by = origin(c);
    registry.changeDocument(id, by, (doc) => {
      writeSettings(doc, next.value, by);
      if (name.value !== undefined) renameProgramme(doc, name.value, by);
    });
    return c.json(name.value !== undefined ? { ...next.value, name: name.value } : next.value);
  });

  api.post('/documents/:id/unarchive', manage, (c) => {
    const id = c.req.param('id');
    const archived = registry.readDocument(id, readArchiveMark);
    if (archived === undefined) return c.json({ error: NOT_FOUND_DOCUMENT }, 404);
    if (archived === null) return c.json({ error: 'Dit programma is niet gearchiveerd.' }, 409);
    const by = origin(c);
    registry.changeDocument(id, by, (doc) => clearArchiveMark(doc, by));
    // Open sockets reconnect and get the access their rights give again (server/sync/access.ts).
    const reconnected = registry.dropSelected({ document: id }, CLOSE.rightsChanged, 'programme taken out of the archive');
    log.info('programme taken out of the archive', { docId: id, by: author(c).id, reconnected });
    return c.json({ archived: false });
  });

  api.post('/documents/:id/archive', manage, (c) => {
    const id = c.req.param('id');
    const archived = registry.readDocument(id, readArchiveMark);
    if (archived === undefined) return c.json({ error: NOT_FOUND_DOCUMENT }, 404);
    if (archived !== null) return c.json({ error: 'Dit programma is al gearchiveerd.' }, 409);
    const at = now();
    // The version first: if it cannot be stored, nothing is archived.
    const version = freezeVersion(
      { store, registry },
      id,
      { name: 'Bij archiveren', status: 'concept', date: isoDate(at), documentNumber: '', note: 'Automatisch genomen vóór het archiveren.' },
      author(c),
      at,
    );
    if (!version) return c.json({ error: NOT_FOUND_DOCUMENT }, 404);
    const by = origin(c);
    registry.changeDocument(id, by, (doc) => markArchived(doc, { at: at.toISOString(), byName: author(c).name, versionId: version.id }, by));
    // Open sockets reconnect and get read access from access.ts.
    const reconnected = registry.dropSelected({ document: id, exceptAccess: ['read'] }, CLOSE.rightsChanged, 'programme archived');
    log.info('programme archived', { docId: id, versionId: version.id, by: author(c).id, reconnected });
    return c.json({ archived: true, versionId: version.id });
  });

  return api;
}
