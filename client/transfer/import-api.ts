/**
 * POST /api/documents/:id/import/preview, .../import/apply and .../import/undo (server/http/import-routes.ts):
 * the file as multipart/form-data with an optional column mapping and the explicit consent to
 * delete rows the file leaves out. The answer is the server's ImportReport; only the parts the
 * dialog shows are typed here (client code does not import server code).
 */
import { reportUnauthorized, requestJson } from '../app/http.ts';

interface ImportFinding {
  severity: 'error' | 'warning';
  sheet: string;
  row: number | null;
  column: string | null;
  columnLetter: string | null;
  /** Dutch, naming sheet, row and column. */
  message: string;
}

interface ImportChange {
  field: string;
  column: string;
  from: string | number | boolean | null;
  to: string | number | boolean | null;
}

export interface ImportRow {
  sheet: string;
  row: number;
  kind: string;
  id: string;
  action: 'update' | 'add' | 'unchanged';
  label: string;
  changes: ImportChange[];
}

interface ImportDeletion {
  kind: string;
  id: string;
  label: string;
  rows: number;
}

export interface ImportReport {
  format: 'xlsx' | 'csv' | null;
  rows: ImportRow[];
  deletions: ImportDeletion[];
  findings: ImportFinding[];
  summary: { update: number; add: number; unchanged: number; wouldDelete: number; skipped: number };
  ok: boolean;
  applied: boolean;
  /** Preview only: what the programme's checks would newly report once applied. */
  validation?: { severity: 'error' | 'warning' | 'info'; ruleId: string; message: string; place: string }[];
  /** Apply only: the version Koers froze just before, which "Import terugdraaien" takes back to. */
  undoVersionId?: string | null;
}

export interface ImportUndone {
  removed: number;
  cells: number;
  returned: number;
  kept: number;
}

/** File column header -> Koers column header, or null to leave the column out. */
export type ColumnMapping = Record<string, string | null>;

export interface ImportRequest {
  documentId: string;
  file: File;
  columns: ColumnMapping;
  confirmDeletes: boolean;
}

export class ImportRefused extends Error {
  constructor(
    message: string,
    /** The report when the server sent one (a refused apply), to show its findings. */
    readonly report: ImportReport | null,
  ) {
    super(message);
  }
}

export function previewImport(request: ImportRequest, signal?: AbortSignal): Promise<ImportReport> {
  return post('preview', request, signal);
}

export function applyImport(request: ImportRequest, signal?: AbortSignal): Promise<ImportReport> {
  return post('apply', request, signal);
}

/** "Import terugdraaien": takes back what this applied import did (server/import/undo.ts). */
export function undoImport(documentId: string, applied: ImportReport): Promise<ImportUndone> {
  return requestJson(`/api/documents/${encodeURIComponent(documentId)}/import/undo`, {
    method: 'POST',
    body: {
      versionId: applied.undoVersionId,
      rows: applied.rows.filter((r) => r.action !== 'unchanged').map((r) => ({ kind: r.kind, id: r.id, action: r.action, changes: r.changes.map((c) => ({ field: c.field, to: c.to })) })),
      deletions: applied.deletions.map((d) => ({ kind: d.kind, id: d.id })),
    },
  });
}

async function post(step: 'preview' | 'apply', request: ImportRequest, signal?: AbortSignal): Promise<ImportReport> {
  const form = new FormData();
  form.set('file', request.file, request.file.name);
  if (Object.keys(request.columns).length > 0) form.set('mapping', JSON.stringify({ columns: request.columns }));
  if (request.confirmDeletes) form.set('confirmDeletes', 'true');
  let response: Response;
  try {
    response = await fetch(`/api/documents/${encodeURIComponent(request.documentId)}/import/${step}`, {
      method: 'POST',
      body: form,
      signal,
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ImportRefused('De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.', null);
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: handled below
  }
  if (response.ok && isReport(body)) return body;
  if (response.status === 401) reportUnauthorized();
  const message = body && typeof body === 'object' && typeof (body as { error?: unknown }).error === 'string' ? (body as { error: string }).error : null;
  throw new ImportRefused(message ?? `Het importeren is mislukt (status ${response.status}).`, isReport(body) ? body : null);
}

function isReport(value: unknown): value is ImportReport {
  if (!value || typeof value !== 'object') return false;
  const r = value as Partial<ImportReport>;
  return Array.isArray(r.rows) && Array.isArray(r.findings) && Array.isArray(r.deletions) && !!r.summary && typeof r.ok === 'boolean';
}

/**
 * Columns of the file that Koers could not place, with the Koers columns the server lists as
 * known for that sheet. The server names them in its finding ("Bekende kolommen op dit blad:
 * A, B."); the mapping offers those as choices.
 */
export function unplacedColumns(report: ImportReport): { header: string; sheet: string; letter: string | null; choices: string[] }[] {
  const seen = new Set<string>();
  const out: { header: string; sheet: string; letter: string | null; choices: string[] }[] = [];
  for (const f of report.findings) {
    if (f.severity !== 'error' || f.row !== 1 || !f.column || !/onbekende kolom/i.test(f.message)) continue;
    if (seen.has(f.column)) continue;
    seen.add(f.column);
    const known = /Bekende kolommen op dit blad: (.+?)\.?$/.exec(f.message)?.[1];
    out.push({ header: f.column, sheet: f.sheet, letter: f.columnLetter, choices: known ? known.split(', ').map((s) => s.trim()).filter(Boolean) : [] });
  }
  return out;
}
