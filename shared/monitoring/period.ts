/**
 * The period of a measurement, read from what the officer typed or the file held: a year
 * ("2025"), a quarter ("2025-Q3", "Q3 2025", "derde kwartaal 2025"), a half year ("2025-H1"), a
 * month ("2025-10", "oktober 2025"), a day ("2025-10-01", "1-10-2025": a stock on that day), a
 * school year ("2023/2024", "schooljaar 2023/2024") or a range ("2024-01-01/2024-06-30",
 * "2023-2025", "januari t/m juni 2025", "2025-01/2025-06"). Forms Koers writes itself are read
 * first; other Dutch wordings go through the cell reader of shared/indicator, which must cover
 * the whole text, so "ongeveer 2025" is not silently read as 2025.
 *
 * Every period becomes dates (from, to), a canonical `key` (for one truth per period: "2025-Q3"
 * and "Q3 2025" are the same period) and a point on a time axis (`at`, the middle of the period
 * in decimal years), on which the progress rule lays the expected path.
 */
import { scanPeriods } from '../indicator/period.ts';

type MeasurementPeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'date' | 'schoolYear' | 'range';

export interface MeasurementPeriod {
  kind: MeasurementPeriodKind;
  /** ISO dates, both inclusive. */
  from: string;
  to: string;
  /** The year the period ends in: the year a yearly target compares it with. */
  year: number;
  /** Canonical text: "2025", "2025-H1", "2025-Q3", "2025-10", "2025-10-01", "2023/2024", "2024-01-01/2024-06-30". */
  key: string;
  /** Dutch label: "2025", "1e halfjaar 2025", "Q3 2025", "oktober 2025", "1-10-2025", "schooljaar 2023/2024", "1-1-2024 t/m 30-6-2024". */
  label: string;
  /** Middle of the period in decimal years (2025.5 for "2025"). */
  at: number;
  /** Shorter than a year: compared with yearly targets it says less (a season, a half year). */
  partial: boolean;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const ORDINAL_QUARTER: Record<string, number> = { eerste: 1, tweede: 2, derde: 3, vierde: 4 };

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function dayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function validDate(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);
}

function dayAfter(date: string): string {
  return new Date((dayOf(date) + 1) * 86_400_000).toISOString().slice(0, 10);
}

/** A date as a decimal year: 2025-07-02 is about 2025.5. */
function decimalYear(date: string): number {
  const year = Number(date.slice(0, 4));
  const start = Date.UTC(year, 0, 1) / 86_400_000;
  const length = Date.UTC(year + 1, 0, 1) / 86_400_000 - start;
  return year + (dayOf(date) - start) / length;
}

function dutchDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d}-${m}-${y}`;
}

function make(kind: MeasurementPeriodKind, from: string, to: string, key: string, label: string): MeasurementPeriod | null {
  if (dayOf(to) < dayOf(from)) return null;
  const days = dayOf(to) - dayOf(from) + 1;
  // The middle of the period: halfway between the start of its first day and the end of its last.
  const at = (decimalYear(from) + decimalYear(dayAfter(to))) / 2;
  return { kind, from, to, year: Number(to.slice(0, 4)), key, label, at, partial: days < 360 };
}

function year(y: number): MeasurementPeriod | null {
  return make('year', iso(y, 1, 1), iso(y, 12, 31), String(y), String(y));
}

function quarter(y: number, q: number): MeasurementPeriod | null {
  const m = (q - 1) * 3 + 1;
  return make('quarter', iso(y, m, 1), iso(y, m + 2, lastDay(y, m + 2)), `${y}-Q${q}`, `Q${q} ${y}`);
}

function half(y: number, h: number): MeasurementPeriod | null {
  const m = h === 1 ? 1 : 7;
  return make('half', iso(y, m, 1), iso(y, m + 5, lastDay(y, m + 5)), `${y}-H${h}`, `${h === 1 ? '1e' : '2e'} halfjaar ${y}`);
}

function month(y: number, m: number): MeasurementPeriod | null {
  if (m < 1 || m > 12) return null;
  return make('month', iso(y, m, 1), iso(y, m, lastDay(y, m)), `${y}-${pad(m)}`, `${MONTHS[m - 1]} ${y}`);
}

function day(y: number, m: number, d: number): MeasurementPeriod | null {
  if (!validDate(y, m, d)) return null;
  const date = iso(y, m, d);
  return make('date', date, date, date, dutchDate(date));
}

function schoolYear(first: number): MeasurementPeriod | null {
  return make('schoolYear', iso(first, 8, 1), iso(first + 1, 7, 31), `${first}/${first + 1}`, `schooljaar ${first}/${first + 1}`);
}

/** A range, or the simpler period it exactly is ("2025-01-01/2025-12-31" is the year 2025). */
function range(from: string, to: string): MeasurementPeriod | null {
  if (dayOf(to) < dayOf(from)) return null;
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  if (fy === ty && fm === 1 && fd === 1 && tm === 12 && td === 31) return year(fy);
  if (fy === ty && fd === 1 && td === lastDay(ty, tm)) {
    if (fm === tm) return month(fy, fm);
    if (tm - fm === 2 && fm % 3 === 1) return quarter(fy, (fm + 2) / 3);
    if (tm - fm === 5 && (fm === 1 || fm === 7)) return half(fy, fm === 1 ? 1 : 2);
  }
  if (ty === fy + 1 && fm === 8 && fd === 1 && tm === 7 && td === 31) return schoolYear(fy);
  if (from === to) return day(fy, fm, fd);
  return make('range', from, to, `${from}/${to}`, `${dutchDate(from)} t/m ${dutchDate(to)}`);
}

const YEAR = '((?:19|20|21)\\d{2})';
const FORMS: readonly [RegExp, (m: RegExpMatchArray) => MeasurementPeriod | null][] = [
  [new RegExp(`^${YEAR}$`), (m) => year(Number(m[1]))],
  [new RegExp(`^${YEAR}\\s*[-\\s]?\\s*[QK]([1-4])$`, 'i'), (m) => quarter(Number(m[1]), Number(m[2]))],
  [new RegExp(`^[QK]([1-4])\\s*[-\\s]?\\s*${YEAR}$`, 'i'), (m) => quarter(Number(m[2]), Number(m[1]))],
  [new RegExp(`^(eerste|tweede|derde|vierde)\\s+kwartaal\\s+(?:van\\s+)?${YEAR}$`, 'i'), (m) => quarter(Number(m[2]), ORDINAL_QUARTER[m[1]!.toLowerCase()]!)],
  [new RegExp(`^${YEAR}\\s*[-\\s]?\\s*H([12])$`, 'i'), (m) => half(Number(m[1]), Number(m[2]))],
  [new RegExp(`^H([12])\\s*[-\\s]?\\s*${YEAR}$`, 'i'), (m) => half(Number(m[2]), Number(m[1]))],
  [new RegExp(`^(eerste|tweede|1e|2e)\\s+halfjaar\\s+(?:van\\s+)?${YEAR}$`, 'i'), (m) => half(Number(m[2]), /^(eerste|1e)$/i.test(m[1]!) ? 1 : 2)],
  [new RegExp(`^${YEAR}-(\\d{1,2})$`), (m) => month(Number(m[1]), Number(m[2]))],
  [new RegExp(`^(\\d{1,2})[-/]${YEAR}$`), (m) => month(Number(m[2]), Number(m[1]))],
  [new RegExp(`^${YEAR}-(\\d{1,2})-(\\d{1,2})$`), (m) => day(Number(m[1]), Number(m[2]), Number(m[3]))],
  [new RegExp(`^(?:schooljaar\\s+)?${YEAR}\\s*/\\s*(\\d{4}|\\d{2})$`, 'i'), (m) => {
    const first = Number(m[1]);
    const second = m[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
    return second === first + 1 ? schoolYear(first) : null;
  }],
  [new RegExp(`^${YEAR}\\s*(?:-|–|t/m|tot en met)\\s*${YEAR}$`, 'i'), (m) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return b > a ? make('range', iso(a, 1, 1), iso(b, 12, 31), `${a}-${b}`, `${a} t/m ${b}`) : b === a ? year(a) : null;
  }],
];

/** Both ends of an ISO range "a/b" or "a t/m b", each a period of its own (days, months, years). */
function isoRange(text: string): MeasurementPeriod | null {
  const parts = text.split(/\s*(?:\/|t\/m|tot en met)\s*/i);
  if (parts.length !== 2 || !/^\d{4}-\d/.test(parts[0]!) || !/^\d{4}-\d/.test(parts[1]!)) return null;
  const a = readForm(parts[0]!);
  const b = readForm(parts[1]!);
  return a && b ? range(a.from, b.to) : null;
}

function readForm(text: string): MeasurementPeriod | null {
  for (const [pattern, build] of FORMS) {
    const m = text.match(pattern);
    if (m) return build(m);
  }
  return null;
}

/** The Dutch wordings the cell reader knows ("oktober 2025", "1 januari t/m 30 juni 2024"), when one period is the whole text. */
function readDutch(text: string): MeasurementPeriod | null {
  const periods = scanPeriods(text);
  if (periods.length !== 1) return null;
  const p = periods[0]!;
  const rest = (text.slice(0, p.start) + text.slice(p.end)).replace(/^\s*(?:peildatum|per|op|in|van)\s*:?\s*|[\s.,:]+/gi, '');
  if (rest !== '') return null;
  switch (p.kind) {
    case 'year':
      return year(p.year);
    case 'schoolYear':
      return schoolYear(p.year - 1);
    default:
      return p.from && p.to ? range(p.from, p.to) : null;
  }
}

/** The period a text names, or null when it names none (or more than one, or more than a period). */
const read = new Map<string, MeasurementPeriod | null>();
const READ_MEMO_LIMIT = 20_000;

/**
 * Reading a period costs about 10 µs (dates, the Dutch reader), and progress reads every
 * measurement's period at every computation: a programme's few thousand periods are read once
 * each. The answer is frozen, so no caller can change what another one gets.
 */
export function parsePeriod(input: unknown): MeasurementPeriod | null {
  if (typeof input !== 'string' && typeof input !== 'number') return null;
  const raw = String(input);
  const hit = read.get(raw);
  if (hit !== undefined) return hit;
  const text = raw.trim().replace(/\s+/g, ' ');
  const period = text === '' || text.length > 80 ? null : (readForm(text) ?? isoRange(text) ?? readDutch(text));
  if (read.size >= READ_MEMO_LIMIT) read.clear();
  read.set(raw, period ? Object.freeze(period) : null);
  return period;
}

/** Earlier period first; for the same middle, the shorter (more precise) one first. */
export function comparePeriods(a: MeasurementPeriod, b: MeasurementPeriod): number {
  return a.at - b.at || dayOf(a.to) - dayOf(a.from) - (dayOf(b.to) - dayOf(b.from)) || a.key.localeCompare(b.key);
}
