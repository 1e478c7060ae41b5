/**
 * The small REST surface the client reads. The document list is parsed defensively: the
 * server may add fields, and counts may come flat or nested under `counts`.
 */

import type { Programme } from '../../shared/model/types.ts';
import { requestJson } from './http.ts';

export interface DocumentSummary {
  id: string;
  name: string;
  municipality: string;
  period: string;
  /** Read-only for everyone; still readable and exportable. */
  archived: boolean;
  counts: { key: string; label: string; value: number }[];
  /** Open connections (browser windows) right now, when the server reports it. */
  connected: number | null;
  /** Goal indicators with a nulmeting, a streefwaarde, or still "te ontwikkelen"; null when not reported. */
  indicatorStatus: { total: number; withBaseline: number; withTarget: number; toDevelop: number } | null;
  /** The newest recorded change, or null. */
  lastChange: { at: string; userName: string; action: string; kind: string; field: string | null } | null;
}

function indicatorStatusOf(value: unknown): DocumentSummary['indicatorStatus'] {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const n = (key: string) => (typeof v[key] === 'number' && Number.isFinite(v[key]) ? (v[key] as number) : null);
  const [total, withBaseline, withTarget, toDevelop] = [n('total'), n('withBaseline'), n('withTarget'), n('toDevelop')];
  return total === null || withBaseline === null || withTarget === null || toDevelop === null ? null : { total, withBaseline, withTarget, toDevelop };
}

function lastChangeOf(value: unknown): DocumentSummary['lastChange'] {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.at !== 'string' || typeof v.userName !== 'string' || typeof v.action !== 'string' || typeof v.kind !== 'string') return null;
  return { at: v.at, userName: v.userName, action: v.action, kind: v.kind, field: typeof v.field === 'string' ? v.field : null };
}

const COUNT_LABELS: [string[], string, string][] = [
  [['goals'], 'doel', 'doelen'],
  [['goalIndicators', 'indicators'], 'indicator', 'indicatoren'],
  [['subGoals'], 'uitwerking', 'uitwerkingen'],
  [['results'], 'resultaat', 'resultaten'],
  [['resultIndicators'], 'indicator op resultaat', 'indicatoren op resultaat'],
  [['activities'], 'activiteit', 'activiteiten'],
  // Rows whose parent was deleted: shown only when there are any (see toSummary).
  [['orphans'], 'zonder plaats', 'zonder plaats'],
];

export async function fetchDocuments(signal?: AbortSignal): Promise<DocumentSummary[]> {
  const body = await requestJson<unknown>('/api/documents', { signal });
  const list = Array.isArray(body)
    ? body
    : body && typeof body === 'object' && Array.isArray((body as { documents?: unknown }).documents)
      ? (body as { documents: unknown[] }).documents
      : [];
  return list.flatMap((item) => {
    const summary = toSummary(item);
    return summary ? [summary] : [];
  });
}

function toSummary(item: unknown): DocumentSummary | null {
  if (!item || typeof item !== 'object') return null;
  const rec = item as Record<string, unknown>;
  if (typeof rec.id !== 'string') return null;
  const nested = rec.counts && typeof rec.counts === 'object' ? (rec.counts as Record<string, unknown>) : {};
  const counts: DocumentSummary['counts'] = [];
  for (const [keys, singular, plural] of COUNT_LABELS) {
    for (const key of keys) {
      const value = typeof nested[key] === 'number' ? nested[key] : rec[key];
      if (typeof value === 'number' && Number.isFinite(value) && !(key === 'orphans' && value === 0)) {
        counts.push({ key: keys[0]!, label: value === 1 ? singular : plural, value });
        break;
      }
    }
  }
  return {
    id: rec.id,
    name: typeof rec.name === 'string' && rec.name ? rec.name : rec.id,
    municipality: typeof rec.municipality === 'string' ? rec.municipality : '',
    period: typeof rec.period === 'string' ? rec.period : '',
    archived: rec.archived === true,
    counts,
    connected: typeof rec.connected === 'number' && Number.isFinite(rec.connected) ? rec.connected : null,
    indicatorStatus: indicatorStatusOf(rec.indicatorStatus),
    lastChange: lastChangeOf(rec.lastChange),
  };
}

/**
 * The other programmes as plain data, for the cross-programme validation rules. A failure only
 * means those rules stay silent, so it returns what it could read.
 */
export async function fetchOtherProgrammes(exceptId: string, signal?: AbortSignal): Promise<Programme[]> {
  const ids = (await fetchDocuments(signal)).map((d) => d.id).filter((id) => id !== exceptId);
  const results = await Promise.allSettled(
    ids.map((id) => requestJson<Programme>(`/api/documents/${encodeURIComponent(id)}`, { signal })),
  );
  return results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
}
