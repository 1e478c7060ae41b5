/** Read helpers over the row collections: siblings, children and kind lookup. */
import * as Y from 'yjs';
import { ENTITY_KINDS, type EntityKind } from '../model/entities.ts';
import { ORDER_KEY, PARENT_KEY, rowsMap } from './layout.ts';
import { compareOrdered, type Ordered } from './order.ts';

export interface RowRef extends Ordered {
  kind: EntityKind;
  parentId: string | null;
  row: Y.Map<unknown>;
}

function rowRef(kind: EntityKind, id: string, row: Y.Map<unknown>): RowRef {
  const parent = row.get(PARENT_KEY);
  const order = row.get(ORDER_KEY);
  return {
    kind,
    id,
    row,
    parentId: typeof parent === 'string' ? parent : null,
    order: typeof order === 'string' ? order : '',
  };
}

export function allRows(doc: Y.Doc, kind: EntityKind): RowRef[] {
  const refs: RowRef[] = [];
  rowsMap(doc, kind).forEach((row, id) => {
    if (row instanceof Y.Map) refs.push(rowRef(kind, id, row));
  });
  return refs;
}

export function siblingsOf(doc: Y.Doc, kind: EntityKind, parentId: string | null): RowRef[] {
  return allRows(doc, kind)
    .filter((r) => r.parentId === parentId)
    .sort(compareOrdered);
}

export function childrenOf(doc: Y.Doc, parentId: string): RowRef[] {
  return ENTITY_KINDS.flatMap((kind) => allRows(doc, kind).filter((r) => r.parentId === parentId));
}

export function findRowKind(doc: Y.Doc, id: string): EntityKind | null {
  for (const kind of ENTITY_KINDS) if (rowsMap(doc, kind).has(id)) return kind;
  return null;
}
