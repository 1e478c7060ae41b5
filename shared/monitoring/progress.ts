/**
 * The progress rule: per indicator "op koers", "risico", "achter" or "onbekend", from its
 * nulmeting, its measurements and its streefwaarde. Pure: no clock (the latest measurement sets
 * the moment), no I/O. See shared/monitoring/README.md for the rule in words.
 *
 * 1. The series. Progress follows the headline series: measurements without a subgroup, of the
 *    nulmeting's scope (default the municipality; a measurement without scope counts as that),
 *    in the indicator's unit (or without a unit), with a period Koers can read. Per period one
 *    value counts: definitief before voorlopig, then the last one in the list. Other scopes are
 *    reference figures; subgroups get a status of their own (below), never the headline's.
 * 2. The start. The nulmeting (value and year); without a value, the first measurement of the
 *    series is the start and the status needs a later one. A nulmeting without a year starts at
 *    the programme's first year.
 * 3. The target, as the values acceptable in the target year: minimaal 50 is [50, ∞), maximaal
 *    3 is (-∞, 3], tussen 78 en 80 is [78, 80], precies / toename tot 70 is 70 (with a polarity,
 *    overshooting the good way is fine), -50% is at most half the nulmeting, behouden is the
 *    nulmeting, "behouden of stijgen" at least the nulmeting, a direction without a number
 *    ("neemt toe") at least the nulmeting. The target year is the part's, else the text's, else
 *    the programme's last year. A shift ("van zwaardere naar lichtere vormen") has no number:
 *    onbekend.
 * 4. The expected path: a straight line from the start to the nearest acceptable value in the
 *    target year. At the moment of the latest measurement (the middle of its period) the
 *    acceptable values are the path's; after the target year, the target's.
 * 5. The gap is how far the latest value lies outside those values. The planned change is the
 *    distance from the start to the target (0 when the start already meets it). Tolerance band:
 *    op koers when the gap is at most 10% of the planned change or 2% of the start value,
 *    whichever is larger; risico up to 25% of the planned change or 5% of the start value;
 *    achter beyond. (The share of the start value keeps a small planned change, or none, from
 *    turning measurement noise into "achter".)
 * 6. Onbekend when the indicator is not measurable, worked out elsewhere or still to be
 *    developed, when there is no target or no number to aim at, no measurement, no start, or
 *    when the latest measurement has no value.
 * 7. The officer's assessment on the latest measurement (no value of the series newer than it)
 *    overrides the rule when it has an explanation; without one it does not count. The rule's
 *    own status stays beside it (`computed`), so validation can show an override against the
 *    numbers.
 */
import type { GoalIndicator, Measurement, Programme, ResultIndicator, Scope } from '../model/types.ts';
import { measurement as measurementKind } from '../schema/index.ts';
import { formatDutchNumber } from '../indicator/number.ts';
import { capitalize } from '../text/dutch.ts';
import { comparePeriods, parsePeriod, type MeasurementPeriod } from './period.ts';
import { goalIndicatorFrame, RESULT_INDICATOR_FRAME, subgroupKey, unitKey, type IndicatorFrame, type IndicatorTarget } from './target.ts';
import type { IndicatorKind } from './codes.ts';
import type { Comparator } from '../indicator/types.ts';

export type ProgressStatus = 'on-track' | 'at-risk' | 'behind' | 'unknown';

export const PROGRESS_STATUSES: readonly ProgressStatus[] = ['on-track', 'at-risk', 'behind', 'unknown'];

/** "op koers", "risico", "achter", "onbekend": the measurement schema's words for its assessment. */
const PROGRESS_LABELS = measurementKind.fields.assessment.labels as Readonly<Record<ProgressStatus, string>>;

/** The tolerance band, as fractions of the planned change and of the start value. */
const TOLERANCE = {
  onTrack: { ofChange: 0.1, ofStart: 0.02 },
  atRisk: { ofChange: 0.25, ofStart: 0.05 },
} as const;

export interface ProgressPoint {
  measurementId: string;
  period: MeasurementPeriod;
  value: number;
}

interface SubgroupProgress {
  subgroup: string;
  status: ProgressStatus;
  latest: ProgressPoint | null;
  /** The subgroup's own series, in period order (for its line in the chart). */
  series: ProgressPoint[];
  explanation: string;
}

