/**
 * The rows no tree reader reaches: a row whose parent (or an ancestor) no longer exists, or is
 * not a kind it may hang under. Concurrent edits make them (A adds a result offline under an
 * uitwerking that B deletes); they stay in every replica, so the reading lists them instead of
 * dropping them. Listed depth first: each root orphan (in kind order, then by order key), then
 * its own children, so a screen can indent them and every row appears exactly once.
 */
import { ENTITY_KINDS, PARENT_KINDS, type EntityKind } from '../model/entities.ts';
import type { Orphan } from '../model/types.ts';
import { CHILD_LISTS } from '../schema/tree.ts';
import { compareOrdered } from './order.ts';
import type { RowRef } from './rows.ts';

type ReadRow = (ref: RowRef) => Record<string, unknown> & { id: string };

export function findOrphans(rowsOf: (kind: EntityKind) => readonly RowRef[], read: ReadRow): Orphan[] {
  const byId = new Map<string, RowRef>();
  for (const kind of ENTITY_KINDS) for (const ref of rowsOf(kind)) byId.set(ref.id, ref);
  const parentOf = (ref: RowRef): RowRef | null => {
    if (ref.parentId === null) return null;
    const parent = byId.get(ref.parentId);
    return parent && PARENT_KINDS[ref.kind].includes(parent.kind) ? parent : null;
  };
  const isRoot = (ref: RowRef) => ref.parentId === null && PARENT_KINDS[ref.kind].includes('programme');
  const placed = new Map<string, boolean>();
  const isPlaced = (ref: RowRef): boolean => {
    const known = placed.get(ref.id);
    if (known !== undefined) return known;
    // Kinds nest without cycles and a parent of the wrong kind counts as missing, so this ends.
    const parent = parentOf(ref);
    const result = isRoot(ref) || (parent !== null && isPlaced(parent));
    placed.set(ref.id, result);
    return result;
  };

  const roots: RowRef[] = [];
  for (const kind of ENTITY_KINDS) {
    const lost = rowsOf(kind).filter((ref) => !isRoot(ref) && parentOf(ref) === null);
    roots.push(...[...lost].sort(compareOrdered));
  }
  const childrenOf = new Map<string, RowRef[]>();
  for (const ref of byId.values()) {
    if (ref.parentId === null || isPlaced(ref) || parentOf(ref) === null) continue;
    const list = childrenOf.get(ref.parentId);
    if (list) list.push(ref);
    else childrenOf.set(ref.parentId, [ref]);
  }

  const out: Orphan[] = [];
  const visit = (ref: RowRef, missingParentId: string | null) => {
    out.push({ kind: ref.kind, id: ref.id, parentId: ref.parentId, missingParentId, row: read(ref) });
    const children = childrenOf.get(ref.id) ?? [];
    for (const list of CHILD_LISTS[ref.kind]) {
      for (const child of children.filter((c) => c.kind === list.kind).sort(compareOrdered)) visit(child, missingParentId);
    }
  };
  for (const root of roots) visit(root, root.parentId);
  return out;
}

/**
 * How deep each listed orphan sits below the row whose own parent is gone (0 for that row, 1 for
 * its child...), in the order findOrphans lists them: a screen or a report indents by it.
 */
export function orphanDepths(orphans: readonly Orphan[]): number[] {
  const depthOf = new Map<string, number>();
  return orphans.map((o) => {
    const depth = o.parentId !== null && o.parentId !== o.missingParentId ? (depthOf.get(o.parentId) ?? -1) + 1 : 0;
    depthOf.set(o.id, depth);
    return depth;
  });
}
