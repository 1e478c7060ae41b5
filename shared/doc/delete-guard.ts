/**
 * What an update from /sync may delete (issue 11, item 2). The structural guard judges what an
 * update writes; this judges what it takes away, because one 11-byte delete set can empty a
 * whole programme.
 *
 * - The programme's meta keys (id, name and the rest of META_FIELDS, and the server's version
 *   mark) are its identity: they may be overwritten, never removed.
 * - A row that stays may not lose its id, parentId or order: it would fall out of every reading.
 * - Row deletions in one update stay inside one goal's subtree (or one parentless subtree, for
 *   rows whose goal is gone). Every client delete is one row with its descendants
 *   (operations.ts deleteRow), several indicator rows of one result, or an undo of an add:
 *   all inside one goal. Removing more at once is a programme restore, which goes through
 *   POST /api/documents/:id/restore on the server.
 *
 * Root types themselves cannot be deleted in Yjs; what can go is their content, judged above.
 */
import type * as Y from 'yjs';
import { isEntityKind, type EntityKind } from '../model/entities.ts';
import { META_KEY, PARENT_KEY, STRUCTURAL_KEYS, collectionOfRoot, rowsMap } from './layout.ts';
import { findRowKind } from './rows.ts';
import type { Deletion, UpdateDescription } from './update-reader/index.ts';

/** Longest parent chain followed; the layout nests six deep, a longer chain is a loop. */
const MAX_DEPTH = 16;

/** Null when the update's deletions are allowed over /sync, else why not (English, for logs). */
export function deletionProblem(description: UpdateDescription, doc: Y.Doc): string | null {
  const rewritten = new Set(description.writes.flatMap((w) => (w.place.live ? [slot(w.place.root, w.place.path, w.key)] : [])));
  const deletedRows = new Map<string, EntityKind>();
  for (const deletion of description.deletions) {
    if (deletion.place.path.length !== 0) continue;
    const kind = rowKindOfRoot(deletion.place.root);
    if (kind && deletion.key !== null && !rewritten.has(slotOf(deletion))) deletedRows.set(deletion.key, kind);
  }
  for (const deletion of description.deletions) {
    if (rewritten.has(slotOf(deletion))) continue; // an overwrite: the write was judged by the guard
    const { root, path } = deletion.place;
    if (root === META_KEY && path.length === 0) return `deletes programme field "${String(deletion.key).slice(0, 40)}"`;
    const rowId = path.length === 1 ? path[0] : null;
    if (rowKindOfRoot(root) && rowId && (STRUCTURAL_KEYS as readonly (string | null)[]).includes(deletion.key) && !deletedRows.has(rowId)) {
      return `removes ${String(deletion.key)} of row ${rowId.slice(0, 40)} that stays`;
    }
  }
  const subtrees = new Set([...deletedRows].map(([id, kind]) => topOf(doc, kind, id)));
  if (subtrees.size > 1) return `deletes rows of ${subtrees.size} goals in one update (${deletedRows.size} rows)`;
  return null;
}

function slot(root: string, path: readonly (string | null)[], key: string | null): string {
  return JSON.stringify([root, path, key]);
}

function slotOf(deletion: Deletion): string {
  return slot(deletion.place.root, deletion.place.path, deletion.key);
}

function rowKindOfRoot(root: string): EntityKind | null {
  const label = collectionOfRoot(root)?.label;
  return label !== undefined && isEntityKind(label) ? label : null;
}

/** The goal a row hangs under, or the top of its chain when that goal is gone. */
function topOf(doc: Y.Doc, kind: EntityKind, id: string): string {
  let current = { kind, id };
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    if (current.kind === 'goal') return current.id;
    const parentId = rowsMap(doc, current.kind).get(current.id)?.get(PARENT_KEY);
    if (typeof parentId !== 'string') return current.id;
    const parentKind = findRowKind(doc, parentId);
    if (!parentKind) return current.id;
    current = { kind: parentKind, id: parentId };
  }
  return current.id;
}
