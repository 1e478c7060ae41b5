/**
 * Column widths a user dragged are kept per user and per kind of table in this browser
 * (localStorage), and apply to every table of that kind: resize "Resultaat" once and all result
 * tables follow, also after a reload.
 */
import type { ColDef } from 'ag-grid-community';
import { Store } from '../programme/store.ts';

export type Widths = Readonly<Record<string, number>>;

const PREFIX = 'koers.kolombreedtes';
const MIN = 40;
const MAX = 2000;

/** Bumped on every save, so the other tables of the page take the new widths too. */
export const widthsChanged = new Store(0);

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked: widths last as long as the page
  }
}

export function storageKey(userId: string, tableKind: string): string {
  return `${PREFIX}.${userId}.${tableKind}`;
}

/** The saved widths; anything unreadable or out of range is left out. */
export function loadWidths(userId: string, tableKind: string, shelf: Storage | null = storage()): Widths {
  const raw = shelf?.getItem(storageKey(userId, tableKind));
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const out: Record<string, number> = {};
    for (const [colId, width] of Object.entries(parsed)) {
      if (typeof width === 'number' && Number.isFinite(width) && width >= MIN && width <= MAX) out[colId] = Math.round(width);
    }
    return out;
  } catch {
    return {};
  }
}

/** Adds (or replaces) the given columns' widths. */
export function saveWidths(userId: string, tableKind: string, changed: Widths, shelf: Storage | null = storage()): void {
  const next = { ...loadWidths(userId, tableKind, shelf), ...changed };
  try {
    shelf?.setItem(storageKey(userId, tableKind), JSON.stringify(next));
  } catch {
    // full or blocked: the widths still apply on this page
  }
  widthsChanged.set(widthsChanged.get() + 1);
}

/** The columns with the user's widths: a saved width replaces the column's share (flex). */
export function withWidths<T>(columns: readonly ColDef<T>[], widths: Widths): ColDef<T>[] {
  return columns.map((col) => {
    const width = widths[String(col.colId ?? col.field ?? '')];
    if (width === undefined) return col;
    return { ...col, width: Math.max(width, col.minWidth ?? 0), flex: null };
  });
}
