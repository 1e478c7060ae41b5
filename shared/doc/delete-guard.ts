/**
 * What an update from /sync may delete (issue 11, item 2). The structural guard judges what an
 * update writes; this judges what it takes away, because one 11-byte delete set can empty a
 * whole programme.
 *
 * - The programme's meta keys (id, name and the rest of META_FIELDS, and the server's version
 *   mark) are its identity: they may be overwritten, never removed.
 * - A row that stays may not lose its id, parentId or order: it would fall out of every reading.
 * - One update deletes no more rows than a whole goal holds: when its deletions span several
 *   goals' subtrees, they may not outnumber the largest goal (with its descendants) or
 *   SMALL_DELETE. A page online sends one delete per transaction, always inside one goal; but
 *   a page that was offline sends all its offline work as one update on reconnect, and an
 *   officer who removed a row under two goals on the train must not lose that work. A wipe
 *   of the programme, or of several goals at once, is still refused. Removing more at once is
 *   a programme restore, which goes through POST /api/documents/:id/restore on the server.
 *
 * Root types themselves cannot be deleted in Yjs; what can go is their content, judged above.
 */
import type * as Y from 'yjs';
import { ENTITY_KINDS, isEntityKind, type EntityKind } from '../model/entities.ts';
import { META_KEY, PARENT_KEY, STRUCTURAL_KEYS, collectionOfRoot, rowsMap } from './layout.ts';
import { findRowKind } from './rows.ts';
import type { Deletion, UpdateDescription } from './update-reader/index.ts';

/** Longest parent chain followed; the layout nests six deep, a longer chain is a loop. */
const MAX_DEPTH = 16;
/** Rows an update may delete across goals even when every goal is smaller (a young programme). */
const SMALL_DELETE = 25;

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
  const tops = new Tops(doc);
  const subtrees = new Set([...deletedRows].map(([id, kind]) => tops.of(kind, id)));
  if (subtrees.size <= 1 || deletedRows.size <= SMALL_DELETE) return null;
  const largest = largestSubtree(doc, tops);
  if (deletedRows.size <= largest) return null;
  return `deletes ${deletedRows.size} rows of ${subtrees.size} goals in one update (the largest goal holds ${largest})`;
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

/**
 * The goal a row hangs under, or the top of its chain when that goal is gone. Each row's answer
 * is kept with its distance, so a walk ends at the first row already known and every row is
 * walked once: asking for every row is linear, not rows × depth. A chain longer than MAX_DEPTH
 * (only a loop) is cut where a walk from that row alone would cut it, so the answer is the same.
 */
class Tops {
  /** Row id -> its top and how many parent steps away it is (a terminated walk only). */
  private readonly known = new Map<string, { top: string; steps: number }>();

  constructor(private readonly doc: Y.Doc) {}

  of(kind: EntityKind, id: string): string {
    /** The rows walked that may answer for their id, with their step from the start. */
    const path: { id: string; step: number }[] = [];
    let current = { kind, id };
    for (let step = 0; step < MAX_DEPTH; step++) {
      // Only a row found under its own kind answers for its id (a duplicate id elsewhere would not).
      const canonical = step > 0 || findRowKind(this.doc, id) === kind;
      const seen = canonical ? this.known.get(current.id) : undefined;
      if (seen) {
        // A walk from the start alone would be cut before reaching that top: walk it so.
        if (step + seen.steps >= MAX_DEPTH) return walk(this.doc, kind, id);
        return this.remember(path, seen.top, step + seen.steps);
      }
      if (canonical) path.push({ id: current.id, step });
      const parent = this.parentOf(current);
      if (!parent) return this.remember(path, current.id, step);
      current = parent;
    }
    return current.id;
  }

  private parentOf(row: { kind: EntityKind; id: string }): { kind: EntityKind; id: string } | null {
    if (row.kind === 'goal') return null;
    const parentId = rowsMap(this.doc, row.kind).get(row.id)?.get(PARENT_KEY);
    if (typeof parentId !== 'string') return null;
    const parentKind = findRowKind(this.doc, parentId);
    return parentKind ? { kind: parentKind, id: parentId } : null;
  }

  /** The top was found `total` steps from the start: each walked row is `total - step` from it. */
  private remember(path: readonly { id: string; step: number }[], top: string, total: number): string {
    for (const { id, step } of path) this.known.set(id, { top, steps: total - step });
    return top;
  }
}

/** Rows of the largest goal's subtree (the goal itself included), in one pass over the rows. */
export function largestSubtree(doc: Y.Doc, tops = new Tops(doc)): number {
  const sizes = new Map<string, number>();
  for (const kind of ENTITY_KINDS) {
    for (const id of rowsMap(doc, kind).keys()) {
      const top = tops.of(kind, id);
      sizes.set(top, (sizes.get(top) ?? 0) + 1);
    }
  }
  let largest = 0;
  for (const size of sizes.values()) largest = Math.max(largest, size);
  return largest;
}

/** The plain walk from one row, as the guard did it row by row: for a chain that would be cut. */
function walk(doc: Y.Doc, kind: EntityKind, id: string): string {
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
