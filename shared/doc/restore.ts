/**
 * Puts content from a version back into the live document as a new change: one transaction
 * with the caller's origin (kind 'restore'), so it syncs to everyone like any edit.
 *
 * The target is plain Programme data (readProgramme of the version), compared with a reading
 * of the live doc: only what differs is written. Scopes:
 *   cell       one field of one row
 *   row        the row's fields and its parent and place; if it was removed, it comes back
 *              with its subtree as the version had it (same ids)
 *   programme  everything: fields, removed rows back, rows added since deleted, programme
 *              fields, and the sibling order of the version
 *
 * A restore is not on anyone's undo stack (it is not their origin); it is undone by restoring
 * the version taken before it, or by restoring that one cell again.
 */
import * as Y from 'yjs';
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { checkFieldValue, ENTITY_KINDS, type EntityKind } from '../model/entities.ts';
import type { Programme } from '../model/types.ts';
import { flattenProgramme, indexRows, rowKey, type FlatRow } from '../history/flatten.ts';
import { longestIncreasingSubsequence } from '../history/lis.ts';
import type { RestoreScope } from '../history/restore-request.ts';
import { DocError } from './errors.ts';
import { ID_KEY, ORDER_KEY, PARENT_KEY, metaMap, rowsMap } from './layout.ts';
import { keyAfter } from './order.ts';
import type { EditOrigin } from './origin.ts';
import { readMeta, readProgramme } from './read.ts';
import { allRows, siblingsOf } from './rows.ts';

export interface RestoreSummary {
  /** Cells set back to the version's value (not counting the fields of rows that came back). */
  cells: number;
  /** Ids of rows that came back. */
  added: string[];
  /** Ids of rows deleted because the version did not have them (programme scope only). */
  removed: string[];
  /** Ids of rows put back under their version's parent or at their version's place. */
  moved: string[];
  /** Programme fields (name, document number, ...) set back. */
  meta: number;
}

export function restoreFromProgramme(doc: Y.Doc, target: Programme, what: RestoreScope, origin: EditOrigin): RestoreSummary {
  const run = new RestoreRun(doc, target);
  switch (what.scope) {
    case 'cell':
      run.cell(what.kind, what.rowId, what.field, origin);
      break;
    case 'row':
      run.row(what.kind, what.rowId, origin);
      break;
    case 'programme':
      run.programme(origin);
      break;
  }
  return run.summary;
}

