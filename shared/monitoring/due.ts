/**
 * What is due and overdue: nulmetingen and measurements that were promised for a period that has
 * passed. Koers has no source registry yet, so "promised" is derived from what the programme holds:
 *
 * - **Nulmeting.** A goal indicator without a start (no nulmeting value and no measurement with
 *   a value) owes its nulmeting in the year its status names ("nulmeting volgt in 2026",
 *   "meetbaar vanaf 2026", as the structured part or in the text), else in the programme's first
 *   year. Indicators worked out elsewhere, not measurable or still to be developed owe none.
 * - **Next measurement.** An indicator with a start owes the measurement of the period after
 *   its latest one: its cadence is the gap between its last two measurements (at least a quarter),
 *   and a year when there is only one or none (then the period after the nulmeting's year).
 *   A result indicator owes one only once it has a measurement.
 *
 * Overdue ("te laat") when the promised period has ended before today; due ("verwacht") when
 * today lies in it. Pure: today comes in as an ISO date.
 */
import type { GoalIndicator } from '../model/types.ts';
import { indicatorPlaces } from './codes.ts';
import type { PlacedProgress, ProgrammeProgress } from './rollup.ts';
import { goalIndicatorFrame } from './target.ts';
import type { Programme } from '../model/types.ts';
import { programmeYears } from './progress.ts';

export interface DueItem {
  indicatorId: string;
  code: string;
  goalId: string;
  text: string;
  kind: 'baseline' | 'measurement';
  /** Dutch: the period promised ("2025", "Q3 2026"). */
  promised: string;
  /** Last day of the promised period. */
  until: string;
  overdue: boolean;
  /** Dutch: why it is promised. */
  reason: string;
}

const NO_BASELINE_OWED: ReadonlySet<string> = new Set(['delegated', 'not-measurable', 'to-be-developed']);
/** Months are counted from year 0: 2026 * 12 + 0 is January 2026. */
const monthOf = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

function firstDay(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
}

function lastDay(month: number): string {
  const y = Math.floor(month / 12);
  const m = month % 12;
  return `${y}-${String(m + 1).padStart(2, '0')}-${String(new Date(Date.UTC(y, m + 1, 0)).getUTCDate()).padStart(2, '0')}`;
}

function yearEnd(year: number): string {
  return `${year}-12-31`;
}

/** The promised period in words: "2026", "Q3 2026", "1e halfjaar 2026", "maart 2026 t/m mei 2026". */
function periodWords(from: number, months: number): string {
  const y = Math.floor(from / 12);
  const m = from % 12;
  if (months === 12 && m === 0) return String(y);
  if (months === 6 && m % 6 === 0) return `${m === 0 ? '1e' : '2e'} halfjaar ${y}`;
  if (months === 3 && m % 3 === 0) return `Q${m / 3 + 1} ${y}`;
  if (months === 1) return `${MONTHS[m]} ${y}`;
  const to = from + months - 1;
  return `${MONTHS[m]} ${y} t/m ${MONTHS[to % 12]} ${Math.floor(to / 12)}`;
}

/** The period after the latest measurement, as long as the gap between the last two (at least a quarter), else a year. */
function nextMeasurement(p: PlacedProgress): { promised: string; from: string; until: string } | null {
  const last = p.series.at(-1);
  if (!last) {
    if (!p.start) return null;
    const year = p.start.year + 1;
    return { promised: String(year), from: `${year}-01-01`, until: yearEnd(year) };
  }
  const prev = p.series.at(-2);
  const months = prev ? Math.max(3, Math.round(((last.period.at - prev.period.at) * 12) / 3) * 3) : 12;
  const from = monthOf(last.period.to) + 1;
  return { promised: periodWords(from, months), from: firstDay(from), until: lastDay(from + months - 1) };
}

export function dueItems(programme: Programme, progress: ProgrammeProgress, today: string): DueItem[] {
  const { periodStart } = programmeYears(programme);
  const byId = new Map(progress.indicators.map((p) => [p.indicatorId, p]));
  const out: DueItem[] = [];
  for (const place of indicatorPlaces(programme)) {
    const p = byId.get(place.id);
    if (!p) continue;
    const base = { indicatorId: place.id, code: place.code, goalId: place.goalId, text: place.text };
    if (place.kind === 'goalIndicator' && !p.start) {
      const frame = goalIndicatorFrame(place.indicator as GoalIndicator);
      if (frame.lifecycle && NO_BASELINE_OWED.has(frame.lifecycle)) continue;
      const named = frame.lifecycle === 'baseline-pending' || frame.lifecycle === 'measurable-from' ? frame.lifecycleYear : null;
      const year = named ?? periodStart;
      if (year === null) continue;
      const until = yearEnd(year);
      if (today < `${year}-01-01`) continue;
      out.push({
        ...base,
        kind: 'baseline',
        promised: String(year),
        until,
        overdue: today > until,
        reason: named !== null ? `de indicator zegt: ${frame.lifecycle === 'baseline-pending' ? 'nulmeting volgt in' : 'meetbaar vanaf'} ${year}` : `nog geen nulmeting; het programma begint in ${year}`,
      });
      continue;
    }
    if (place.kind === 'resultIndicator' && p.series.length === 0) continue;
    const next = nextMeasurement(p);
    if (!next || today < next.from) continue;
    const last = p.series.at(-1);
    out.push({
      ...base,
      kind: 'measurement',
      promised: next.promised,
      until: next.until,
      overdue: today > next.until,
      reason: last ? `de laatste meting is van ${last.period.label}` : `na de nulmeting van ${p.start!.year}`,
    });
  }
  // Most overdue first; then by code.
  return out.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.until.localeCompare(b.until) || a.code.localeCompare(b.code, 'nl', { numeric: true }));
}
