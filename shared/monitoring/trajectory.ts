/**
 * The trajectory of one indicator as plain data, for its chart and the chart's table: the
 * nulmeting, the headline series, each subgroup's series, the expected path (the straight line
 * of the progress rule, from the start to the nearest acceptable value in the target year), the
 * intermediate targets and the end target. Pure: drawn by client/monitoring (Observable Plot) and,
 * for the voortgangsrapportage, by the server through the same library in Chromium.
 *
 * Intermediate targets: Koers holds no yearly ambitions (jaarschijven) yet, so the intermediate
 * target of each whole year between the start and the target year is the path's value in the
 * middle of that year, the same point the rule measures a yearly measurement against, and the
 * table says "volgens het rechte pad".
 */
import { capitalize } from '../text/dutch.ts';
import { measurement as measurementKind } from '../schema/index.ts';
import { targetInterval, withUnit, type IndicatorProgress, type ProgressOptions, type ProgressPoint, type ProgressStatus } from './progress.ts';

interface ChartPoint {
  at: number;
  value: number;
  /** Dutch period label ("Q3 2025"). */
  label: string;
}

interface TrajectorySeries {
  /** "Iedereen" for the headline series, else the subgroup's name. */
  name: string;
  headline: boolean;
  points: ChartPoint[];
}

export interface Trajectory {
  unit: string | null;
  start: (ChartPoint & { fromMeasurement: boolean }) | null;
  series: TrajectorySeries[];
  /** The expected path: from the start to the aim in the target year; null without a number to aim at. */
  path: [ChartPoint, ChartPoint] | null;
  intermediate: ChartPoint[];
  /** The end target: the acceptable values in its year, the aim the path ends in, and the words. */
  target: (ChartPoint & { low: number; high: number; text: string }) | null;
  /** Every number of the chart as a row of its table, in time order. */
  rows: { period: string; what: string; value: string }[];
  /** One Dutch sentence that says what the chart shows (alt text, caption). */
  summary: string;
}

const STATUS_WORDS = measurementKind.fields.assessment.labels as Readonly<Record<ProgressStatus, string>>;
const HEADLINE_NAME = 'Iedereen';

function point(p: ProgressPoint): ChartPoint {
  return { at: p.period.at, value: p.value, label: p.period.label };
}

function intervalText(low: number, high: number, unit: string | null): string {
  if (low === high) return withUnit(low, unit);
  if (Number.isFinite(low) && Number.isFinite(high)) return `tussen ${withUnit(low, unit)} en ${withUnit(high, unit)}`;
  return Number.isFinite(low) ? `minimaal ${withUnit(low, unit)}` : `maximaal ${withUnit(high, unit)}`;
}

export function trajectoryOf(progress: IndicatorProgress, options: ProgressOptions, unit: string | null = progress.target?.unit ?? null): Trajectory {
  const start = progress.start ? { at: progress.start.at, value: progress.start.value, label: String(progress.start.year), fromMeasurement: progress.start.fromMeasurement } : null;
  const series: TrajectorySeries[] = [];
  if (progress.series.length > 0) series.push({ name: HEADLINE_NAME, headline: true, points: progress.series.map(point) });
  for (const g of progress.subgroups) if (g.series.length > 0) series.push({ name: g.subgroup, headline: false, points: g.series.map(point) });

  let target: Trajectory['target'] = null;
  let path: Trajectory['path'] = null;
  const intermediate: ChartPoint[] = [];
  const goal = progress.target && start ? targetInterval(progress.target, start.value) : null;
  if (progress.target && start && goal && typeof goal !== 'string') {
    const last = progress.series.at(-1);
    const year = progress.target.year ?? options.periodEnd ?? last?.period.year ?? null;
    if (year !== null) {
      const aim = Math.min(Math.max(start.value, goal.low), goal.high);
      target = { at: year + 0.5, value: aim, label: String(year), low: goal.low, high: goal.high, text: `${intervalText(goal.low, goal.high, unit)} in ${year}` };
      const end = { at: year + 0.5, value: aim, label: String(year) };
      if (end.at > start.at) {
        path = [{ at: start.at, value: start.value, label: start.label }, end];
        const firstYear = Math.floor(start.at) + 1;
        for (let y = firstYear; y < year; y++) {
          const f = (y + 0.5 - start.at) / (end.at - start.at);
          intermediate.push({ at: y + 0.5, value: start.value + (aim - start.value) * f, label: String(y) });
        }
      }
    }
  }

  const rows: { at: number; period: string; what: string; value: string }[] = [];
  const add = (at: number, period: string, what: string, value: string) => rows.push({ at, period, what, value });
  if (start) add(start.at, start.label, start.fromMeasurement ? 'Eerste meting (start)' : 'Nulmeting', withUnit(start.value, unit));
  for (const s of series) {
    for (const p of s.points) {
      if (start?.fromMeasurement && s.headline && p.at === start.at) continue;
      add(p.at, p.label, s.headline ? 'Meting' : `Meting ${s.name}`, withUnit(p.value, unit));
    }
  }
  for (const p of intermediate) add(p.at, p.label, 'Tussendoel (volgens het rechte pad)', withUnit(p.value, unit));
  if (target) add(target.at, target.label, 'Streefwaarde', intervalText(target.low, target.high, unit));
  // A stable sort: at one moment the nulmeting comes before a measurement, a measurement before a target.
  const ordered = rows.map((r, i) => ({ r, i })).sort((a, b) => a.r.at - b.r.at || a.i - b.i).map(({ r }) => ({ period: r.period, what: r.what, value: r.value }));

  return { unit, start, series, path, intermediate, target, rows: ordered, summary: summaryOf(progress, start, target, unit) };
}

function summaryOf(progress: IndicatorProgress, start: Trajectory['start'], target: Trajectory['target'], unit: string | null): string {
  const parts: string[] = [];
  if (start) parts.push(`${start.fromMeasurement ? 'eerste meting' : 'nulmeting'} ${withUnit(start.value, unit)} (${start.label})`);
  if (progress.latest) parts.push(`laatste meting ${withUnit(progress.latest.value, unit)} (${progress.latest.period.label})`);
  else parts.push('nog geen meting');
  if (target) parts.push(`streefwaarde ${target.text}`);
  parts.push(`status ${STATUS_WORDS[progress.status]}`);
  return `${capitalize(parts.join('; '))}.`;
}