export interface IndicatorProgress {
  indicatorId: string;
  kind: IndicatorKind;
  status: ProgressStatus;
  /** What the rule says, also when an officer's assessment overrides it. */
  computed: ProgressStatus;
  /** The measurement whose assessment set the status, or null when the rule did. */
  overriddenBy: string | null;
  latest: ProgressPoint | null;
  start: { value: number; at: number; year: number; fromMeasurement: boolean } | null;
  target: IndicatorTarget | null;
  /** The acceptable values at the moment of the latest measurement ([lo, hi], infinite when open). */
  expected: { low: number; high: number } | null;
  /** Dutch: why this status (the officer's explanation when overridden). */
  explanation: string;
  /** The rule's own reasoning, also when overridden. */
  ruleExplanation: string;
  /** The headline series, in period order. */
  series: ProgressPoint[];
  subgroups: SubgroupProgress[];
}

export interface ProgressOptions {
  /** First and last year of the programme ("2025-2028"): the default start and target years. */
  periodStart: number | null;
  periodEnd: number | null;
}

export function programmeYears(programme: Pick<Programme, 'period'>): ProgressOptions {
  const years = (programme.period.match(/\b(?:19|20|21)\d{2}\b/g) ?? []).map(Number);
  return { periodStart: years.length ? Math.min(...years) : null, periodEnd: years.length ? Math.max(...years) : null };
}

const fmt = (n: number) => formatDutchNumber(n, 2);

export function withUnit(n: number, unit: string | null): string {
  if (!unit) return fmt(n);
  return unit === '%' ? `${fmt(n)}%` : `${fmt(n)} ${unit}`;
}

interface Reading {
  period: MeasurementPeriod;
  m: Measurement;
  index: number;
}

/** Per period one measurement: definitief first, then the last in the list. */
function onePerPeriod(readings: readonly Reading[]): Reading[] {
  const byKey = new Map<string, Reading>();
  for (const r of readings) {
    const held = byKey.get(r.period.key);
    const rank = (x: Reading) => (x.m.valueStatus === 'final' ? 1 : 0);
    if (!held || rank(r) > rank(held) || (rank(r) === rank(held) && r.index > held.index)) byKey.set(r.period.key, r);
  }
  return [...byKey.values()].sort((a, b) => comparePeriods(a.period, b.period));
}

interface Interval {
  low: number;
  high: number;
}

/** The values acceptable in the target year, or a Dutch reason why there are none. */
export function targetInterval(target: IndicatorTarget, start: number): Interval | string {
  const v = target.value;
  const up = target.polarity === 'higher-is-better';
  const down = target.polarity === 'lower-is-better';
  const point = (x: number): Interval => ({ low: down ? -Infinity : x, high: up ? Infinity : x });
  switch (target.kind) {
    case 'exact':
      return v === null ? 'de streefwaarde noemt geen getal' : point(v);
    case 'min':
      return v === null ? 'de streefwaarde noemt geen getal' : { low: v, high: Infinity };
    case 'max':
      return v === null ? 'de streefwaarde noemt geen getal' : { low: -Infinity, high: v };
    case 'range': {
      if (v === null || target.high === null) return 'het bereik van de streefwaarde is niet compleet';
      return { low: Math.min(v, target.high), high: Math.max(v, target.high) };
    }
    case 'increase':
      return { low: v ?? start, high: Infinity };
    case 'decrease':
      return { low: -Infinity, high: v ?? start };
    case 'maintain':
      return point(start);
    case 'maintainOrIncrease':
      return { low: start, high: Infinity };
    case 'maintainOrDecrease':
      return { low: -Infinity, high: start };
    case 'relative': {
      if (target.percent === null || target.percent === 0) return 'de relatieve streefwaarde noemt geen percentage';
      const aim = start * (1 + target.percent / 100);
      return target.percent > 0 ? { low: aim, high: Infinity } : { low: -Infinity, high: aim };
    }
    case 'shift':
      return 'een verschuiving (van het een naar het ander) heeft geen getal om de voortgang aan te meten';
  }
}

function targetText(target: IndicatorTarget, interval: Interval, unit: string | null): string {
  const year = target.year ? ` in ${target.year}` : '';
  if (interval.low === interval.high) return `${withUnit(interval.low, unit)}${year}`;
  if (Number.isFinite(interval.low) && Number.isFinite(interval.high)) return `tussen ${withUnit(interval.low, unit)} en ${withUnit(interval.high, unit)}${year}`;
  if (Number.isFinite(interval.low)) return `minimaal ${withUnit(interval.low, unit)}${year}`;
  return `maximaal ${withUnit(interval.high, unit)}${year}`;
}

