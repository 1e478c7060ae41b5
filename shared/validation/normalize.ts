/**
 * Coerces whatever arrives (a read Y.Doc, a JSON body, garbage) into a well-formed Programme, so
 * rules can trust types. Nothing is repaired silently in a way rules could miss: empty ids stay
 * empty, missing texts become '', so the rules that care report them.
 */
import { ACTIVITY_KINDS, DIRECTIONS, INDICATOR_STATUSES, POLARITIES, SCOPES } from '../model/entities.ts';
import type {
  Activity,
  ActivityKind,
  Direction,
  Goal,
  GoalIndicator,
  IndicatorStatus,
  Polarity,
  Programme,
  Result,
  ResultIndicator,
  Scope,
  SubGoal,
} from '../model/types.ts';

type Raw = Record<string, unknown>;

function obj(v: unknown): Raw {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {};
}

function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function str(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return '';
}

function strOrNull(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[]): T | null {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : null;
}

function activity(v: unknown): Activity {
  const a = obj(v);
  return { id: str(a.id), text: str(a.text), kind: oneOf<ActivityKind>(a.kind, ACTIVITY_KINDS) };
}

function resultIndicator(v: unknown): ResultIndicator {
  const r = obj(v);
  return { id: str(r.id), text: str(r.text) };
}

function result(v: unknown): Result {
  const r = obj(v);
  return {
    id: str(r.id),
    code: str(r.code),
    text: str(r.text),
    source: str(r.source),
    measurableFrom: str(r.measurableFrom),
    indicators: arr(r.indicators).map(resultIndicator),
    activities: arr(r.activities).map(activity),
  };
}

function subGoal(v: unknown): SubGoal {
  const s = obj(v);
  return {
    id: str(s.id),
    title: str(s.title),
    problem: str(s.problem),
    results: arr(s.results).map(result),
    activities: arr(s.activities).map(activity),
  };
}

function goalIndicator(v: unknown): GoalIndicator {
  const i = obj(v);
  return {
    id: str(i.id),
    indicator: str(i.indicator),
    baseline: str(i.baseline),
    target: str(i.target),
    source: str(i.source),
    unit: strOrNull(i.unit),
    direction: oneOf<Direction>(i.direction, DIRECTIONS),
    status: oneOf<IndicatorStatus>(i.status, INDICATOR_STATUSES),
    baselineYear: num(i.baselineYear),
    baselineValue: num(i.baselineValue),
    targetYear: num(i.targetYear),
    targetValue: num(i.targetValue),
    notes: str(i.notes),
    baselineScope: oneOf<Scope>(i.baselineScope, SCOPES),
    targetHigh: num(i.targetHigh),
    targetPercent: num(i.targetPercent),
    polarity: oneOf<Polarity>(i.polarity, POLARITIES),
    statusYear: num(i.statusYear),
    statusReason: str(i.statusReason),
    statusReference: str(i.statusReference),
  };
}

function goal(v: unknown): Goal {
  const g = obj(v);
  return {
    id: str(g.id),
    code: str(g.code),
    title: str(g.title),
    societalEffect: str(g.societalEffect),
    indicators: arr(g.indicators).map(goalIndicator),
    subGoals: arr(g.subGoals).map(subGoal),
  };
}

export function normalizeProgramme(v: unknown): Programme {
  const p = obj(v);
  return {
    id: str(p.id),
    name: str(p.name),
    documentNumber: str(p.documentNumber),
    municipality: str(p.municipality),
    period: str(p.period),
    focusAreas: arr(p.focusAreas).filter((f): f is string => typeof f === 'string'),
    schemaVersion: num(p.schemaVersion) ?? 0,
    goals: arr(p.goals).map(goal),
  };
}
