/**
 * One line of cell history: who changed what, when, from what to what. Recorded by the server
 * for every change that reaches it, kept apart from the update log so compaction never
 * touches it.
 */
import type { EntityKind } from '../model/entities.ts';

/**
 * set:    one field of a row changed (old and new are the field's values)
 * add:    a row appeared (new holds its parentId and fields)
 * remove: a row disappeared (old holds its parentId and fields)
 * move:   a row changed parent or place (old and new hold { parentId, order })
 */
export type HistoryAction = 'set' | 'add' | 'remove' | 'move';

export interface NewHistoryEntry {
  documentId: string;
  action: HistoryAction;
  kind: EntityKind;
  rowId: string;
  /** The field for `set`; null for the row-level actions. */
  field: string | null;
  old: unknown;
  new: unknown;
  userId: string;
  userName: string;
  /** ISO 8601 instant the server applied the change. */
  at: string;
}

export interface HistoryEntry extends NewHistoryEntry {
  /** Increasing in recording order; newest first means highest seq first. */
  seq: number;
}

export interface HistoryQuery {
  rowId?: string;
  /** With rowId: that cell's changes plus the row's add and remove. */
  field?: string;
  /** Newest entries kept; the store caps it. */
  limit?: number;
}
