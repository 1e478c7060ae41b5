/**
 * The versions, history and restore routes (server/http/version-routes.ts). Who asks is the
 * session cookie's account; the server records it. Failures throw an HttpError with the server's
 * Dutch message and, for bad input, the field it refused.
 */
import type { ProgrammeDiff, VersionInfo, VersionInput, HistoryEntry } from '../../shared/history/index.ts';
import type { RestoreSummary } from '../../shared/doc/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { requestJson } from '../app/http.ts';

export interface RestoreOutcome {
  summary: RestoreSummary;
  diff: ProgrammeDiff;
}

const base = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}`;

export function listVersions(documentId: string, signal?: AbortSignal): Promise<VersionInfo[]> {
  return requestJson(`${base(documentId)}/versions`, { signal });
}

export function createVersion(documentId: string, input: VersionInput): Promise<VersionInfo> {
  return requestJson(`${base(documentId)}/versions`, { method: 'POST', body: input });
}

export function fetchVersion(documentId: string, versionId: string, signal?: AbortSignal): Promise<Programme> {
  return requestJson(`${base(documentId)}/versions/${encodeURIComponent(versionId)}`, { signal });
}

export function fetchHistory(
  documentId: string,
  query: { rowId: string; field?: string; limit?: number },
  signal?: AbortSignal,
): Promise<HistoryEntry[]> {
  const params = new URLSearchParams({ rowId: query.rowId });
  if (query.field) params.set('field', query.field);
  if (query.limit) params.set('limit', String(query.limit));
  return requestJson(`${base(documentId)}/history?${params}`, { signal });
}

/**
 * Restores the whole programme on the server (POST /restore): it deletes rows across goals,
 * which /sync refuses from a page (shared/doc/delete-guard.ts). Recorded under the signed-in user.
 */
export function restoreProgramme(documentId: string, versionId: string): Promise<RestoreOutcome> {
  return requestJson(`${base(documentId)}/restore`, { method: 'POST', body: { versionId, scope: 'programme' } });
}
