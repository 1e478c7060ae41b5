/**
 * Turns a programme Y.Doc into plain data (the domain model), sorted by order key. Row fields
 * are read through their kind's declaration (shared/schema/), the nesting through its tree.
 */
import * as Y from 'yjs';
import type { EntityKind } from '../model/entities.ts';
import type { Goal, Orphan, Priority, Programme, ProgrammeMeta } from '../model/types.ts';
import { fieldsOf } from '../schema/index.ts';
import { CHILD_LISTS, TOP_LEVEL_KIND } from '../schema/tree.ts';
import { META_FIELDS, SCHEMA_VERSION, metaMap, rowsMap as allRowsMap } from './layout.ts';
import { compareOrdered } from './order.ts';
import { findOrphans } from './orphans.ts';
import { allRows, type RowRef } from './rows.ts';

type Index = Map<string | null, RowRef[]>;

export function readMeta(doc: Y.Doc): ProgrammeMeta & { schemaVersion: number } {
  const meta = metaMap(doc);
  const str = (key: (typeof META_FIELDS)[number]) => {
    const v = meta.get(key);
    return typeof v === 'string' ? v : '';
  };
  const focus = meta.get('focusAreas');
  const version = meta.get('schemaVersion');
  return {
    schemaVersion: typeof version === 'number' ? version : SCHEMA_VERSION,
    id: str('id'),
    name: str('name'),
    documentNumber: str('documentNumber'),
    municipality: str('municipality'),
    period: str('period'),
    focusAreas: Array.isArray(focus) ? focus.filter((f): f is string => typeof f === 'string') : [],
  };
}

/** The programme's tree, and beside it every row the tree does not reach (`orphans`). */
export type ReadProgramme = Programme & { orphans: Orphan[]; priorities: Priority[] };

export function readProgramme(doc: Y.Doc): ReadProgramme {
  const rows = new Map<EntityKind, RowRef[]>();
  const rowsOf = (kind: EntityKind): RowRef[] => {
    let found = rows.get(kind);
    if (!found) rows.set(kind, (found = allRows(doc, kind)));
    return found;
  };
  const indexes = new Map<EntityKind, Index>();
  const index = (kind: EntityKind): Index => {
    let found = indexes.get(kind);
    if (!found) indexes.set(kind, (found = indexByParent(rowsOf(kind))));
    return found;
  };
  const rowsUnder = (kind: EntityKind, parentId: string | null): Record<string, unknown>[] =>
    under(index(kind), parentId).map((ref) => {
      const out = readFields(ref);
      for (const child of CHILD_LISTS[kind]) out[child.key] = rowsUnder(child.kind, ref.id);
      return out;
    });
  const goals = rowsUnder(TOP_LEVEL_KIND, null) as unknown as Goal[];
  const priorities = rowsUnder('priority', null) as unknown as Priority[];
  return { ...readMeta(doc), goals, priorities, orphans: findOrphans(rowsOf, readFields) };
}

function readFields(ref: RowRef): Record<string, unknown> & { id: string } {
  const out: Record<string, unknown> & { id: string } = { id: ref.id };
  for (const [name, field] of fieldsOf(ref.kind)) out[name] = field.read(ref.row.get(name));
  return out;
}

function indexByParent(rows: RowRef[]): Index {
  const index: Index = new Map();
  for (const row of rows) {
    const list = index.get(row.parentId);
    if (list) list.push(row);
    else index.set(row.parentId, [row]);
  }
  for (const list of index.values()) list.sort(compareOrdered);
  return index;
}

function under(index: Index, parentId: string | null): RowRef[] {
  return index.get(parentId) ?? [];
}

/** One field of one row, or undefined when the row or field does not exist. */
export function readField(doc: Y.Doc, kind: EntityKind, id: string, field: string): unknown {
  return allRowsMap(doc, kind).get(id)?.get(field);
}
