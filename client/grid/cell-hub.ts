/**
 * What each cell shows beside its text (findings, colleagues, comments, differences, clashes)
 * reaches the cells of one grid through a hub instead of React context. A context change
 * re-renders every reader, and every cell of the page read five of them: a keystroke anywhere
 * re-rendered some 1,500 cells. Through the hub a cell re-renders only when its own part changed.
 *
 * CellHubBridge reads the five contexts (so the frozen and compare views keep giving their own)
 * and hands them to the hub after each render; cells pick their part with useCellSlice.
 */
import { createContext, useContext, useLayoutEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { ClashesContext, type ClashIndex } from '../clash/clash-index.ts';
import { CommentsContext, EMPTY_COMMENTS, threadKey, type CommentIndex } from '../comments/comment-index.ts';
import { DiffContext, type DiffIndex } from '../history/diff-index.ts';
import { PresenceContext, presenceKey, type PresenceIndex } from '../programme/presence.ts';
import { cellKey, EMPTY_INDEX, FindingsContext, type FindingIndex } from '../validation/finding-index.ts';

export interface CellSources {
  findings: FindingIndex;
  presence: PresenceIndex;
  comments: CommentIndex;
  diff: DiffIndex | null;
  clashes: ClashIndex;
}

const EMPTY_SOURCES: CellSources = { findings: EMPTY_INDEX, presence: new Map(), comments: EMPTY_COMMENTS, diff: null, clashes: new Map() };

export class CellHub {
  private sources: CellSources = EMPTY_SOURCES;
  private readonly listeners = new Set<() => void>();

  get = (): CellSources => this.sources;

  publish(next: CellSources): void {
    const prev = this.sources;
    if (
      prev.findings === next.findings &&
      prev.presence === next.presence &&
      prev.comments === next.comments &&
      prev.diff === next.diff &&
      prev.clashes === next.clashes
    ) {
      return;
    }
    this.sources = next;
    for (const listener of [...this.listeners]) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export const CellHubContext = createContext<CellHub | null>(null);

/** Reads the contexts around the grid and passes them on; renders its children unchanged. */
export function CellHubBridge({ hub, children }: { hub: CellHub; children?: ReactNode }) {
  const findings = useContext(FindingsContext);
  const presence = useContext(PresenceContext);
  const comments = useContext(CommentsContext);
  const diff = useContext(DiffContext);
  const clashes = useContext(ClashesContext);
  useLayoutEffect(() => {
    hub.publish({ findings, presence, comments, diff, clashes });
  });
  return children ?? null;
}

/**
 * Equal in value, a few levels down: the indexes are rebuilt on every change, so a cell's part
 * is a new array of new objects even when nothing about it changed.
 */
export function similar(a: unknown, b: unknown, depth = 4): boolean {
  if (Object.is(a, b)) return true;
  if (depth === 0 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => similar(item, b[i], depth - 1));
  }
  if (Array.isArray(b) || a instanceof Map || a instanceof Set || b instanceof Map || b instanceof Set) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && similar((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], depth - 1));
}

/** A cell's part of the sources; the same value (no re-render) while it stays similar. */
export function useCellSlice<S>(select: (sources: CellSources) => S): S {
  const hub = useContext(CellHubContext);
  const last = useRef<{ value: S } | null>(null);
  const snapshot = () => {
    const next = select(hub ? hub.get() : EMPTY_SOURCES);
    if (last.current && similar(last.current.value, next)) return last.current.value;
    last.current = { value: next };
    return next;
  };
  return useSyncExternalStore(hub ? hub.subscribe : noSubscribe, snapshot, snapshot);
}

const noSubscribe = () => () => {};

// ---- the parts a cell reads (as the context hooks of each feature read them) -------------

const NONE: readonly never[] = [];

export function findingsAt(s: CellSources, rowId: string, colId: string) {
  return s.findings.byCell.get(cellKey(rowId, colId)) ?? NONE;
}

export function presenceAt(s: CellSources, rowId: string, colId: string) {
  return s.presence.get(presenceKey(rowId, colId)) ?? NONE;
}

/** Open threads on the cell, plus the row's own when it is the row's first cell. */
export function threadsAt(s: CellSources, rowId: string, colId: string, firstColumn: boolean) {
  const cell = s.comments.openAt.get(threadKey(rowId, colId)) ?? NONE;
  if (!firstColumn) return cell;
  const row = s.comments.openAt.get(threadKey(rowId, null)) ?? NONE;
  return row.length === 0 ? cell : [...row, ...cell];
}

export function diffAt(s: CellSources, rowId: string, colId: string) {
  if (!s.diff) return { added: false, notes: NONE };
  return { added: s.diff.added.has(rowId), notes: s.diff.cells.get(cellKey(rowId, colId)) ?? NONE };
}

export function clashesAt(s: CellSources, rowId: string, colId: string) {
  return s.clashes.get(cellKey(rowId, colId)) ?? NONE;
}