function distance(x: number, { low, high }: Interval): number {
  return x < low ? low - x : x > high ? x - high : 0;
}

interface Judged {
  status: ProgressStatus;
  expected: Interval | null;
  explanation: string;
}

/** Steps 3 to 5 for one series against one target. */
function judge(
  series: readonly ProgressPoint[],
  start: NonNullable<IndicatorProgress['start']>,
  target: IndicatorTarget,
  unit: string | null,
  options: ProgressOptions,
): Judged {
  const latest = series[series.length - 1];
  if (!latest || (start.fromMeasurement && latest.period.at <= start.at)) {
    return { status: 'unknown', expected: null, explanation: 'Er is nog maar één meting: de voortgang volgt uit een volgende meting.' };
  }
  const goal = targetInterval(target, start.value);
  if (typeof goal === 'string') return { status: 'unknown', expected: null, explanation: `Onbekend: ${goal}.` };
  const targetYear = target.year ?? options.periodEnd ?? latest.period.year;
  const t1 = targetYear + 0.5;
  const f = t1 <= start.at ? 1 : Math.min(1, Math.max(0, (latest.period.at - start.at) / (t1 - start.at)));
  const along = (bound: number, side: 'low' | 'high') => {
    if (!Number.isFinite(bound)) return bound;
    const behindStart = side === 'low' ? bound > start.value : bound < start.value;
    return behindStart ? start.value + (bound - start.value) * f : bound;
  };
  const expected = { low: along(goal.low, 'low'), high: along(goal.high, 'high') };
  const gap = distance(latest.value, expected);
  const change = distance(start.value, goal);
  const onTrack = Math.max(TOLERANCE.onTrack.ofChange * change, TOLERANCE.onTrack.ofStart * Math.abs(start.value));
  const atRisk = Math.max(TOLERANCE.atRisk.ofChange * change, TOLERANCE.atRisk.ofStart * Math.abs(start.value));
  const status: ProgressStatus = gap <= onTrack + 1e-9 ? 'on-track' : gap <= atRisk + 1e-9 ? 'at-risk' : 'behind';

  const startText = `${start.fromMeasurement ? 'de eerste meting' : 'de nulmeting'} (${withUnit(start.value, unit)} in ${start.year})`;
  const aim = targetText({ ...target, year: targetYear }, goal, unit);
  const directionOnly = (target.kind === 'increase' || target.kind === 'decrease') && target.value === null;
  const now = `${latest.period.label}: ${withUnit(latest.value, unit)}`;
  const expectedText =
    expected.low === expected.high
      ? withUnit(expected.low, unit)
      : Number.isFinite(expected.low) && Number.isFinite(expected.high)
        ? `tussen ${withUnit(expected.low, unit)} en ${withUnit(expected.high, unit)}`
        : Number.isFinite(expected.low)
          ? `minstens ${withUnit(expected.low, unit)}`
          : `hoogstens ${withUnit(expected.high, unit)}`;
  const path = directionOnly
    ? `zonder streefgetal telt de richting: vanaf ${startText} ${target.kind === 'increase' ? 'niet dalen' : 'niet stijgen'}`
    : `volgens een rechte lijn van ${startText} naar ${aim} was ${expectedText} verwacht`;
  const verdict =
    gap === 0
      ? distance(latest.value, goal) === 0 && !directionOnly
        ? 'de streefwaarde is gehaald'
        : 'dat ligt op of voor het pad'
      : `het verschil is ${withUnit(gap, unit)}; op koers tot ${withUnit(onTrack, unit)}, risico tot ${withUnit(atRisk, unit)}`;
  return { status, expected, explanation: `${capitalize(PROGRESS_LABELS[status])}: ${now}; ${path}; ${verdict}.` };
}

function readings(list: readonly Measurement[]): Reading[] {
  const out: Reading[] = [];
  list.forEach((m, index) => {
    const period = parsePeriod(m.period);
    if (period) out.push({ period, m, index });
  });
  return out;
}

function points(list: readonly Reading[]): ProgressPoint[] {
  return list.filter((r) => r.m.value !== null).map((r) => ({ measurementId: r.m.id, period: r.period, value: r.m.value! }));
}

function startOf(frame: IndicatorFrame, series: readonly ProgressPoint[], options: ProgressOptions): IndicatorProgress['start'] {
  if (frame.baseline) {
    const year = frame.baseline.year ?? options.periodStart;
    if (year !== null) return { value: frame.baseline.value, at: year + 0.5, year, fromMeasurement: false };
  }
  const first = series[0];
  return first ? { value: first.value, at: first.period.at, year: first.period.year, fromMeasurement: true } : null;
}

