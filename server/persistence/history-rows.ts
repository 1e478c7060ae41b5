/**
 * Shared by both stores: history entries in and out of their stored shape (values as JSON),
 * and the query limit.
 */
import { MAX_HISTORY_LIMIT, type HistoryEntry, type HistoryQuery, type NewHistoryEntry } from './document-store.ts';

export function historyLimit(query: HistoryQuery): number {
  const limit = query.limit ?? MAX_HISTORY_LIMIT;
  return Number.isInteger(limit) && limit > 0 ? Math.min(limit, MAX_HISTORY_LIMIT) : MAX_HISTORY_LIMIT;
}

/** Whether an entry belongs to a query: a cell's history includes its row's add and remove. */
export function matchesHistoryQuery(entry: NewHistoryEntry, query: HistoryQuery): boolean {
  if (query.rowId !== undefined && entry.rowId !== query.rowId) return false;
  if (query.field !== undefined && entry.field !== query.field && !(query.rowId !== undefined && isRowPresence(entry))) {
    return false;
  }
  return true;
}

function isRowPresence(entry: NewHistoryEntry): boolean {
  return entry.action === 'add' || entry.action === 'remove';
}

/** Values round-trip through JSON in SQLite; memory keeps the same copy semantics. */
export function copyEntry(entry: NewHistoryEntry, seq: number): HistoryEntry {
  return { ...entry, old: fromJson(toJson(entry.old)), new: fromJson(toJson(entry.new)), seq };
}

export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}

export function fromJson(text: string | null): unknown {
  return text === null ? null : (JSON.parse(text) as unknown);
}
