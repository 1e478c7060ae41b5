/**
 * GET /api/documents/:id/export?format=docx|xlsx|pdf|csv|json[&version=<versionId>]
 * GET /api/documents/:id/export?format=docx|pdf&report=voortgang[&version=<versionId>]: the voortgangsrapportage
 * id "all" exports the programmes together; version "current" (or none) is the live state. The answer is the file itself, with a Dutch file
 * name; errors are `{ error }` with a Dutch message. Needs the read right; "all" holds the
 * programmes this user may read.
 */
import { Hono } from 'hono';
import {
  ALL_PROGRAMMES,
  PdfRenderer,
  contentDisposition,
  exportSnapshot,
  isExportFormat,
  isReport,
  REPORT_FORMATS,
  loadSnapshot,
} from '../export/index.ts';
import { storedVersions } from '../export/versions.ts';
import type { AuthApi, AuthEnv } from '../auth/index.ts';
import { NO_PROGRAMME_ACCESS } from '../auth/messages.ts';
import type { Logger } from '../log.ts';
import type { DocumentStore } from '../persistence/document-store.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import { isBudgetDocId } from '../../shared/budget/document-id.ts';
import { computeBudget } from '../../shared/budget/totals.ts';
import { isBudgetDoc, readBudgetPlan } from '../../shared/doc/budget/index.ts';
import { isBudgetExportFormat, renderBudgetCsv, renderBudgetJson, renderBudgetXlsx } from '../budget/export.ts';
import { CONTENT_TYPES, exportFileName } from '../export/file-name.ts';
import { dutchDate } from '../export/snapshot.ts';
import { NOT_FOUND_BUDGET } from './api-routes.ts';
import { programmeIds, requireRight } from './rights.ts';

export interface ExportRouteDeps {
  registry: RoomRegistry;
  store: Pick<DocumentStore, 'listDocuments' | 'loadVersion'>;
  auth: Pick<AuthApi, 'can'>;
  log: Logger;
}

export const UNKNOWN_REPORT = 'Onbekend rapport. Kies report=voortgang (de voortgangsrapportage), of laat report weg voor het programma zelf.';
export const REPORT_FORMAT = 'De voortgangsrapportage bestaat als docx (Word) of pdf.';
const NO_BUDGET_REPORT = 'Een begrotingsplan heeft geen voortgangsrapportage.';
export const UNKNOWN_FORMAT = 'Onbekend bestandsformaat. Kies docx (Word), xlsx (Excel), pdf, csv of json.';
const UNKNOWN_BUDGET_FORMAT = 'Een begrotingsplan exporteert naar xlsx (Excel, met formules voor de totalen), csv of json.';
const NO_BUDGET_VERSIONS = 'Een begrotingsplan heeft nog geen versies; exporteer de huidige stand.';
export const EXPORT_NOT_FOUND_DOCUMENT = 'Dit programma bestaat niet (meer).';
export const NOT_FOUND_VERSION = 'Deze versie bestaat niet.';
const PDF_UNAVAILABLE = 'De PDF kon nu niet worden gemaakt. Probeer het later opnieuw, of exporteer naar Word.';
const REPORT_UNAVAILABLE = 'De voortgangsrapportage kon nu niet worden gemaakt: de grafieken konden niet worden getekend. Probeer het later opnieuw.';

export function exportRoutes(deps: ExportRouteDeps): Hono<AuthEnv> {
  const pdf = new PdfRenderer(deps.log);
  deps.registry.onClose(() => pdf.close());
  const versions = storedVersions(deps.store);
  const api = new Hono<AuthEnv>();
  const read = requireRight(deps.auth, 'read', { budget: 'read' });

  api.get('/documents/:id/export', (c, next) => (c.req.param('id') === ALL_PROGRAMMES ? next() : read(c, next)), async (c) => {
    const format = c.req.query('format');
    const id = c.req.param('id');
    const reportParam = c.req.query('report');
    const report = reportParam === undefined || reportParam === '' ? null : isReport(reportParam) ? reportParam : undefined;
    if (report === undefined) return c.json({ error: UNKNOWN_REPORT }, 400);
    if (isBudgetDocId(id)) {
      if (report) return c.json({ error: NO_BUDGET_REPORT }, 400);
      if (!isBudgetExportFormat(format)) return c.json({ error: UNKNOWN_BUDGET_FORMAT }, 400);
      const versionId = c.req.query('version');
      if (versionId && versionId !== 'current') return c.json({ error: NO_BUDGET_VERSIONS }, 404);
      const plan = deps.registry.readDocument(id, (doc) => (isBudgetDoc(doc) ? readBudgetPlan(doc) : null));
      if (!plan) return c.json({ error: NOT_FOUND_BUDGET }, 404);
      const started = performance.now();
      const now = new Date();
      const totals = computeBudget(plan);
      const body = format === 'csv' ? renderBudgetCsv(plan, totals) : format === 'json' ? renderBudgetJson(plan, totals) : await renderBudgetXlsx(plan, totals, now);
      const label = { versionId: null, name: '', status: '', date: dutchDate(now), documentNumber: '' };
      deps.log.info('export', { docId: id, format, bytes: body.byteLength, ms: Math.round(performance.now() - started) });
      return c.body(body as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': CONTENT_TYPES[format],
        'Content-Disposition': contentDisposition(exportFileName(plan.name, label, format)),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
    }
    if (!isExportFormat(format)) return c.json({ error: report ? REPORT_FORMAT : UNKNOWN_FORMAT }, 400);
    if (report && !REPORT_FORMATS.includes(format)) return c.json({ error: REPORT_FORMAT }, 400);
    const versionId = c.req.query('version') || null;
    const principal = c.get('principal');
    // "all" is what this user may read, so the combined file never holds a programme they cannot open.
    const readable = programmeIds(deps.store.listDocuments()).filter((id) => deps.auth.can(principal, id, 'read'));
    if (c.req.param('id') === ALL_PROGRAMMES && readable.length === 0) return c.json({ error: NO_PROGRAMME_ACCESS }, 403);
    const snapshots = { registry: deps.registry, store: { listDocuments: () => readable }, versions };
    const loaded = loadSnapshot(snapshots, c.req.param('id'), versionId);
    if (!loaded.ok) return c.json({ error: loaded.missing === 'version' ? NOT_FOUND_VERSION : EXPORT_NOT_FOUND_DOCUMENT }, 404);
    const started = performance.now();
    let file;
    try {
      file = await exportSnapshot(loaded.snapshot, format, { pdf, log: deps.log }, report);
    } catch (error) {
      // The voortgangsrapportage draws its charts in Chromium, in Word as well as in PDF.
      if (format !== 'pdf' && !report) throw error;
      deps.log.error(`${report ? 'progress report' : 'pdf'} export failed`, { docId: c.req.param('id'), format, error });
      return c.json({ error: report ? REPORT_UNAVAILABLE : PDF_UNAVAILABLE }, 503);
    }
    deps.log.info('export', { docId: c.req.param('id'), format, report, bytes: file.body.byteLength, ms: Math.round(performance.now() - started) });
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': contentDisposition(file.fileName),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
  });

  return api;
}
