/**
 * Import of an Excel (.xlsx) or CSV table into a programme, in two steps:
 *
 *   POST /api/documents/:id/import/preview   what would change; changes nothing
 *   POST /api/documents/:id/import/apply     the same, then writes it as one transaction
 *   POST /api/documents/:id/import/undo      { versionId, rows, deletions } (the apply's answer):
 *                                            takes back what that import did ("Import terugdraaien")
 *
 * The file comes as multipart/form-data (field "file", optional "mapping" as JSON and
 * "confirmDeletes" as "true") or as the raw request body (then ?fileName=, ?mapping=,
 * ?confirmDeletes=true in the query). Both answer an ImportReport (server/import/index.ts):
 * rows, findings with Dutch messages naming sheet, row and column, and a summary
 * { update, add, unchanged, wouldDelete, skipped }; a preview without errors also lists under
 * `validation` what the programme's checks would newly report once applied. Apply answers 422 with the same report
 * when anything is wrong, and then nothing was written. A file that unpacks past the cap or
 * has far too many rows is refused first with 413 and a Dutch message (import/size-guard.ts). Both steps need the edit right on the
 * programme; the importer is the signed-in user. An apply that changes anything first freezes a
 * version "Voor de import van <file>" and answers its id as `undoVersionId`; undo writes only
 * values from that version, only where the import's value still stands (server/import/undo.ts),
 * and answers { removed, cells, returned, kept }.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AuthApi, AuthEnv } from '../auth/index.ts';
import { authorOfPrincipal } from '../history/attribution.ts';
import { MAX_IMPORT_BYTES, applyImport, importOrigin, importWouldChange, parseMapping, previewImport, readImport, type ImportMapping } from '../import/index.ts';
import { BAD_UNDO, readUndoRequest, undoImport } from '../import/undo.ts';
import { freezeVersion, openVersion } from '../history/versions.ts';
import type { VersionInput } from '../../shared/history/index.ts';
import type { DocumentStore } from '../persistence/document-store.ts';
import { BAD_BODY, readJson } from './json-body.ts';
import { importTooLarge } from '../import/size-guard.ts';
import type { Logger } from '../log.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import { isBudgetDocId } from '../../shared/budget/document-id.ts';
import { readBudgetSettings, isBudgetDoc } from '../../shared/doc/budget/index.ts';
import { applyBudgetImport, previewBudgetImport, readBudgetTable } from '../budget/import.ts';
import { NOT_FOUND_BUDGET } from './api-routes.ts';
import { requireRight } from './rights.ts';
import { DUTCH_TIME_ZONE, isoDate } from '../../shared/text/dutch.ts';

export interface ImportRouteDeps {
  store: DocumentStore;
  registry: RoomRegistry;
  auth: Pick<AuthApi, 'can'>;
  log: Logger;
}

export const IMPORT_NOT_FOUND_DOCUMENT = 'Dit programma bestaat niet (meer).';
export const IMPORT_TOO_LARGE = `Het bestand is te groot om te importeren (hoogstens ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`;
export const NO_FILE = 'Er is geen bestand meegestuurd. Stuur het bestand mee in het veld "file".';
export const IMPORT_REFUSED = 'Er is niets geïmporteerd: los eerst de fouten in het bestand op.';
const UNDO_VERSION_GONE = 'De versie van vóór deze import bestaat niet. Zet zo nodig een eerdere versie terug via Versies.';

function versionBeforeImport(fileName: string): VersionInput {
  return {
    name: `Voor de import van ${fileName}`.slice(0, 200),
    status: 'concept',
    date: isoDate(new Date(), DUTCH_TIME_ZONE),
    documentNumber: '',
    note: 'Door Koers vastgelegd vlak voor een import, zodat die kan worden teruggedraaid.',
  };
}

interface ImportRequest {
  bytes: Uint8Array;
  fileName: string;
  mapping: ImportMapping;
  confirmDeletes: boolean;
}

export function importRoutes({ store, registry, auth, log }: ImportRouteDeps): Hono<AuthEnv> {
  const api = new Hono<AuthEnv>();
  const limit = bodyLimit({ maxSize: MAX_IMPORT_BYTES, onError: (c) => c.json({ error: IMPORT_TOO_LARGE }, 413) });

  // A budget plan takes its csv or xlsx template (server/budget/import.ts) with the finance right.
  api.post('/documents/:id/import/:step{preview|apply}', requireRight(auth, 'edit', { budget: 'finance' }), limit, async (c) => {
    const docId = c.req.param('id');
    const budget = isBudgetDocId(docId);
    const settings = budget ? registry.readDocument(docId, (doc) => (isBudgetDoc(doc) ? readBudgetSettings(doc) : null)) : null;
    if (budget ? !settings : !registry.readDocument(docId, () => true)) return c.json({ error: budget ? NOT_FOUND_BUDGET : IMPORT_NOT_FOUND_DOCUMENT }, 404);
    const request = await readRequest(c);
    if ('error' in request) return c.json({ error: request.error }, 400);
    const started = performance.now();
    const tooLarge = await importTooLarge(request.bytes);
    if (tooLarge) {
      log.warn('import refused: too large', { docId, bytes: request.bytes.byteLength, ms: Math.round(performance.now() - started) });
      return c.json({ error: tooLarge }, 413);
    }
    if (settings) {
      const author = authorOfPrincipal(c.get('principal'));
      const origin = importOrigin(author.id, author.name);
      const table = await readBudgetTable(request.bytes, request.fileName, { start: settings.yearStart, end: settings.yearEnd });
      const step = c.req.param('step');
      const result = step === 'preview' ? previewBudgetImport(registry, docId, table, origin) : applyBudgetImport(registry, docId, table, origin);
      if (!result) return c.json({ error: NOT_FOUND_BUDGET }, 404);
      log.info(`budget import ${step}`, { docId, format: table.format, ...result.summary, ok: result.ok, applied: result.applied, ms: Math.round(performance.now() - started) });
      return step === 'apply' && !result.applied ? c.json({ error: IMPORT_REFUSED, ...result }, 422) : c.json(result);
    }
    const read = await readImport({ bytes: request.bytes, fileName: request.fileName }, request.mapping);
    if (c.req.param('step') === 'preview') {
      const result = previewImport(registry, docId, read, request.confirmDeletes, isoDate(new Date(), DUTCH_TIME_ZONE));
      if (!result) return c.json({ error: IMPORT_NOT_FOUND_DOCUMENT }, 404);
      log.info('import preview', { docId, format: read.format, ...result.summary, ok: result.ok, ms: Math.round(performance.now() - started) });
      return c.json(result);
    }
    const author = authorOfPrincipal(c.get('principal'));
    const before = importWouldChange(registry, docId, read, request.confirmDeletes)
      ? freezeVersion({ store, registry }, docId, versionBeforeImport(request.fileName), author, new Date())
      : undefined;
    const result = applyImport(registry, docId, read, request.confirmDeletes, importOrigin(author.id, author.name));
    if (!result) return c.json({ error: IMPORT_NOT_FOUND_DOCUMENT }, 404);
    log.info('import apply', { docId, format: read.format, ...result.summary, applied: result.applied, by: author.id, versionBefore: before?.id ?? null, ms: Math.round(performance.now() - started) });
    return result.applied ? c.json({ ...result, undoVersionId: before?.id ?? null }) : c.json({ error: IMPORT_REFUSED, ...result }, 422);
  });

  api.post('/documents/:id/import/undo', requireRight(auth, 'edit'), async (c) => {
    const docId = c.req.param('id');
    if (isBudgetDocId(docId) || !store.hasDocument(docId)) return c.json({ error: IMPORT_NOT_FOUND_DOCUMENT }, 404);
    const body = await readJson(c);
    const request = body === BAD_BODY ? null : readUndoRequest(body);
    if (!request) return c.json({ error: BAD_UNDO }, 400);
    const before = openVersion(store, docId, request.versionId);
    if (!before) return c.json({ error: UNDO_VERSION_GONE }, 404);
    const author = authorOfPrincipal(c.get('principal'));
    const origin = importOrigin(author.id, author.name);
    const summary = registry.changeDocument(docId, origin, (doc) => undoImport(doc, before, request, origin));
    if (!summary) return c.json({ error: IMPORT_NOT_FOUND_DOCUMENT }, 404);
    log.info('import undone', { docId, versionId: request.versionId, ...summary, by: author.id });
    return c.json(summary);
  });

  return api;
}

export async function readRequest(c: Context<AuthEnv>): Promise<ImportRequest | { error: string }> {
  const type = c.req.header('content-type') ?? '';
  let bytes: Uint8Array;
  let fileName: string;
  let mappingInput: unknown;
  let confirm: unknown;
  if (type.startsWith('multipart/form-data')) {
    let form: Record<string, string | File | (string | File)[]>;
    try {
      form = await c.req.parseBody();
    } catch {
      return { error: 'Het formulier kon niet worden gelezen. Stuur het bestand als multipart/form-data in het veld "file".' };
    }
    const file = form.file;
    if (!(file instanceof File)) return { error: NO_FILE };
    bytes = new Uint8Array(await file.arrayBuffer());
    fileName = file.name || 'bestand';
    mappingInput = form.mapping;
    confirm = form.confirmDeletes;
  } else {
    bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.byteLength === 0) return { error: NO_FILE };
    fileName = c.req.query('fileName') || 'bestand';
    mappingInput = c.req.query('mapping');
    confirm = c.req.query('confirmDeletes');
  }
  const mapping = parseMapping(typeof mappingInput === 'string' ? mappingInput : undefined);
  if (!mapping.ok) return { error: mapping.error };
  return { bytes, fileName: fileName.slice(0, 200), mapping: mapping.mapping, confirmDeletes: confirm === 'true' || confirm === '1' };
}
