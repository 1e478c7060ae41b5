/** Turns a programme Y.Doc into plain data (the domain model), sorted by order key. */
import * as Y from 'yjs';
import type { EntityKind } from '../model/entities.ts';
import type {
  Activity,
  Goal,
  GoalIndicator,
  Programme,
  ProgrammeMeta,
  Result,
  ResultIndicator,
  SubGoal,
} from '../model/types.ts';
import { META_FIELDS, SCHEMA_VERSION, metaMap, rowsMap as allRowsMap } from './layout.ts';
import { compareOrdered } from './order.ts';
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

export function readProgramme(doc: Y.Doc): Programme {
  const idx = (kind: EntityKind): Index => indexByParent(allRows(doc, kind));
  const goals = idx('goal');
  const goalIndicators = idx('goalIndicator');
  const subGoals = idx('subGoal');
  const results = idx('result');
  const resultIndicators = idx('resultIndicator');
  const activities = idx('activity');

  const activityList = (parentId: string): Activity[] =>
    under(activities, parentId).map((r) => ({ id: r.id, text: str(r, 'text'), kind: enumOrNull(r, 'kind') }));

  const resultList = (subGoalId: string): Result[] =>
    under(results, subGoalId).map((r) => ({
      id: r.id,
      code: str(r, 'code'),
      text: str(r, 'text'),
      source: str(r, 'source'),
      measurableFrom: str(r, 'measurableFrom'),
      indicators: under(resultIndicators, r.id).map(
        (i): ResultIndicator => ({ id: i.id, text: str(i, 'text') }),
      ),
      activities: activityList(r.id),
    }));

  const subGoalList = (goalId: string): SubGoal[] =>
    under(subGoals, goalId).map((s) => ({
      id: s.id,
      title: str(s, 'title'),
      problem: str(s, 'problem'),
      results: resultList(s.id),
      activities: activityList(s.id),
    }));

  const indicatorList = (goalId: string): GoalIndicator[] =>
    under(goalIndicators, goalId).map((i) => ({
      id: i.id,
      indicator: str(i, 'indicator'),
      baseline: str(i, 'baseline'),
      target: str(i, 'target'),
      source: str(i, 'source'),
      unit: strOrNull(i, 'unit'),
      direction: enumOrNull(i, 'direction'),
      status: enumOrNull(i, 'status'),
      baselineYear: numOrNull(i, 'baselineYear'),
      baselineValue: numOrNull(i, 'baselineValue'),
      targetYear: numOrNull(i, 'targetYear'),
      targetValue: numOrNull(i, 'targetValue'),
      notes: str(i, 'notes'),
      baselineScope: enumOrNull(i, 'baselineScope'),
      targetHigh: numOrNull(i, 'targetHigh'),
      targetPercent: numOrNull(i, 'targetPercent'),
      polarity: enumOrNull(i, 'polarity'),
      statusYear: numOrNull(i, 'statusYear'),
      statusReason: str(i, 'statusReason'),
      statusReference: str(i, 'statusReference'),
    }));

  const goalList: Goal[] = under(goals, null).map((g) => ({
    id: g.id,
    code: str(g, 'code'),
    title: str(g, 'title'),
    societalEffect: str(g, 'societalEffect'),
    indicators: indicatorList(g.id),
    subGoals: subGoalList(g.id),
  }));

  return { ...readMeta(doc), goals: goalList };
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

function str(ref: RowRef, key: string): string {
  const v = ref.row.get(key);
  return typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);
}

function strOrNull(ref: RowRef, key: string): string | null {
  const v = ref.row.get(key);
  return typeof v === 'string' && v !== '' ? v : null;
}

function numOrNull(ref: RowRef, key: string): number | null {
  const v = ref.row.get(key);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

// The allowlist guards writes; reads trust the stored string and the caller narrows it.
function enumOrNull<T extends string>(ref: RowRef, key: string): T | null {
  const v = ref.row.get(key);
  return typeof v === 'string' && v !== '' ? (v as T) : null;
}

/** One field of one row, or undefined when the row or field does not exist. */
export function readField(doc: Y.Doc, kind: EntityKind, id: string, field: string): unknown {
  return allRowsMap(doc, kind).get(id)?.get(field);
}