const SCOPE_WORDS: Record<Scope, string> = { gemeente: 'de gemeente', regio: 'de regio', landelijk: 'heel Nederland' };

const LIFECYCLE_UNKNOWN: Partial<Record<NonNullable<IndicatorFrame['lifecycle']>, string>> = {
  'not-measurable': 'de indicator is niet meetbaar',
  delegated: 'de indicator is uitgewerkt in een ander programma',
  'to-be-developed': 'de indicator moet nog worden ontwikkeld',
};

export function computeIndicatorProgress(
  kind: IndicatorKind,
  indicator: GoalIndicator | ResultIndicator,
  options: ProgressOptions,
): IndicatorProgress {
  const frame = kind === 'goalIndicator' ? goalIndicatorFrame(indicator as GoalIndicator) : RESULT_INDICATOR_FRAME;
  const all = readings(indicator.measurements);
  const unit = unitKey(frame.unit);
  const fitsUnit = (m: Measurement) => m.unit === null || unit === null || unitKey(m.unit) === unit;
  const inScope = (m: Measurement, scope: Scope) => (m.scope ?? 'gemeente') === scope;
  const headline = all.filter((r) => r.m.subgroup.trim() === '' && inScope(r.m, frame.scope) && fitsUnit(r.m));
  // A measurement without a value (a qualitative one) is no point of the series.
  const series = points(onePerPeriod(headline.filter((r) => r.m.value !== null)));
  const shownUnit = unit ?? unitKey(headline.find((r) => r.m.unit)?.m.unit);
  const start = startOf(frame, series, options);
  const latest = series[series.length - 1] ?? null;
  const base = { indicatorId: indicator.id, kind, latest, start, target: frame.target, series };

  const notes: string[] = [];
  const skippedPeriods = indicator.measurements.length - all.length;
  if (skippedPeriods > 0) notes.push(`${skippedPeriods} ${skippedPeriods === 1 ? 'meting heeft' : 'metingen hebben'} een periode die Koers niet kan lezen`);
  const otherUnit = all.filter((r) => !fitsUnit(r.m)).length;
  if (otherUnit > 0) notes.push(`${otherUnit} ${otherUnit === 1 ? 'meting is' : 'metingen zijn'} in een andere eenheid`);

  let judged: Judged;
  const lifecycle = frame.lifecycle ? LIFECYCLE_UNKNOWN[frame.lifecycle] : undefined;
  const headlineLast = [...headline].sort((a, b) => comparePeriods(a.period, b.period)).at(-1);
  if (lifecycle) judged = { status: 'unknown', expected: null, explanation: `Onbekend: ${lifecycle}.` };
  else if (!frame.target) judged = { status: 'unknown', expected: null, explanation: kind === 'resultIndicator' ? 'Onbekend: een resultaatindicator heeft geen streefwaarde om de voortgang aan te meten.' : 'Onbekend: er is (nog) geen streefwaarde.' };
  else if (all.length === 0 || headline.length === 0) {
    const onlySubgroups = all.some((r) => r.m.subgroup.trim() !== '');
    const otherScopes = [...new Set(all.filter((r) => !inScope(r.m, frame.scope)).map((r) => SCOPE_WORDS[r.m.scope ?? 'gemeente']))];
    judged = {
      status: 'unknown',
      expected: null,
      explanation: onlySubgroups
        ? 'Onbekend: er zijn alleen metingen per subgroep; de status per subgroep staat erbij.'
        : otherScopes.length > 0
          ? `Onbekend: er zijn alleen metingen van ${otherScopes.join(' en ')}; de voortgang volgt ${SCOPE_WORDS[frame.scope]}.`
          : 'Onbekend: er is nog geen meting.',
    };
  } else if (headlineLast && headlineLast.m.value === null && (!latest || comparePeriods(headlineLast.period, latest.period) > 0)) {
    judged = { status: 'unknown', expected: null, explanation: `Onbekend: de laatste meting (${headlineLast.period.label}) heeft geen waarde.` };
  } else if (!start) judged = { status: 'unknown', expected: null, explanation: 'Onbekend: er is geen nulmeting en geen meting met een waarde.' };
  else judged = judge(series, start, frame.target, shownUnit, options);
  const ruleExplanation = notes.length > 0 ? `${judged.explanation} (${notes.join('; ')}.)` : judged.explanation;

  const subgroups = subgroupProgress(all, frame, fitsUnit, shownUnit, options);
  const override = currentAssessment(all, latest);
  if (override && override.note) {
    return {
      ...base,
      status: override.status,
      computed: judged.status,
      overriddenBy: override.id,
      expected: judged.expected,
      explanation: override.note,
      ruleExplanation,
      subgroups,
    };
  }
  const ignored = override && !override.note ? ` Het oordeel "${PROGRESS_LABELS[override.status]}" bij ${override.label} telt niet: de toelichting ontbreekt.` : '';
  return { ...base, status: judged.status, computed: judged.status, overriddenBy: null, expected: judged.expected, explanation: ruleExplanation + ignored, ruleExplanation, subgroups };
}

