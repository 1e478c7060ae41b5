/**
 * The only functions that change a programme document. Each runs exactly one
 * `doc.transact(..., origin)`, so one user action is one update on the wire and one undo step.
 */
import * as Y from 'yjs';
import { uuidv4 } from 'lib0/random';
import {
  EDITABLE_FIELDS,
  PARENT_KINDS,
  checkFieldValue,
  type EntityKind,
  type FieldValue,
} from '../model/entities.ts';
import { DocError } from './errors.ts';
import { ID_KEY, ORDER_KEY, PARENT_KEY, rowsMap } from './layout.ts';
import { compareOrdered, keyAfter, keysAfter, type Ordered } from './order.ts';
import type { EditOrigin } from './origin.ts';
import { allRows, childrenOf, findRowKind, siblingsOf } from './rows.ts';

export function setField(
  doc: Y.Doc,
  kind: EntityKind,
  id: string,
  field: string,
  value: FieldValue,
  origin: EditOrigin,
): void {
  const problem = checkFieldValue(kind, field, value);
  if (problem) throw new DocError(field in EDITABLE_FIELDS[kind] ? 'invalid-value' : 'unknown-field', problem);
  const row = rowsMap(doc, kind).get(id);
  if (!row) throw new DocError('unknown-row', 'Deze rij bestaat niet meer; misschien heeft een collega haar verwijderd.');
  if (row.get(field) === value) return;
  doc.transact(() => row.set(field, value), origin);
}

export interface AddRowOptions {
  /** Place the new row right after this sibling; null places it first; omitted appends. */
  afterId?: string | null;
  fields?: Record<string, FieldValue>;
  id?: string;
}

export function addRow(
  doc: Y.Doc,
  kind: EntityKind,
  parentId: string | null,
  origin: EditOrigin,
  options: AddRowOptions = {},
): string {
  assertParent(doc, kind, parentId);
  const siblings = siblingsOf(doc, kind, parentId);
  const afterId = options.afterId === undefined ? (last(siblings)?.id ?? null) : options.afterId;
  const order = positionKey(siblings, afterId);
  const fields = defaultsFor(kind, options.fields ?? {});
  const id = options.id ?? uuidv4();
  doc.transact(() => {
    const row = new Y.Map<unknown>();
    row.set(ID_KEY, id);
    row.set(PARENT_KEY, parentId);
    row.set(ORDER_KEY, order);
    for (const [field, value] of Object.entries(fields)) row.set(field, value);
    rowsMap(doc, kind).set(id, row);
  }, origin);
  return id;
}

export interface NewRow {
  parentId: string | null;
  id?: string;
  fields?: Record<string, FieldValue>;
}

/**
 * Appends many rows of one kind after their existing siblings, in the given order, in one
 * transaction. addRow reads every row of the kind to place one row, which makes a 5,000-row
 * import quadratic; this reads them once. Every row is checked before anything is written.
 */
export function addRows(doc: Y.Doc, kind: EntityKind, rows: readonly NewRow[], origin: EditOrigin): string[] {
  if (rows.length === 0) return [];
  const byParent = new Map<string | null, Ordered[]>();
  for (const ref of allRows(doc, kind)) {
    const list = byParent.get(ref.parentId);
    if (list) list.push(ref);
    else byParent.set(ref.parentId, [ref]);
  }
  const counts = new Map<string | null, number>();
  for (const row of rows) counts.set(row.parentId, (counts.get(row.parentId) ?? 0) + 1);
  const keys = new Map<string | null, string[]>();
  for (const [parentId, count] of counts) {
    assertParent(doc, kind, parentId);
    const siblings = byParent.get(parentId) ?? [];
    const lastId = siblings.length > 0 ? [...siblings].sort(compareOrdered)[siblings.length - 1]!.id : null;
    keys.set(parentId, keysAfter(siblings, lastId, count));
  }
  const used = new Map<string | null, number>();
  const map = rowsMap(doc, kind);
  const ids = new Set<string>();
  const prepared = rows.map((row) => {
    const id = row.id ?? uuidv4();
    if (ids.has(id) || map.has(id)) throw new DocError('invalid-value', `Er bestaat al een rij met id "${id}".`);
    ids.add(id);
    const index = used.get(row.parentId) ?? 0;
    used.set(row.parentId, index + 1);
    return { parentId: row.parentId, id, order: keys.get(row.parentId)![index]!, fields: defaultsFor(kind, row.fields ?? {}) };
  });
  doc.transact(() => {
    for (const { id, parentId, order, fields } of prepared) {
      const row = new Y.Map<unknown>();
      row.set(ID_KEY, id);
      row.set(PARENT_KEY, parentId);
      row.set(ORDER_KEY, order);
      for (const [field, value] of Object.entries(fields)) row.set(field, value);
      map.set(id, row);
    }
  }, origin);
  return prepared.map((p) => p.id);
}

