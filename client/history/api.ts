/**
 * The versions, history and restore routes (server/http/version-routes.ts). Who asks is the
 * session cookie's account; the server records it. Failures throw an ApiError with the server's
 * Dutch message.
 */
import type { ProgrammeDiff, RestoreScope, VersionInfo, VersionInput, HistoryEntry } from '../../shared/history/index.ts';
import type { RestoreSummary } from '../../shared/doc/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { reportUnauthorized } from '../app/http.ts';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** The input field the server refused, when it says. */
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

export interface RestoreOutcome {
  summary: RestoreSummary;
  diff: ProgrammeDiff;
}

const base = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}`;

async function call<T>(url: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('De server is niet bereikbaar. Probeer het zo opnieuw.', 0);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    if (response.status === 401) reportUnauthorized();
    const { error, field } = (body ?? {}) as { error?: unknown; field?: unknown };
    throw new ApiError(
      typeof error === 'string' ? error : `De server antwoordde met status ${response.status}.`,
      response.status,
      typeof field === 'string' ? field : null,
    );
  }
  return body as T;
}

export function listVersions(documentId: string, signal?: AbortSignal): Promise<VersionInfo[]> {
  return call(`${base(documentId)}/versions`, { signal });
}

export function createVersion(documentId: string, input: VersionInput): Promise<VersionInfo> {
  return call(`${base(documentId)}/versions`, { method: 'POST', body: input });
}

export function fetchVersion(documentId: string, versionId: string, signal?: AbortSignal): Promise<Programme> {
  return call(`${base(documentId)}/versions/${encodeURIComponent(versionId)}`, { signal });
}

export function fetchHistory(
  documentId: string,
  query: { rowId: string; field?: string; limit?: number },
  signal?: AbortSignal,
): Promise<HistoryEntry[]> {
  const params = new URLSearchParams({ rowId: query.rowId });
  if (query.field) params.set('field', query.field);
  if (query.limit) params.set('limit', String(query.limit));
  return call(`${base(documentId)}/history?${params}`, { signal });
}

export function restoreFromVersion(documentId: string, versionId: string, what: RestoreScope): Promise<RestoreOutcome> {
  return call(`${base(documentId)}/restore`, { method: 'POST', body: { versionId, ...what } });
}
