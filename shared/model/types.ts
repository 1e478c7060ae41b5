/**
 * The programme as plain data: what `GET /api/documents/:id` returns and what the grid renders.
 * Ids are stable and never shown; codes (Doel 3, 3.10) are stored human labels that are
 * never renumbered behind the user's back.
 */

export type IndicatorStatus =
  | 'measurable'
  | 'baseline-pending'
  | 'target-pending'
  | 'to-be-developed'
  | 'not-measurable'
  | 'delegated'
  | 'measurable-from';

export type Direction =
  | 'increase'
  | 'decrease'
  | 'min'
  | 'max'
  | 'exact'
  | 'range'
  | 'maintain'
  | 'maintainOrIncrease'
  | 'maintainOrDecrease'
  | 'relative'
  | 'shift';

export type Scope = 'dronten' | 'regio' | 'landelijk';

export type Polarity = 'higher-is-better' | 'lower-is-better';

export type ActivityKind = 'existing' | 'new';

export interface GoalIndicator {
  id: string;
  indicator: string;
  baseline: string;
  target: string;
  source: string;
  unit: string | null;
  direction: Direction | null;
  status: IndicatorStatus | null;
  baselineYear: number | null;
  baselineValue: number | null;
  targetYear: number | null;
  targetValue: number | null;
  notes: string;
  /** Structured parts confirmed by an officer; null = not set (the parsed text applies). */
  baselineScope: Scope | null;
  /** Upper bound of a range target ("tussen 78% en 80%": targetValue 78, targetHigh 80). */
  targetHigh: number | null;
  /** Signed change of a relative target in percent ("met 50% verminderen" = -50). */
  targetPercent: number | null;
  polarity: Polarity | null;
  /** Planned or first-measurable year that goes with `status`. */
  statusYear: number | null;
  /** Why an indicator is not measurable. */
  statusReason: string;
  /** Where a delegated indicator is worked out (programme, goal). */
  statusReference: string;
}

export interface ResultIndicator {
  id: string;
  text: string;
}

export interface Activity {
  id: string;
  text: string;
  kind: ActivityKind | null;
}

export interface Result {
  id: string;
  code: string;
  text: string;
  source: string;
  measurableFrom: string;
  indicators: ResultIndicator[];
  activities: Activity[];
}

export interface SubGoal {
  id: string;
  title: string;
  problem: string;
  results: Result[];
  activities: Activity[];
}

export interface Goal {
  id: string;
  code: string;
  title: string;
  societalEffect: string;
  indicators: GoalIndicator[];
  subGoals: SubGoal[];
}

export interface ProgrammeMeta {
  id: string;
  name: string;
  documentNumber: string;
  municipality: string;
  period: string;
  focusAreas: string[];
}

export interface Programme extends ProgrammeMeta {
  schemaVersion: number;
  goals: Goal[];
}