/** Deletes a row and everything below it, in one transaction. */
export function deleteRow(doc: Y.Doc, kind: EntityKind, id: string, origin: EditOrigin): void {
  if (!rowsMap(doc, kind).has(id)) throw new DocError('unknown-row', 'Deze rij bestaat niet meer.');
  doc.transact(() => deleteRecursive(doc, kind, id), origin);
}

/** Moves a row among its siblings by rewriting only its order key (never delete + insert). */
export function moveRow(
  doc: Y.Doc,
  kind: EntityKind,
  id: string,
  afterId: string | null,
  origin: EditOrigin,
): void {
  const row = rowsMap(doc, kind).get(id);
  if (!row) throw new DocError('unknown-row', 'Deze rij bestaat niet meer.');
  if (afterId === id) return;
  const parentId = (row.get(PARENT_KEY) as string | null) ?? null;
  const order = positionKey(siblingsOf(doc, kind, parentId), afterId, id);
  doc.transact(() => row.set(ORDER_KEY, order), origin);
}

/**
 * Hangs a row (and so its own children, which point at it) under another parent, at the end of
 * its new siblings. How an orphan gets a place again; the parent must be of a kind the row may
 * hang under, and the row must still exist (a colleague may have deleted it meanwhile).
 */
export function moveRowTo(doc: Y.Doc, kind: EntityKind, id: string, parentId: string, origin: EditOrigin): void {
  const row = rowsMap(doc, kind).get(id);
  if (!row) throw new DocError('unknown-row', 'Deze rij bestaat niet meer.');
  if (parentId === id) throw new DocError('invalid-parent', 'Een rij kan niet onder zichzelf hangen.');
  assertParent(doc, kind, parentId);
  const siblings = siblingsOf(doc, kind, parentId).filter((s) => s.id !== id);
  const order = positionKey(siblings, last(siblings)?.id ?? null);
  doc.transact(() => {
    row.set(PARENT_KEY, parentId);
    row.set(ORDER_KEY, order);
  }, origin);
}

/** Moves a row one place up (-1) or down (+1) among its siblings; returns false at an edge. */
export function moveRowBy(doc: Y.Doc, kind: EntityKind, id: string, step: -1 | 1, origin: EditOrigin): boolean {
  const row = rowsMap(doc, kind).get(id);
  if (!row) throw new DocError('unknown-row', 'Deze rij bestaat niet meer.');
  const siblings = siblingsOf(doc, kind, (row.get(PARENT_KEY) as string | null) ?? null);
  const index = siblings.findIndex((s) => s.id === id);
  const target = index + step;
  if (target < 0 || target >= siblings.length) return false;
  const others = siblings.filter((s) => s.id !== id);
  const afterId = target === 0 ? null : others[target - 1]!.id;
  moveRow(doc, kind, id, afterId, origin);
  return true;
}

function deleteRecursive(doc: Y.Doc, kind: EntityKind, id: string): void {
  for (const child of childrenOf(doc, id)) deleteRecursive(doc, child.kind, child.id);
  rowsMap(doc, kind).delete(id);
}

function positionKey(siblings: Ordered[], afterId: string | null, movingId?: string): string {
  try {
    return keyAfter(siblings, afterId, movingId);
  } catch {
    throw new DocError('invalid-position', 'De plek om de rij neer te zetten bestaat niet meer.');
  }
}

function assertParent(doc: Y.Doc, kind: EntityKind, parentId: string | null): void {
  const allowed = PARENT_KINDS[kind];
  if (parentId === null) {
    if (!allowed.includes('programme')) throw new DocError('invalid-parent', 'Deze rij heeft een bovenliggende rij nodig.');
    return;
  }
  const parentKind = findRowKind(doc, parentId);
  if (!parentKind || !allowed.includes(parentKind)) {
    throw new DocError('invalid-parent', 'De bovenliggende rij bestaat niet (meer).');
  }
}

function defaultsFor(kind: EntityKind, given: Record<string, FieldValue>): Record<string, FieldValue> {
  const result: Record<string, FieldValue> = {};
  for (const [field, spec] of Object.entries(EDITABLE_FIELDS[kind])) {
    const value = field in given ? given[field]! : spec.type === 'text' ? '' : null;
    const problem = checkFieldValue(kind, field, value);
    if (problem) throw new DocError('invalid-value', `${field}: ${problem}`);
    result[field] = value;
  }
  for (const field of Object.keys(given)) {
    if (!(field in result)) throw new DocError('unknown-field', `Onbekend veld "${field}".`);
  }
  return result;
}

function last<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1];
}
