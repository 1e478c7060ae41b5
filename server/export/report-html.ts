/**
 * The report outline as one printable HTML page, for Chromium's page.pdf(), rendered by React
 * (`ReportDocument.tsx`), which escapes every piece of user text. Only the footer is a template
 * string, because Chromium wants one; its one user text goes through escapeHtml.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { escapeHtml } from '../../shared/text/dutch.ts';
import { ReportDocument } from './ReportDocument.tsx';
import { reportOutline, type ReportPart } from './report-outline.ts';
import type { ExportSnapshot } from './snapshot.ts';


const CSS = `
  @page { size: A4; }
  * { box-sizing: border-box; }
  body { font-family: Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.35; color: #1f2933; margin: 0; }
  .part + .part { break-before: page; }
  .title-page { break-after: page; padding-top: 40mm; }
  .kicker { font-size: 12pt; color: #1d4e89; text-transform: uppercase; letter-spacing: .04em; margin: 0 0 4mm; }
  .title { font-size: 26pt; font-weight: bold; color: #1d4e89; margin: 0 0 12mm; }
  .facts { margin: 0; font-size: 11pt; }
  .facts dt { font-weight: bold; float: left; clear: left; width: 45mm; }
  .facts dd { margin: 0 0 2mm 45mm; }
  .contents { margin-top: 8mm; font-size: 11pt; }
  h1 { font-size: 16pt; color: #1d4e89; margin: 10mm 0 3mm; break-after: avoid; break-inside: avoid; }
  h2 { font-size: 13pt; margin: 7mm 0 2mm; break-after: avoid; break-inside: avoid; }
  .label { font-weight: bold; color: #1d4e89; margin: 3mm 0 1mm; break-after: avoid; }
  p { margin: 0 0 2mm; white-space: pre-wrap; }
  .empty { font-style: italic; color: #6b7280; }
  table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; font-size: 9pt; }
  thead { display: table-header-group; }
  th { background: #dce6f2; text-align: left; font-weight: bold; }
  th, td { border: 0.5pt solid #9ca3af; padding: 1.2mm 1.8mm; vertical-align: top; }
  td p { margin: 0 0 1mm; }
  tr { break-inside: avoid; }
  ol { margin: 0 0 3mm; padding-left: 7mm; }
  li { margin: 0 0 1mm; white-space: pre-wrap; }
  .chart { margin: 1mm 0 5mm; break-inside: avoid; }
  .chart img { max-width: 100%; height: auto; }
`;

/** The programme report by default; the voortgangsrapportage passes its own parts. */
export function renderReportHtml(snapshot: ExportSnapshot, outline: ReportPart[] = reportOutline(snapshot)): string {
  const parts = outline.map((part) => part.blocks);
  const title = `${snapshot.title} - ${snapshot.version.name}`;
  return `<!doctype html>\n${renderToStaticMarkup(createElement(ReportDocument, { title, css: CSS, parts }))}`;
}

/** Chromium's footer template; its classes pageNumber/totalPages are filled in per page. */
export function footerTemplate(snapshot: ExportSnapshot): string {
  const left = escapeHtml(`${snapshot.title} - ${snapshot.version.name}`);
  return `<div style="font-family: Arial, 'Liberation Sans', sans-serif; font-size: 8pt; color: #4b5563; width: 100%; margin: 0 20mm; display: flex; justify-content: space-between;">
  <span>${left}</span><span>pagina <span class="pageNumber"></span> van <span class="totalPages"></span></span></div>`;
}
