/**
 * Dutch file names for exports and the Content-Disposition header that carries them.
 * Browsers take `filename*` (RFC 5987, UTF-8) when present; `filename` is the plain-ASCII
 * fallback for old clients.
 */
import type { VersionLabel } from './snapshot.ts';

const EXPORT_FORMATS = ['docx', 'xlsx', 'pdf', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** "Bestaanszekerheid bieden - huidige versie 2026-11-22.docx" */
export function exportFileName(title: string, version: VersionLabel, format: ExportFormat): string {
  const versionPart = version.versionId === null ? 'huidige versie' : version.name;
  return `${cleanFileName(`${title} - ${versionPart} ${version.date}`)}.${format}`;
}

export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Drops characters Windows and macOS refuse in file names, and control characters. */
export function cleanFileName(name: string): string {
  return name
    .replace(/[^\P{Cc}\u0080-\u009f]|[<>:"/\\|?*]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 180);
}
