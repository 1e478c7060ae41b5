/**
 * The versions, history and restore routes (server/http/version-routes.ts). Every call says who
 * asks in the X-Koers-User-* headers until there is sign-in; the name is URI-encoded because
 * HTTP headers are Latin-1 and names are not. Failures throw an ApiError with the server's Dutch
 * message.
 */
import type { ProgrammeDiff, RestoreScope, VersionInfo, VersionInput, HistoryEntry } from '../../shared/history/index.ts';
import type { RestoreSummary } from '../../shared/doc/index.ts';
import type { Programme } from '../../shared/model/types.ts';

export interface Requester {
  id: string;
  name: string;
}

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

async function call<T>(requester: Requester, url: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'x-koers-user-id': requester.id,
    'x-koers-user-name': encodeURIComponent(requester.name),
  };
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
    const { error, field } = (body ?? {}) as { error?: unknown; field?: unknown };
    throw new ApiError(
      typeof error === 'string' ? error : `De server antwoordde met status ${response.status}.`,
      response.status,
      typeof field === 'string' ? field : null,
    );
  }
  return body as T;
}

export function listVersions(requester: Requester, documentId: string, signal?: AbortSignal): Promise<VersionInfo[]> {
  return call(requester, `${base(documentId)}/versions`, { signal });
}

export function createVersion(requester: Requester, documentId: string, input: VersionInput): Promise<VersionInfo> {
  return call(requester, `${base(documentId)}/versions`, { method: 'POST', body: input });
}

export function fetchVersion(requester: Requester, documentId: string, versionId: string, signal?: AbortSignal): Promise<Programme> {
  return call(requester, `${base(documentId)}/versions/${encodeURIComponent(versionId)}`, { signal });
}

export function fetchHistory(
  requester: Requester,
  documentId: string,
  query: { rowId: string; field?: string; limit?: number },
  signal?: AbortSignal,
): Promise<HistoryEntry[]> {
  const params = new URLSearchParams({ rowId: query.rowId });
  if (query.field) params.set('field', query.field);
  if (query.limit) params.set('limit', String(query.limit));
  return call(requester, `${base(documentId)}/history?${params}`, { signal });
}

export function restoreFromVersion(requester: Requester, documentId: string, versionId: string, what: RestoreScope): Promise<RestoreOutcome> {
  return call(requester, `${base(documentId)}/restore`, { method: 'POST', body: { versionId, ...what } });
}
