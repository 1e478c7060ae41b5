/**
 * What one transaction did to the rows, per row and field, with the values before and after.
 * The server's cell history records these; it is here because only shared/doc knows which
 * root is which row kind and which keys are structure rather than fields.
 *
 * Call it while the transaction is being cleaned up (an `afterTransaction` listener): Yjs
 * computes old values only until then, and a garbage-collected doc drops deleted content
 * right after. Call prepareRowChanges on the doc first: a root that arrived in an update is
 * an untyped placeholder until someone asks for it as a map, and Yjs reports no row
 * additions or removals on a placeholder.
 */
import * as Y from 'yjs';
import { ENTITY_KINDS, type EntityKind } from '../model/entities.ts';
import type { HistoryAction } from '../history/history-entry.ts';
import { ID_KEY, ORDER_KEY, PARENT_KEY, rowsMap } from './layout.ts';

export interface RowChange {
  action: HistoryAction;
  kind: EntityKind;
  rowId: string;
  field: string | null;
  old: unknown;
  new: unknown;
}

/** Types the row roots as maps, so every later transaction reports on them. */
export function prepareRowChanges(doc: Y.Doc): void {
  for (const kind of ENTITY_KINDS) rowsMap(doc, kind);
}

export function rowChangesOf(transaction: Y.Transaction): RowChange[] {
  const changes: RowChange[] = [];
  for (const kind of ENTITY_KINDS) {
    const root = rowsMap(transaction.doc, kind);
    // Yjs keys changedParentTypes by AbstractType<YEvent<any>>, which no concrete Y.Map type is assignable to.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs's own key type
    const events = transaction.changedParentTypes.get(root as Y.AbstractType<any>);
    if (!events) continue;
    for (const event of events) {
      if (!(event instanceof Y.YMapEvent)) continue;
      if (event.target === root) changes.push(...rowsAddedOrRemoved(kind, event));
      else if (event.target.parent === root) changes.push(...fieldsChanged(kind, event));
    }
  }
  return changes;
}

function rowsAddedOrRemoved(kind: EntityKind, event: Y.YMapEvent<unknown>): RowChange[] {
  const out: RowChange[] = [];
  const root = event.target as Y.Map<unknown>;
  event.keys.forEach(({ action, oldValue }, rowId) => {
    if (action === 'delete' || action === 'update') {
      out.push({ action: 'remove', kind, rowId, field: null, old: lastValues(oldValue), new: null });
    }
    if (action === 'add' || action === 'update') {
      out.push({ action: 'add', kind, rowId, field: null, old: null, new: lastValues(root.get(rowId)) });
    }
  });
  return out;
}

function fieldsChanged(kind: EntityKind, event: Y.YMapEvent<unknown>): RowChange[] {
  const row = event.target as Y.Map<unknown>;
  const rowId = String(row.get(ID_KEY) ?? row._item?.parentSub ?? '');
  const out: RowChange[] = [];
  let moved = false;
  event.keys.forEach(({ oldValue }, field) => {
    if (field === PARENT_KEY || field === ORDER_KEY) {
      moved = true;
      return;
    }
    if (field === ID_KEY) return;
    out.push({ action: 'set', kind, rowId, field, old: oldValue ?? null, new: row.get(field) ?? null });
  });
  if (moved) {
    const before = (key: string) => (event.keys.has(key) ? (event.keys.get(key)!.oldValue ?? null) : (row.get(key) ?? null));
    out.push({
      action: 'move',
      kind,
      rowId,
      field: null,
      old: { parentId: before(PARENT_KEY), order: before(ORDER_KEY) },
      new: { parentId: row.get(PARENT_KEY) ?? null, order: row.get(ORDER_KEY) ?? null },
    });
  }
  return out;
}

/**
 * A row's parent and fields, read even when the row was deleted in this very transaction:
 * its entries are marked deleted but still hold their content until the cleanup ends.
 */
function lastValues(value: unknown): Record<string, unknown> | null {
  if (!(value instanceof Y.Map)) return null;
  const out: Record<string, unknown> = {};
  for (const [key, item] of value._map) {
    if (key === ID_KEY || key === ORDER_KEY) continue;
    const content = item.content.getContent();
    if (content.length > 0 && !(item.content instanceof Y.ContentDeleted)) out[key] = content[content.length - 1];
  }
  return out;
}
