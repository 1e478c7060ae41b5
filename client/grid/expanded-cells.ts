/**
 * Long cells are shown up to CLAMP_LINES lines; the rest is one click ("Alles tonen") or, in a
 * table that cannot be edited, Enter away, and stays open until closed again. Which cells are
 * open lives here, outside the cell renderers, which AG Grid recreates as rows are redrawn.
 */
import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';
import { Store, useStore } from '../programme/store.ts';

/** Lines a cell shows before it is cut off (the CSS in grid.css uses the same number). */
export const CLAMP_LINES = 8;

const open = new Store<ReadonlySet<string>>(new Set());

const key = (rowId: string, colId: string) => `${rowId}\u0000${colId}`;

export function isExpanded(rowId: string, colId: string): boolean {
  return open.get().has(key(rowId, colId));
}

export function toggleExpanded(rowId: string, colId: string): void {
  const next = new Set(open.get());
  const k = key(rowId, colId);
  if (next.has(k)) next.delete(k);
  else next.add(k);
  open.set(next);
}

export function useExpanded(rowId: string | undefined, colId: string | undefined): boolean {
  const set = useStore(open);
  return rowId !== undefined && colId !== undefined && set.has(key(rowId, colId));
}

/**
 * Whether a text might need more than CLAMP_LINES lines in the narrowest column: only those are
 * measured (a short text never is, so most cells cost nothing).
 */
export function mayOverflow(text: string): boolean {
  return text.length > 80 || text.split('\n').length > CLAMP_LINES - 1;
}

// One observer for every measured cell: a column resize or a wider window re-measures them.
const watchers = new Map<Element, () => void>();
let observer: ResizeObserver | null = null;

function watch(el: Element, check: () => void): () => void {
  if (typeof ResizeObserver === 'undefined') return () => {};
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) watchers.get(entry.target)?.();
  });
  watchers.set(el, check);
  observer.observe(el);
  return () => {
    watchers.delete(el);
    observer?.unobserve(el);
  };
}

/** The clamped height in px: CLAMP_LINES lines of the grid's 15px text at line-height 1.45. */
const CLAMPED_PX = CLAMP_LINES * 15 * 1.45;

/**
 * True while the element's content is taller than the element (it is cut off). Measured only in
 * the ResizeObserver's callback, after layout: reading sizes while the grid mounts its cells would
 * force a layout per cell.
 */
export function useOverflows(ref: RefObject<HTMLElement | null>, measure: boolean, expanded: boolean): boolean {
  const [overflows, setOverflows] = useState(false);
  const check = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    // While open the element is not clamped: compare with the clamped height it would have.
    setOverflows(expanded ? el.scrollHeight > CLAMPED_PX + 14 : el.scrollHeight > el.clientHeight + 2);
  }, [expanded, ref]);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!measure || !el) {
      setOverflows(false);
      return;
    }
    return watch(el, check);
  }, [check, measure, ref]);
  return overflows;
}
