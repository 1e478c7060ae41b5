/**
 * Comment threads as the screen needs them: per cell (the marker), per row (a thread about the
 * whole row is marked on its first cell), and as threads in reading order for the panel.
 * Comments point at a row and, for a cell, at the column the officer was on.
 */
import { createContext, useContext } from 'react';
import type { Comment } from '../../shared/doc/index.ts';

export interface Thread {
  id: string;
  targetKind: Comment['targetKind'];
  targetId: string;
  /** The column, or null for the whole row. */
  field: string | null;
  comments: Comment[];
  resolved: boolean;
}

export interface CommentIndex {
  threads: readonly Thread[];
  /** Open threads per cell; a row's own threads under ROW. */
  openAt: ReadonlyMap<string, readonly Thread[]>;
}

const ROW = '*';

export function threadKey(rowId: string, field: string | null): string {
  return `${rowId}\u0001${field ?? ROW}`;
}

export function indexComments(comments: readonly Comment[]): CommentIndex {
  const byThread = new Map<string, Thread>();
  // readComments sorts by time, so the first comment of a thread comes first.
  for (const c of comments) {
    const thread = byThread.get(c.threadId);
    if (thread) {
      thread.comments.push(c);
      thread.resolved = thread.resolved && c.resolved;
      continue;
    }
    byThread.set(c.threadId, {
      id: c.threadId,
      targetKind: c.targetKind,
      targetId: c.targetId,
      field: c.field,
      comments: [c],
      resolved: c.resolved,
    });
  }
  const threads = [...byThread.values()];
  const openAt = new Map<string, Thread[]>();
  for (const t of threads) {
    if (t.resolved) continue;
    const key = threadKey(t.targetId, t.field);
    const list = openAt.get(key);
    if (list) list.push(t);
    else openAt.set(key, [t]);
  }
  return { threads, openAt };
}

export const EMPTY_COMMENTS: CommentIndex = { threads: [], openAt: new Map() };

export const CommentsContext = createContext<CommentIndex>(EMPTY_COMMENTS);

const NONE: readonly Thread[] = [];

/** Open threads on this cell, plus the row's own threads when this is the row's first cell. */
export function useOpenThreadsAt(rowId: string | undefined, colId: string | undefined, firstColumn: boolean): readonly Thread[] {
  const index = useContext(CommentsContext);
  if (!rowId || !colId) return NONE;
  const cell = index.openAt.get(threadKey(rowId, colId)) ?? NONE;
  if (!firstColumn) return cell;
  const row = index.openAt.get(threadKey(rowId, null)) ?? NONE;
  return row.length === 0 ? cell : [...row, ...cell];
}
