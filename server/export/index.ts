/** One entry point per export: a snapshot and a format in, a named file out. */
import type { Logger } from '../log.ts';
import { renderCsv } from './csv.ts';
import { CONTENT_TYPES, exportFileName, type ExportFormat } from './file-name.ts';
import { renderJson } from './json.ts';
import type { PdfRenderer } from './pdf-renderer.ts';
import type { ExportSnapshot } from './snapshot.ts';

export interface ExportFile {
  body: Uint8Array;
  contentType: string;
  fileName: string;
}

export interface ExportDeps {
  pdf: PdfRenderer;
  log?: Logger;
}

/** The reports besides the programme itself: `report=voortgang` is the voortgangsrapportage (docx, pdf). */
const REPORTS = ['voortgang'] as const;
export type Report = (typeof REPORTS)[number];
export const REPORT_FORMATS: readonly ExportFormat[] = ['docx', 'pdf'];

export function isReport(value: unknown): value is Report {
  return typeof value === 'string' && (REPORTS as readonly string[]).includes(value);
}

export async function exportSnapshot(snapshot: ExportSnapshot, format: ExportFormat, deps: ExportDeps, report: Report | null = null): Promise<ExportFile> {
  if (report === 'voortgang') {
    const body = await renderProgressReport(snapshot, format, deps);
    return { body, contentType: CONTENT_TYPES[format], fileName: exportFileName(`Voortgangsrapportage ${snapshot.title}`, snapshot.version, format) };
  }
  const body = await render(snapshot, format, deps);
  return { body, contentType: CONTENT_TYPES[format], fileName: exportFileName(snapshot.title, snapshot.version, format) };
}

async function renderProgressReport(snapshot: ExportSnapshot, format: ExportFormat, deps: ExportDeps): Promise<Uint8Array> {
  if (format !== 'pdf' && format !== 'docx') throw new Error(`the voortgangsrapportage has no ${format}`);
  const { progressReportParts, PROGRESS_REPORT_TITLE } = await import('./progress-outline.ts');
  const parts = await progressReportParts(snapshot, deps.pdf, format);
  if (format === 'docx') return (await import('./docx.ts')).renderDocx(snapshot, parts, PROGRESS_REPORT_TITLE);
  const { footerTemplate, renderReportHtml } = await import('./report-html.ts');
  return deps.pdf.render(renderReportHtml(snapshot, parts), { footerTemplate: footerTemplate(snapshot) });
}

async function render(snapshot: ExportSnapshot, format: ExportFormat, deps: ExportDeps): Promise<Uint8Array> {
  switch (format) {
    // docx, exceljs and react-dom/server are large: loaded after the server listens
    // (warm-export-libraries.ts) or on the first export, not before the first HTTP answer.
    case 'docx':
      return (await import('./docx.ts')).renderDocx(snapshot);
    case 'xlsx':
      return (await import('./xlsx.ts')).renderXlsx(snapshot, deps.log);
    case 'pdf': {
      const { footerTemplate, renderReportHtml } = await import('./report-html.ts');
      return deps.pdf.render(renderReportHtml(snapshot), { footerTemplate: footerTemplate(snapshot) });
    }
    case 'csv':
      return renderCsv(snapshot);
    case 'json':
      return renderJson(snapshot);
  }
}

export { PdfRenderer } from './pdf-renderer.ts';
export { loadSnapshot, ALL_PROGRAMMES, type ExportSnapshot } from './snapshot.ts';
export { isExportFormat, contentDisposition, type ExportFormat } from './file-name.ts';
