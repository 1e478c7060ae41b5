/**
 * The differences between two readings of a programme (e.g. the council-adopted version and
 * today): rows added, removed and moved, cells changed, programme fields changed. Pure: plain
 * Programme data in, plain lists out, in document order, so a page or an export can render
 * "wijzigingen ten opzichte van de vastgestelde versie" straight from it.
 */
import type { EntityKind, FieldValue } from '../model/entities.ts';
import type { Programme } from '../model/types.ts';
import { flattenProgramme, indexRows, rowKey, type FlatRow, type RowPath } from './flatten.ts';
import { longestIncreasingSubsequence } from './lis.ts';

/** What a list needs to name a row: kind, id, human code and text, and where it sits. */
export interface DiffRow {
  kind: EntityKind;
  id: string;
  code: string | null;
  label: string;
  path: RowPath;
}

interface RowPresence extends DiffRow {
  parentId: string | null;
  /** The row's fields: what was added, or what was removed. */
  values: Record<string, FieldValue>;
  /** True when the parent was added (or removed) too, so a list can fold the subtree. */
  withParent: boolean;
}

interface RowMove extends DiffRow {
  fromParentId: string | null;
  toParentId: string | null;
  fromPath: RowPath;
  /** Place among its siblings before and after (0-based). */
  fromIndex: number;
  toIndex: number;
  /** True when the row now hangs under another parent. */
  reparented: boolean;
}

interface CellChange extends DiffRow {
  field: string;
  old: FieldValue;
  new: FieldValue;
}

const DIFF_META_FIELDS = ['name', 'documentNumber', 'municipality', 'period', 'focusAreas'] as const;
type DiffMetaField = (typeof DIFF_META_FIELDS)[number];

interface MetaChange {
  field: DiffMetaField;
  old: string | string[];
  new: string | string[];
}

export interface ProgrammeDiff {
  added: RowPresence[];
  removed: RowPresence[];
  moved: RowMove[];
  changed: CellChange[];
  meta: MetaChange[];
}

export function diffProgrammes(from: Programme, to: Programme): ProgrammeDiff {
  const before = flattenProgramme(from);
  const after = flattenProgramme(to);
  const beforeIndex = indexRows(before);
  const afterIndex = indexRows(after);
  const beforeIds = new Set(before.map((row) => row.id));
  const afterIds = new Set(after.map((row) => row.id));

  const added = after
    .filter((row) => !beforeIndex.has(rowKey(row.kind, row.id)))
    .map((row) => presence(row, row.parentId !== null && !beforeIds.has(row.parentId)));
  const removed = before
    .filter((row) => !afterIndex.has(rowKey(row.kind, row.id)))
    .map((row) => presence(row, row.parentId !== null && !afterIds.has(row.parentId)));

  const changed: CellChange[] = [];
  for (const row of after) {
    const old = beforeIndex.get(rowKey(row.kind, row.id));
    if (!old) continue;
    for (const [field, value] of Object.entries(row.fields)) {
      const previous = old.fields[field] ?? null;
      if (previous !== value) changed.push({ ...describe(row), field, old: previous, new: value });
    }
  }

  return { added, removed, moved: movedRows(after, beforeIndex), changed, meta: metaChanges(from, to) };
}

/** True when nothing differs. */
export function isEmptyDiff(diff: ProgrammeDiff): boolean {
  return diff.added.length + diff.removed.length + diff.moved.length + diff.changed.length + diff.meta.length === 0;
}

/**
 * A row moved when its parent changed, or when, among the siblings it shares with the other
 * reading, it is outside the longest run that kept its relative order.
 */
function movedRows(after: FlatRow[], beforeIndex: Map<string, FlatRow>): RowMove[] {
  const moved = new Set<string>();
  const groups = new Map<string, FlatRow[]>();
  for (const row of after) {
    const old = beforeIndex.get(rowKey(row.kind, row.id));
    if (!old) continue;
    if (old.parentId !== row.parentId) {
      moved.add(rowKey(row.kind, row.id));
      continue;
    }
    const group = `${row.kind}|${row.parentId ?? ''}`;
    const list = groups.get(group);
    if (list) list.push(row);
    else groups.set(group, [row]);
  }
  for (const list of groups.values()) {
    // `after` is in reading order, so each list is in its new sibling order already.
    const oldPlaces = list.map((row) => beforeIndex.get(rowKey(row.kind, row.id))!.index);
    const kept = new Set(longestIncreasingSubsequence(oldPlaces));
    list.forEach((row, i) => {
      if (!kept.has(i)) moved.add(rowKey(row.kind, row.id));
    });
  }
  return after
    .filter((row) => moved.has(rowKey(row.kind, row.id)))
    .map((row) => {
      const old = beforeIndex.get(rowKey(row.kind, row.id))!;
      return {
        ...describe(row),
        fromParentId: old.parentId,
        toParentId: row.parentId,
        fromPath: old.path,
        fromIndex: old.index,
        toIndex: row.index,
        reparented: old.parentId !== row.parentId,
      };
    });
}

function metaChanges(from: Programme, to: Programme): MetaChange[] {
  const out: MetaChange[] = [];
  for (const field of DIFF_META_FIELDS) {
    const old = from[field];
    const now = to[field];
    const same = Array.isArray(old) && Array.isArray(now) ? old.length === now.length && old.every((v, i) => v === now[i]) : old === now;
    if (!same) out.push({ field, old, new: now });
  }
  return out;
}

function describe(row: FlatRow): DiffRow {
  return { kind: row.kind, id: row.id, code: row.code, label: row.label, path: row.path };
}

function presence(row: FlatRow, withParent: boolean): RowPresence {
  return { ...describe(row), parentId: row.parentId, values: row.fields, withParent };
}
