/** The line per programme in GET /api/documents: what it is, how big, who is in it. */
import type { HistoryEntry } from '../../shared/history/history-entry.ts';
import type { EntityKind } from '../../shared/model/entities.ts';
import type { Programme } from '../../shared/model/types.ts';

export interface DocumentCounts {
  goals: number;
  goalIndicators: number;
  subGoals: number;
  results: number;
  resultIndicators: number;
  activities: number;
  /** Rows without a place (their parent was deleted): also counted in their kind's number above. */
  orphans: number;
}

export interface DocumentSummary {
  kind: 'programme';
  id: string;
  name: string;
  municipality: string;
  period: string;
  /** Read-only for everyone (POST /documents/:id/archive). */
  archived: boolean;
  counts: DocumentCounts;
  /** How far the goal indicators are: the bar on the card. */
  indicatorStatus: IndicatorStatusCounts;
  /** The newest change in the cell history, or null when none is recorded. */
  lastChange: LastChange | null;
  /** Open connections (browser tabs) in the document right now. */
  connected: number;
}

export interface IndicatorStatusCounts {
  total: number;
  withBaseline: number;
  withTarget: number;
  /** "Te ontwikkelen": the indicator itself is not yet defined. */
  toDevelop: number;
}

export interface LastChange {
  at: string;
  userName: string;
  action: 'set' | 'add' | 'remove' | 'move';
  kind: EntityKind;
  field: string | null;
}

const TO_DEVELOP = /te\s+ontwikkelen/i;

/** A baseline or target counts when it is written down and not marked as still to come. */
export function countIndicatorStatus(programme: Programme): IndicatorStatusCounts {
  const counts: IndicatorStatusCounts = { total: 0, withBaseline: 0, withTarget: 0, toDevelop: 0 };
  for (const goal of programme.goals) {
    for (const ind of goal.indicators) {
      counts.total++;
      if (ind.status === 'to-be-developed' || TO_DEVELOP.test(`${ind.indicator} ${ind.baseline} ${ind.target}`)) {
        counts.toDevelop++;
        continue;
      }
      if (ind.baseline.trim() !== '' && ind.status !== 'baseline-pending') counts.withBaseline++;
      if (ind.target.trim() !== '' && ind.status !== 'target-pending') counts.withTarget++;
    }
  }
  return counts;
}

export function countProgramme(programme: Programme): DocumentCounts {
  const counts: DocumentCounts = { goals: 0, goalIndicators: 0, subGoals: 0, results: 0, resultIndicators: 0, activities: 0, orphans: 0 };
  for (const goal of programme.goals) {
    counts.goals++;
    counts.goalIndicators += goal.indicators.length;
    for (const sub of goal.subGoals) {
      counts.subGoals++;
      counts.activities += sub.activities.length;
      for (const result of sub.results) {
        counts.results++;
        counts.resultIndicators += result.indicators.length;
        counts.activities += result.activities.length;
      }
    }
  }
  // A row without a place is still a row of the programme: counted, never dropped.
  for (const orphan of programme.orphans ?? []) {
    const kind = COUNT_OF[orphan.kind];
    if (kind) counts[kind]++;
    counts.orphans++;
  }
  return counts;
}

// Measurements are not counted on the card (they are many and have their own export); one
// without its indicator still counts as a row without a place.
const COUNT_OF: Record<EntityKind, Exclude<keyof DocumentCounts, 'orphans'> | null> = {
  measurement: null,
  priority: null,
  goal: 'goals',
  goalIndicator: 'goalIndicators',
  subGoal: 'subGoals',
  result: 'results',
  resultIndicator: 'resultIndicators',
  activity: 'activities',
};

export function lastChangeOf(entry: HistoryEntry | undefined): LastChange | null {
  return entry ? { at: entry.at, userName: entry.userName, action: entry.action, kind: entry.kind, field: entry.field } : null;
}
