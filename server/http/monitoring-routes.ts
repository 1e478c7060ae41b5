/**
 * Monitoring (issue 13), mounted with one line in app.ts:
 *
 *   GET  /api/documents/:id/progress                          per indicator the status, per goal the counts
 *   GET  /api/documents/:id/measurements?format=json|csv|xlsx all measurements (csv/xlsx re-import as they are)
 *   GET  /api/documents/:id/measurements/template?format=csv|xlsx   one empty line per indicator
 *   POST /api/documents/:id/measurements/import/preview       what an import would do; changes nothing
 *   POST /api/documents/:id/measurements/import/apply         the same, then written as one change
 *
 * Reads need the read right, the import the edit right (rights.ts), as the other routes; an
 * archived programme refuses the import with 409 (archived-guard.ts, before any route). The
 * import takes the file as the table import does (multipart field "file", or the raw body with
 * ?fileName=) and answers a MeasurementImportReport: rows, Dutch findings per row, a summary;
 * apply answers 422 with the same report when anything is wrong, and then nothing was written.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { readProgramme } from '../../shared/doc/index.ts';
import { computeProgrammeProgress } from '../../shared/monitoring/index.ts';
import { isoDate } from '../../shared/text/dutch.ts';
import type { AuthApi, AuthEnv } from '../auth/index.ts';
import { contentDisposition } from '../export/index.ts';
import { isMeasurementFormat, renderMeasurements } from '../export/measurements.ts';
import { authorOfPrincipal } from '../history/attribution.ts';
import { MAX_IMPORT_BYTES, importOrigin, readImport } from '../import/index.ts';
import { applyMeasurementImport, previewMeasurementImport } from '../import/measurements.ts';
import { importTooLarge } from '../import/size-guard.ts';
import type { Logger } from '../log.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import { NOT_FOUND_DOCUMENT } from './api-routes.ts';
import { IMPORT_REFUSED, IMPORT_TOO_LARGE, readRequest } from './import-routes.ts';
import { requireRight } from './rights.ts';

export interface MonitoringRouteDeps {
  registry: RoomRegistry;
  auth: Pick<AuthApi, 'can'>;
  log: Logger;
  /** The clock for file names, replaceable in tests. */
  now?: () => Date;
}

export const UNKNOWN_MEASUREMENT_FORMAT = 'Onbekend bestandsformaat. Kies json, csv of xlsx (Excel).';

export function monitoringRoutes({ registry, auth, log, now = () => new Date() }: MonitoringRouteDeps): Hono<AuthEnv> {
  const api = new Hono<AuthEnv>();
  const read = requireRight(auth, 'read');

  api.get('/documents/:id/progress', read, (c) => {
    const documentId = c.req.param('id');
    const programme = registry.readDocument(documentId, readProgramme);
    if (!programme) return c.json({ error: NOT_FOUND_DOCUMENT }, 404);
    const progress = computeProgrammeProgress(programme);
    return c.json({
      documentId,
      indicators: progress.indicators.map((p) => ({
        indicatorId: p.indicatorId,
        code: p.code,
        status: p.status,
        latest: p.latest && { period: p.latest.period.key, value: p.latest.value },
        target: p.target && { kind: p.target.kind, value: p.target.value, high: p.target.high, percent: p.target.percent, year: p.target.year, unit: p.target.unit, polarity: p.target.polarity },
        explanation: p.explanation,
      })),
      goals: progress.goals,
    });
  });

  const file = (template: boolean) =>
    async (c: Context<AuthEnv>) => {
      const format = c.req.query('format') ?? 'json';
      if (!isMeasurementFormat(format) || (template && format === 'json')) return c.json({ error: UNKNOWN_MEASUREMENT_FORMAT }, 400);
      const programme = registry.readDocument(c.req.param('id') ?? '', readProgramme);
      if (!programme) return c.json({ error: NOT_FOUND_DOCUMENT }, 404);
      const out = await renderMeasurements(programme, format, isoDate(now()), template);
      return c.body(out.body as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': out.contentType,
        ...(format === 'json' ? {} : { 'Content-Disposition': contentDisposition(out.fileName) }),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
    };
  api.get('/documents/:id/measurements', read, file(false));
  api.get('/documents/:id/measurements/template', read, file(true));

  const limit = bodyLimit({ maxSize: MAX_IMPORT_BYTES, onError: (c) => c.json({ error: IMPORT_TOO_LARGE }, 413) });
  api.post('/documents/:id/measurements/import/:step{preview|apply}', requireRight(auth, 'edit'), limit, async (c) => {
    const docId = c.req.param('id');
    if (!registry.readDocument(docId, () => true)) return c.json({ error: NOT_FOUND_DOCUMENT }, 404);
    const request = await readRequest(c);
    if ('error' in request) return c.json({ error: request.error }, 400);
    const started = performance.now();
    const tooLarge = await importTooLarge(request.bytes);
    if (tooLarge) return c.json({ error: tooLarge }, 413);
    const file = await readImport({ bytes: request.bytes, fileName: request.fileName }, request.mapping);
    if (c.req.param('step') === 'preview') {
      const result = previewMeasurementImport(registry, docId, file);
      if (!result) return c.json({ error: NOT_FOUND_DOCUMENT }, 404);
      log.info('measurement import preview', { docId, format: file.format, ...result.summary, ok: result.ok, ms: Math.round(performance.now() - started) });
      return c.json(result);
    }
    const author = authorOfPrincipal(c.get('principal'));
    const result = applyMeasurementImport(registry, docId, file, importOrigin(author.id, author.name));
    if (!result) return c.json({ error: NOT_FOUND_DOCUMENT }, 404);
    log.info('measurement import apply', { docId, format: file.format, ...result.summary, applied: result.applied, by: author.id, ms: Math.round(performance.now() - started) });
    return result.applied ? c.json(result) : c.json({ error: IMPORT_REFUSED, ...result }, 422);
  });

  return api;
}
