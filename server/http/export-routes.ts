/**
 * GET /api/documents/:id/export?format=docx|xlsx|pdf|csv|json[&version=<versionId>]
 * id "all" exports the programmes together; version "current" (or none) is the live state. The answer is the file itself, with a Dutch file
 * name; errors are `{ error }` with a Dutch message.
 */
import { Hono } from 'hono';
import {
  PdfRenderer,
  contentDisposition,
  exportSnapshot,
  isExportFormat,
  loadSnapshot,
} from '../export/index.ts';
import { storedVersions } from '../export/versions.ts';
import type { Logger } from '../log.ts';
import type { DocumentStore } from '../persistence/document-store.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';

export interface ExportRouteDeps {
  registry: RoomRegistry;
  store: Pick<DocumentStore, 'listDocuments' | 'loadVersion'>;
  log: Logger;
}

export const UNKNOWN_FORMAT = 'Onbekend bestandsformaat. Kies docx (Word), xlsx (Excel), pdf, csv of json.';
export const EXPORT_NOT_FOUND_DOCUMENT = 'Dit programma bestaat niet (meer).';
export const NOT_FOUND_VERSION = 'Deze versie bestaat niet.';
export const PDF_UNAVAILABLE = 'De PDF kon nu niet worden gemaakt. Probeer het later opnieuw, of exporteer naar Word.';

export function exportRoutes(deps: ExportRouteDeps): Hono {
  const pdf = new PdfRenderer(deps.log);
  deps.registry.onClose(() => pdf.close());
  const snapshots = { registry: deps.registry, store: deps.store, versions: storedVersions(deps.store) };
  const api = new Hono();

  api.get('/documents/:id/export', async (c) => {
    const format = c.req.query('format');
    if (!isExportFormat(format)) return c.json({ error: UNKNOWN_FORMAT }, 400);
    const versionId = c.req.query('version') || null;
    const loaded = loadSnapshot(snapshots, c.req.param('id'), versionId);
    if (!loaded.ok) return c.json({ error: loaded.missing === 'version' ? NOT_FOUND_VERSION : EXPORT_NOT_FOUND_DOCUMENT }, 404);
    const started = performance.now();
    let file;
    try {
      file = await exportSnapshot(loaded.snapshot, format, { pdf, log: deps.log });
    } catch (error) {
      if (format !== 'pdf') throw error;
      deps.log.error('pdf export failed', { docId: c.req.param('id'), error });
      return c.json({ error: PDF_UNAVAILABLE }, 503);
    }
    deps.log.info('export', { docId: c.req.param('id'), format, bytes: file.body.byteLength, ms: Math.round(performance.now() - started) });
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': contentDisposition(file.fileName),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
  });

  return api;
}
