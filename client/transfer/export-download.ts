/**
 * Downloads an export from GET /api/documents/:id/export as a file. A fetch, not a navigation:
 * the editor keeps running while the server builds the file, and a refusal comes back as the
 * server's Dutch message instead of a page with JSON on it.
 */
import { reportUnauthorized } from '../app/http.ts';

export type ExportFormat = 'docx' | 'xlsx' | 'pdf' | 'csv' | 'json';

/** id=all: the three programmes in one file (the server's ALL_PROGRAMMES). */
export const ALL_PROGRAMMES_ID = 'all';

export const EXPORT_CHOICES: readonly { format: ExportFormat; label: string; noun: string }[] = [
  { format: 'docx', label: 'Word (.docx)', noun: 'Word-bestand' },
  { format: 'xlsx', label: 'Excel (.xlsx)', noun: 'Excel-bestand' },
  { format: 'pdf', label: 'PDF (.pdf)', noun: 'PDF' },
  { format: 'csv', label: 'CSV (.csv)', noun: 'CSV-bestand' },
  { format: 'json', label: 'JSON (.json)', noun: 'JSON-bestand' },
];

/** The voortgangsrapportage (issue 13): the same route with report=voortgang, Word or PDF. */
export const PROGRESS_REPORT_CHOICES: readonly { format: ExportFormat; label: string; noun: string }[] = [
  { format: 'docx', label: 'Voortgangsrapportage, Word (.docx)', noun: 'Voortgangsrapportage' },
  { format: 'pdf', label: 'Voortgangsrapportage, PDF (.pdf)', noun: 'Voortgangsrapportage' },
];

export function exportUrl(documentId: string, format: ExportFormat, versionId: string | null, report: 'voortgang' | null = null): string {
  const query = new URLSearchParams({ format });
  if (report) query.set('report', report);
  if (versionId) query.set('version', versionId);
  return `/api/documents/${encodeURIComponent(documentId)}/export?${query.toString()}`;
}

/** Fetches the export and hands it to the browser as a download; returns the file name. */
export async function downloadExport(url: string, fallbackName: string, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new Error('De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.', { cause: error });
  }
  if (!response.ok) {
    if (response.status === 401) reportUnauthorized();
    throw new Error(await refusal(response));
  }
  const blob = await response.blob();
  const fileName = fileNameFromDisposition(response.headers.get('content-disposition')) ?? fallbackName;
  saveBlob(blob, fileName);
  return fileName;
}

async function refusal(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    const message = body && typeof body === 'object' ? (body as { error?: unknown }).error : null;
    if (typeof message === 'string' && message) return message;
  } catch {
    // not JSON: fall through to the status
  }
  return `Het exporteren is mislukt (status ${response.status}). Probeer het later opnieuw.`;
}

/** The file name from Content-Disposition: the UTF-8 `filename*` when present, else `filename`. */
function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended) {
    try {
      return safeName(decodeURIComponent(extended[1]!.trim()));
    } catch {
      // a broken encoding: try the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/.exec(header);
  const name = plain ? (plain[1] ?? plain[2] ?? '').trim() : '';
  return name ? safeName(name) : null;
}

/** A name is only a name: no folders, no control characters. */
function safeName(name: string): string | null {
  const cleaned = name.replace(/[^\P{Cc}\u0080-\u009f]|[/\\]/gu, ' ').trim();
  return cleaned || null;
}

function saveBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the blob by the next task; release it then.
  window.setTimeout(() => URL.revokeObjectURL(href), 0);
}