class RestoreRun {
  readonly summary: RestoreSummary = { cells: 0, added: [], removed: [], moved: [], meta: 0 };
  private readonly wanted: FlatRow[];
  private readonly wantedIndex: Map<string, FlatRow>;
  private readonly live: Map<string, FlatRow>;
  /** The version's sibling groups, each in the version's order. */
  private readonly groups = new Map<string, FlatRow[]>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly target: Programme,
  ) {
    this.wanted = flattenProgramme(target);
    this.wantedIndex = indexRows(this.wanted);
    this.live = indexRows(flattenProgramme(readProgramme(doc)));
    for (const row of this.wanted) {
      const key = groupKey(row.kind, row.parentId);
      const list = this.groups.get(key);
      if (list) list.push(row);
      else this.groups.set(key, [row]);
    }
  }

  cell(kind: EntityKind, rowId: string, field: string, origin: EditOrigin): void {
    const wanted = this.inVersion(kind, rowId);
    const live = this.live.get(rowKey(kind, rowId));
    if (!live) {
      throw new DocError('unknown-row', 'Deze rij bestaat nu niet meer; zet eerst de hele rij terug.');
    }
    if (live.fields[field] === wanted.fields[field]) return;
    this.doc.transact(() => this.setFields(wanted, [field]), origin);
  }

  row(kind: EntityKind, rowId: string, origin: EditOrigin): void {
    const wanted = this.inVersion(kind, rowId);
    if (wanted.parentId !== null && !this.existsNow(wanted.parentId)) {
      throw new DocError('invalid-parent', 'De bovenliggende rij bestaat nu niet meer; zet die eerst terug (of het hele programma).');
    }
    this.doc.transact(() => {
      if (this.live.has(rowKey(kind, rowId))) {
        this.setFields(wanted, Object.keys(wanted.fields));
        this.place(wanted);
      }
      // The subtree in reading order: a parent always comes back before its children.
      const inSubtree = new Set([rowId]);
      for (const row of this.wanted.slice(wanted.position)) {
        if (row !== wanted && (row.parentId === null || !inSubtree.has(row.parentId))) continue;
        inSubtree.add(row.id);
        if (!this.existsNow(row.id)) this.create(row);
      }
    }, origin);
  }

  programme(origin: EditOrigin): void {
    this.doc.transact(() => {
      this.restoreMeta();
      for (const row of this.wanted) {
        if (this.live.has(rowKey(row.kind, row.id))) {
          this.setFields(row, Object.keys(row.fields));
          if (this.live.get(rowKey(row.kind, row.id))!.parentId !== row.parentId) this.reparent(row);
        } else {
          this.create(row);
        }
      }
      // After the loop every row of the version hangs where the version has it, so whatever
      // else is left (added since, or orphaned) is not in the version.
      for (const kind of ENTITY_KINDS) {
        for (const ref of allRows(this.doc, kind)) {
          if (this.wantedIndex.has(rowKey(kind, ref.id))) continue;
          rowsMap(this.doc, kind).delete(ref.id);
          this.summary.removed.push(ref.id);
        }
      }
      for (const group of this.groups.values()) this.orderGroup(group);
    }, origin);
  }

  private inVersion(kind: EntityKind, rowId: string): FlatRow {
    const row = this.wantedIndex.get(rowKey(kind, rowId));
    if (!row) throw new DocError('unknown-row', 'Deze rij bestond nog niet in die versie.');
    return row;
  }

  private existsNow(id: string): boolean {
    return ENTITY_KINDS.some((kind) => rowsMap(this.doc, kind).has(id));
  }

  private setFields(row: FlatRow, fields: readonly string[]): void {
    const map = rowsMap(this.doc, row.kind).get(row.id)!;
    const live = this.live.get(rowKey(row.kind, row.id));
    for (const field of fields) {
      const value = row.fields[field] ?? null;
      if (live && live.fields[field] === value) continue;
      // A value the allowlist refuses today is not written back; the cell keeps its content.
      if (checkFieldValue(row.kind, field, value) !== null) continue;
      map.set(field, value);
      this.summary.cells++;
    }
  }

  private create(row: FlatRow): void {
    const map = new Y.Map<unknown>();
    map.set(ID_KEY, row.id);
    map.set(PARENT_KEY, row.parentId);
    map.set(ORDER_KEY, this.keyForVersionPlace(row));
    for (const [field, value] of Object.entries(row.fields)) {
      if (checkFieldValue(row.kind, field, value) === null) map.set(field, value);
    }
    rowsMap(this.doc, row.kind).set(row.id, map);
    this.summary.added.push(row.id);
  }

  private reparent(row: FlatRow): void {
    const map = rowsMap(this.doc, row.kind).get(row.id)!;
    map.set(PARENT_KEY, row.parentId);
    map.set(ORDER_KEY, this.keyForVersionPlace(row));
    this.summary.moved.push(row.id);
  }

  /** Row scope: back under its version parent, right after the sibling it followed there. */
  private place(row: FlatRow): void {
    const live = this.live.get(rowKey(row.kind, row.id))!;
    if (live.parentId !== row.parentId) return this.reparent(row);
    const group = this.groups.get(groupKey(row.kind, row.parentId)) ?? [];
    const shared = new Set(group.filter((r) => this.hangsUnder(r, row.parentId)).map((r) => r.id));
    const liveOrder = siblingsOf(this.doc, row.kind, row.parentId).filter((s) => shared.has(s.id));
    const livePrev = liveOrder[liveOrder.findIndex((s) => s.id === row.id) - 1]?.id ?? null;
    if (livePrev === this.previousPresent(row)) return;
    rowsMap(this.doc, row.kind).get(row.id)!.set(ORDER_KEY, this.keyForVersionPlace(row));
    this.summary.moved.push(row.id);
  }

  /** The version's previous sibling of `row` that hangs under the same parent now, or null. */
  private previousPresent(row: FlatRow): string | null {
    const group = this.groups.get(groupKey(row.kind, row.parentId)) ?? [];
    for (let i = group.indexOf(row) - 1; i >= 0; i--) if (this.hangsUnder(group[i]!, row.parentId)) return group[i]!.id;
    return null;
  }

  private hangsUnder(row: FlatRow, parentId: string | null): boolean {
    const map = rowsMap(this.doc, row.kind).get(row.id);
    return map !== undefined && (map.get(PARENT_KEY) ?? null) === parentId;
  }

  private keyForVersionPlace(row: FlatRow): string {
    return keyAfter(siblingsOf(this.doc, row.kind, row.parentId), this.previousPresent(row), row.id);
  }

  /**
   * Programme scope: the version's sibling order. Rows that already stand in that relative
   * order keep their keys (the longest such run); only the others get new ones.
   */
  private orderGroup(group: FlatRow[]): void {
    if (group.length < 2) return;
    const first = group[0]!;
    const liveOrder = siblingsOf(this.doc, first.kind, first.parentId);
    const rank = new Map(liveOrder.map((s, i) => [s.id, i]));
    const keyOf = new Map(liveOrder.map((s) => [s.id, s.order]));
    const kept = new Set(longestIncreasingSubsequence(group.map((r) => rank.get(r.id) ?? -1)).map((i) => group[i]!.id));
    if (kept.size === group.length) return;

    const keys = new Map<string, string>();
    let fits = true;
    try {
      let previous: string | null = null;
      group.forEach((row, i) => {
        if (kept.has(row.id)) {
          previous = keyOf.get(row.id)!;
          return;
        }
        const next = group.slice(i + 1).find((r) => kept.has(r.id));
        previous = generateKeyBetween(previous, next ? keyOf.get(next.id)! : null);
        keys.set(row.id, previous);
      });
    } catch {
      fits = false;
    }
    if (!fits) {
      // Equal keys from concurrent inserts (or a malformed key) leave no room: renumber the group.
      generateNKeysBetween(null, null, group.length).forEach((key, i) => keys.set(group[i]!.id, key));
    }
    const added = new Set(this.summary.added);
    for (const [id, key] of keys) {
      if (keyOf.get(id) === key) continue;
      rowsMap(this.doc, first.kind).get(id)!.set(ORDER_KEY, key);
      if (!kept.has(id) && !added.has(id) && !this.summary.moved.includes(id)) this.summary.moved.push(id);
    }
  }

  private restoreMeta(): void {
    const now = readMeta(this.doc);
    const meta = metaMap(this.doc);
    for (const field of ['name', 'documentNumber', 'municipality', 'period'] as const) {
      if (now[field] !== this.target[field]) {
        meta.set(field, this.target[field]);
        this.summary.meta++;
      }
    }
    const areas = this.target.focusAreas;
    if (now.focusAreas.length !== areas.length || now.focusAreas.some((a, i) => a !== areas[i])) {
      meta.set('focusAreas', [...areas]);
      this.summary.meta++;
    }
  }
}

function groupKey(kind: EntityKind, parentId: string | null): string {
  return `${kind}|${parentId ?? ''}`;
}
