/**
 * A programme as a flat list of rows in reading order, each with its parent, its place among
 * its siblings, its editable fields and a human path. Comparing two of these is all the diff
 * and the restore need: no Y.Doc, no order keys, only what readProgramme returns.
 */
import { EDITABLE_FIELDS, type EntityKind, type FieldValue } from '../model/entities.ts';
import type { Activity, Goal, Measurement, Programme, Result, SubGoal } from '../model/types.ts';

/** Where a row sits, in the codes people use ("Doel 3", "3.10"); null where it does not apply. */
export interface RowPath {
  goalCode: string | null;
  subGoalTitle: string | null;
  resultCode: string | null;
}

export interface FlatRow {
  kind: EntityKind;
  id: string;
  parentId: string | null;
  /** Place among the siblings of the same kind under the same parent (0-based). */
  index: number;
  /** Place in the whole programme in reading order, for listing changes in document order. */
  position: number;
  /** The stored human code (goals and results), else null. */
  code: string | null;
  /** The row's main text: goal title, indicator, sub-goal title, result or activity text. */
  label: string;
  path: RowPath;
  fields: Record<string, FieldValue>;
}

/** Map key of a row; ids are unique per kind. */
export function rowKey(kind: EntityKind, id: string): string {
  return `${kind}:${id}`;
}

export function flattenProgramme(programme: Programme): FlatRow[] {
  const rows: FlatRow[] = [];
  const push = (
    kind: EntityKind,
    entity: { id: string },
    parentId: string | null,
    index: number,
    code: string | null,
    label: string,
    path: RowPath,
  ) => {
    rows.push({ kind, id: entity.id, parentId, index, position: rows.length, code, label, path, fields: pickFields(kind, entity) });
  };
  const measurements = (list: Measurement[], parentId: string, path: RowPath) =>
    list.forEach((m, i) => push('measurement', m, parentId, i, null, measurementLabel(m), path));
  const activities = (list: Activity[], parentId: string, path: RowPath) =>
    list.forEach((a, i) => push('activity', a, parentId, i, null, a.text, path));
  const result = (r: Result, i: number, parentId: string, path: RowPath) => {
    const here = { ...path, resultCode: r.code || null };
    push('result', r, parentId, i, r.code || null, r.text, here);
    r.indicators.forEach((ri, k) => {
      push('resultIndicator', ri, r.id, k, null, ri.text, here);
      measurements(ri.measurements, ri.id, here);
    });
    activities(r.activities, r.id, here);
  };
  const subGoal = (s: SubGoal, i: number, parentId: string, path: RowPath) => {
    const here = { ...path, subGoalTitle: s.title || null };
    push('subGoal', s, parentId, i, null, s.title, here);
    s.results.forEach((r, k) => result(r, k, s.id, here));
    activities(s.activities, s.id, here);
  };
  const goal = (g: Goal, i: number) => {
    const here: RowPath = { goalCode: g.code || null, subGoalTitle: null, resultCode: null };
    push('goal', g, null, i, g.code || null, g.title, here);
    g.indicators.forEach((ind, k) => {
      push('goalIndicator', ind, g.id, k, null, ind.indicator, here);
      measurements(ind.measurements, ind.id, here);
    });
    g.subGoals.forEach((s, k) => subGoal(s, k, g.id, here));
  };
  programme.goals.forEach(goal);
  const outside: RowPath = { goalCode: null, subGoalTitle: null, resultCode: null };
  (programme.priorities ?? []).forEach((p, i) => push('priority', p, null, i, null, p.result, outside));
  return rows;
}

/** "2025: 12,5" — how a change list names a measurement. */
function measurementLabel(m: Measurement): string {
  const value = m.value === null ? 'zonder waarde' : String(m.value).replace('.', ',');
  return [m.period || 'zonder periode', value].join(': ') + (m.subgroup ? ` (${m.subgroup})` : '');
}

export function indexRows(rows: readonly FlatRow[]): Map<string, FlatRow> {
  return new Map(rows.map((row) => [rowKey(row.kind, row.id), row]));
}

function pickFields(kind: EntityKind, entity: object): Record<string, FieldValue> {
  const source = entity as Record<string, unknown>;
  const fields: Record<string, FieldValue> = {};
  for (const field of Object.keys(EDITABLE_FIELDS[kind])) {
    const value = source[field];
    fields[field] = value === undefined ? null : (value as FieldValue);
  }
  return fields;
}
