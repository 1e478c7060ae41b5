/**
 * Progress of a whole programme: every indicator's status, and per goal and per result how many
 * indicators are op koers, risico, achter or onbekend. Counts, never an average: three indicators
 * op koers and one achter is not "almost op koers".
 *
 * `ProgressTracker` keeps the last answer per indicator and, after a change, recomputes only
 * the indicators the changed rows belong to (a new measurement touches its own indicator);
 * the counts are summed again, which is cheap.
 */
import type { GoalIndicator, Programme, ResultIndicator } from '../model/types.ts';
import { indicatorPlaces, type IndicatorKind, type IndicatorPlace } from './codes.ts';
import { computeIndicatorProgress, PROGRESS_STATUSES, programmeYears, type IndicatorProgress, type ProgressOptions, type ProgressStatus } from './progress.ts';

export type StatusCounts = Record<ProgressStatus, number>;

interface ResultRollup {
  resultId: string;
  code: string;
  counts: StatusCounts;
}

interface GoalRollup {
  goalId: string;
  code: string;
  /** The goal's own indicators. */
  counts: StatusCounts;
  /** All result indicators of the goal's results together. */
  resultCounts: StatusCounts;
  results: ResultRollup[];
}

export interface PlacedProgress extends IndicatorProgress {
  code: string;
  goalId: string;
  resultId: string | null;
}

export interface ProgrammeProgress {
  indicators: PlacedProgress[];
  goals: GoalRollup[];
}

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

function rollUp(programme: Programme, indicators: readonly PlacedProgress[]): GoalRollup[] {
  const byId = new Map(indicators.map((p) => [p.indicatorId, p]));
  const count = (counts: StatusCounts, list: readonly { id: string }[]) => {
    for (const ind of list) {
      const p = byId.get(ind.id);
      if (p) counts[p.status]++;
    }
    return counts;
  };
  return programme.goals.map((goal) => {
    const resultCounts = emptyCounts();
    const results: ResultRollup[] = [];
    for (const sub of goal.subGoals) {
      for (const result of sub.results) {
        const counts = count(emptyCounts(), result.indicators);
        for (const s of PROGRESS_STATUSES) resultCounts[s] += counts[s];
        results.push({ resultId: result.id, code: result.code, counts });
      }
    }
    return { goalId: goal.id, code: goal.code, counts: count(emptyCounts(), goal.indicators), resultCounts, results };
  });
}

function place(progress: IndicatorProgress, at: IndicatorPlace): PlacedProgress {
  return { ...progress, code: at.code, goalId: at.goalId, resultId: at.resultId };
}

/** Progress of every indicator from scratch. */
export function computeProgrammeProgress(programme: Programme): ProgrammeProgress {
  const options = programmeYears(programme);
  const indicators = indicatorPlaces(programme).map((at) => place(computeIndicatorProgress(at.kind, at.indicator, options), at));
  return { indicators, goals: rollUp(programme, indicators) };
}

interface Held {
  kind: IndicatorKind;
  input: GoalIndicator | ResultIndicator;
  progress: IndicatorProgress;
  measurementIds: readonly string[];
}

export class ProgressTracker {
  private readonly held = new Map<string, Held>();
  /** Measurement id -> the indicator it was under at the last computation. */
  private readonly owner = new Map<string, string>();
  private options: ProgressOptions | null = null;
  private last: ProgrammeProgress | null = null;
  /** How many indicators were computed in total: the tests read it to see what a change cost. */
  computed = 0;

  /** Everything again (first read, after a sync, or when the programme's years changed). */
  compute(programme: Programme): ProgrammeProgress {
    this.held.clear();
    this.owner.clear();
    this.options = programmeYears(programme);
    return this.run(programme, null);
  }

  /**
   * After a change to the rows with these ids (added, removed or changed: indicators,
   * measurements, anything else). An indicator is computed again when it, or one of its
   * measurements now or before, is among them; every other indicator keeps its answer.
   */
  update(programme: Programme, changedIds: Iterable<string>): ProgrammeProgress {
    const years = programmeYears(programme);
    if (!this.options || years.periodStart !== this.options.periodStart || years.periodEnd !== this.options.periodEnd) return this.compute(programme);
    const dirty = new Set<string>();
    const changed = new Set(changedIds);
    for (const id of changed) {
      dirty.add(id);
      const owner = this.owner.get(id);
      if (owner) dirty.add(owner);
    }
    return this.run(programme, { changed, dirty });
  }

  get current(): ProgrammeProgress | null {
    return this.last;
  }

  private run(programme: Programme, change: { changed: ReadonlySet<string>; dirty: ReadonlySet<string> } | null): ProgrammeProgress {
    const options = this.options!;
    const seen = new Set<string>();
    const indicators = indicatorPlaces(programme).map((at) => {
      seen.add(at.id);
      const held = this.held.get(at.id);
      const stale =
        !held ||
        held.kind !== at.kind ||
        (held.input !== at.indicator && (change === null || change.dirty.has(at.id) || at.indicator.measurements.some((m) => change.changed.has(m.id))));
      if (!stale) return place(held.progress, at);
      const progress = computeIndicatorProgress(at.kind, at.indicator, options);
      this.computed++;
      for (const id of held?.measurementIds ?? []) this.owner.delete(id);
      const measurementIds = at.indicator.measurements.map((m) => m.id);
      for (const id of measurementIds) this.owner.set(id, at.id);
      this.held.set(at.id, { kind: at.kind, input: at.indicator, progress, measurementIds });
      return place(progress, at);
    });
    for (const [id, held] of this.held) {
      if (seen.has(id)) continue;
      for (const m of held.measurementIds) this.owner.delete(m);
      this.held.delete(id);
    }
    this.last = { indicators, goals: rollUp(programme, indicators) };
    return this.last;
  }
}