/** The assessment on the latest assessed measurement, if no value of the series is newer. */
function currentAssessment(all: readonly Reading[], latest: ProgressPoint | null): { id: string; status: ProgressStatus; note: string; label: string } | null {
  let best: Reading | null = null;
  for (const r of all) {
    if (r.m.assessment === null) continue;
    if (!best || comparePeriods(r.period, best.period) > 0 || (comparePeriods(r.period, best.period) === 0 && r.index > best.index)) best = r;
  }
  if (!best || best.m.assessment === null) return null;
  if (latest && latest.period.to > best.period.to) return null;
  return { id: best.m.id, status: best.m.assessment, note: best.m.assessmentNote.trim(), label: `de meting van ${best.period.label}` };
}

const UPWARD: ReadonlySet<string> = new Set(['increase', 'min', 'maintainOrIncrease']);
const DOWNWARD: ReadonlySet<string> = new Set(['decrease', 'max', 'maintainOrDecrease']);

/**
 * A subgroup's own comparator from the text, else the indicator's target. A bare number for a
 * subgroup ("Jongeren 77%") under a rising target is a minimum, under a falling one a maximum.
 */
function subgroupTarget(frame: IndicatorFrame, own: Comparator | undefined): IndicatorTarget | null {
  const main = frame.target;
  if (!own) return main;
  const kind = own.kind === 'exact' && main && UPWARD.has(main.kind) ? 'min' : own.kind === 'exact' && main && DOWNWARD.has(main.kind) ? 'max' : own.kind;
  return { kind, value: own.value, high: own.high, percent: own.percent, year: main?.year ?? null, unit: main?.unit ?? null, polarity: main?.polarity ?? null };
}

function subgroupProgress(
  all: readonly Reading[],
  frame: IndicatorFrame,
  fitsUnit: (m: Measurement) => boolean,
  unit: string | null,
  options: ProgressOptions,
): SubgroupProgress[] {
  const groups = new Map<string, { name: string; list: Reading[] }>();
  for (const r of all) {
    const name = r.m.subgroup.trim();
    if (name === '' || (r.m.scope ?? 'gemeente') !== frame.scope || !fitsUnit(r.m)) continue;
    const key = subgroupKey(name);
    const group = groups.get(key) ?? { name, list: [] };
    group.list.push(r);
    groups.set(key, group);
  }
  const out: SubgroupProgress[] = [];
  for (const [key, { name, list }] of groups) {
    const series = points(onePerPeriod(list.filter((r) => r.m.value !== null)));
    const latest = series[series.length - 1] ?? null;
    const target = subgroupTarget(frame, frame.subgroupTargets.get(key));
    // A subgroup starts at its own nulmeting in the text, else at its own first measurement.
    const own = frame.subgroupBaselines.get(key);
    const first = series[0];
    const ownYear = own ? (own.year ?? options.periodStart) : null;
    const start =
      own && ownYear !== null
        ? { value: own.value, at: ownYear + 0.5, year: ownYear, fromMeasurement: false }
        : first
          ? { value: first.value, at: first.period.at, year: first.period.year, fromMeasurement: true }
          : null;
    if (!target || !start) {
      out.push({ subgroup: name, status: 'unknown', latest, series, explanation: target ? 'Onbekend: nog geen meting met een waarde.' : 'Onbekend: er is geen streefwaarde.' });
      continue;
    }
    const judged = judge(series, start, target, unit, options);
    out.push({ subgroup: name, status: judged.status, latest, series, explanation: judged.explanation });
  }
  return out.sort((a, b) => a.subgroup.localeCompare(b.subgroup, 'nl'));
}
