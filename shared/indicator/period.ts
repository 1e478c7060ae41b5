/**
 * Finds the periods a cell names: years, school years, dates, months, quarters, date ranges and
 * part-years ("t/m mei"). Cells state their own year more often than the column header does.
 */
import type { Period, PeriodKind } from './types.ts';

const MONTH_NAMES: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH = '(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)\\.?';
const YEAR = '((?:19|20)\\d{2})';
const NUMERIC_DATE = '(\\d{1,2})[-/](\\d{1,2})[-/]((?:19|20)\\d{2})';
const WRITTEN_DATE = `(\\d{1,2})\\s+${MONTH}\\s+${YEAR}`;
const UNTIL = '(?:tot\\s+en\\s+met|tot|t\\/m|[-–—])';

const MONTH_LABELS = ['', 'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

interface DateParts {
  y: number;
  m: number;
  d: number;
}

function iso({ y, m, d }: DateParts): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function validDate(p: DateParts): boolean {
  return p.m >= 1 && p.m <= 12 && p.d >= 1 && p.d <= 31;
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function dayNumber(p: DateParts): number {
  return Date.UTC(p.y, p.m - 1, p.d) / 86_400_000;
}

function dateFrom(groups: (string | undefined)[], offset: number): DateParts | null {
  const a = groups[offset];
  const b = groups[offset + 1];
  const c = groups[offset + 2];
  if (a === undefined || b === undefined || c === undefined) return null;
  const month = /^\d+$/.test(b) ? Number(b) : MONTH_NAMES[b.toLowerCase()];
  if (month === undefined) return null;
  const parts = { d: Number(a), m: month, y: Number(c) };
  return validDate(parts) ? parts : null;
}

function monthLabel(month: number): string {
  return MONTH_LABELS[month] ?? '';
}

// Built once: the sources are fixed, and each scan resets lastIndex.
const re = (source: string) => new RegExp(source, 'giu');
const DATE_RANGES = [NUMERIC_DATE, WRITTEN_DATE].map((date) => re(`(?:van\\s+)?${date}\\s*${UNTIL}\\s*(?:${NUMERIC_DATE}|${WRITTEN_DATE})`));
const MONTH_RANGE = re(`${MONTH}\\s+${UNTIL}\\s+${MONTH}\\s+${YEAR}`);
const SCHOOL_YEAR = re(`schooljaar\\s+${YEAR}\\s*[/\\-–]\\s*(\\d{4}|\\d{2})`);
const SLASH_YEARS = re(`(?<![\\d.,])${YEAR}\\s*\\/\\s*${YEAR}(?![\\d])`);
const YEAR_RANGE = re(`(?:van|vanaf)\\s+${YEAR}\\s+(?:tot\\s+en\\s+met|t\\/m|tot)\\s+${YEAR}|(?<![\\d.,])${YEAR}\\s*[-–—]\\s*${YEAR}(?![\\d%])`);
const DATES = [NUMERIC_DATE, WRITTEN_DATE].map((date) => re(`(?<![\\d.,])${date}`));
const QUARTER = re(`\\bQ([1-4])\\s*${YEAR}|\\b(eerste|tweede|derde|vierde)\\s+kwartaal\\s+(?:van\\s+)?${YEAR}`);
const MONTH_YEAR = re(`${MONTH}\\s+${YEAR}`);
const PLAIN_YEAR = re(`(?<![\\d.,€])${YEAR}(?![\\d]|[.,]\\d|\\s*(?:%|procent))`);
const MONTH_HINT = /jan|feb|m(?:aa)?rt|apr|mei|jun|jul|aug|sep|okt|nov|dec/i;
const QUARTER_HINT = /q[1-4]|kwartaal/i;
const PART_YEAR = re(`(?:t\\/m|tot\\s+en\\s+met)\\s+${MONTH}(?!\\s+\\d)`);

/** Every period in the text, in order of appearance and without overlaps. */
export function scanPeriods(text: string): Period[] {
  if (!/\d/.test(text)) return [];
  const found: Period[] = [];
  const taken: [number, number][] = [];
  const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);
  const add = (p: Omit<Period, 'text'>) => {
    if (!free(p.start, p.end) || !Number.isFinite(p.year)) return;
    taken.push([p.start, p.end]);
    found.push({ ...p, text: text.slice(p.start, p.end) });
  };
  const each = (regex: RegExp, fn: (m: RegExpExecArray) => void) => {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      fn(m);
      if (m[0].length === 0) regex.lastIndex++;
    }
  };
  const span = (kind: PeriodKind, start: number, end: number, from: DateParts, to: DateParts, pointInTime = false) => {
    const days = dayNumber(to) - dayNumber(from) + 1;
    add({ kind, year: to.y, from: iso(from), to: iso(to), partial: days > 0 && days < 360, pointInTime, start, end });
  };

  // Cheap pre-checks: most cells name no month and no quarter, and those regexes are the costly ones.
  const months = MONTH_HINT.test(text);
  // Date ranges first, so their dates are not read as two separate days.
  for (const [i, range] of DATE_RANGES.entries()) {
    if (i === 1 && !months) continue; // the written form needs a month name
    each(range, (m) => {
      const from = dateFrom([...m], 1);
      const to = dateFrom([...m], 4) ?? dateFrom([...m], 7);
      if (from && to) span('range', m.index, m.index + m[0].length, from, to);
    });
  }
  // "januari t/m mei 2025"
  if (months) each(MONTH_RANGE, (m) => {
    const y = Number(m[3]);
    const a = MONTH_NAMES[(m[1] ?? '').toLowerCase()];
    const b = MONTH_NAMES[(m[2] ?? '').toLowerCase()];
    if (a && b) span('range', m.index, m.index + m[0].length, { y, m: a, d: 1 }, { y, m: b, d: lastDay(y, b) });
  });
  each(SCHOOL_YEAR, (m) => add(schoolYear(Number(m[1]), m.index, m.index + m[0].length)));
  each(SLASH_YEARS, (m) => {
    const a = Number(m[1]);
    if (Number(m[2]) === a + 1) add(schoolYear(a, m.index, m.index + m[0].length));
  });
  each(YEAR_RANGE, (m) => {
    const a = Number(m[1] ?? m[3]);
    const b = Number(m[2] ?? m[4]);
    if (b >= a) span('range', m.index, m.index + m[0].length, { y: a, m: 1, d: 1 }, { y: b, m: 12, d: 31 });
  });
  for (const [i, date] of DATES.entries()) {
    if (i === 1 && !months) continue;
    each(date, (m) => {
      const d = dateFrom([...m], 1);
      if (!d) return;
      const before = text.slice(Math.max(0, m.index - 14), m.index);
      const stock = /(?:\bop|\bper|peildatum|stand)\s*:?\s*$/i.test(before);
      add({ kind: 'date', year: d.y, from: iso(d), to: iso(d), partial: false, pointInTime: stock, start: m.index, end: m.index + m[0].length });
    });
  }
  if (QUARTER_HINT.test(text)) each(QUARTER, (m) => {
    const q = m[1] ? Number(m[1]) : ['eerste', 'tweede', 'derde', 'vierde'].indexOf((m[3] ?? '').toLowerCase()) + 1;
    const y = Number(m[2] ?? m[4]);
    const startMonth = (q - 1) * 3 + 1;
    span('quarter', m.index, m.index + m[0].length, { y, m: startMonth, d: 1 }, { y, m: startMonth + 2, d: lastDay(y, startMonth + 2) });
  });
  if (months) each(MONTH_YEAR, (m) => {
    const month = MONTH_NAMES[(m[1] ?? '').toLowerCase()];
    const y = Number(m[2]);
    if (!month) return;
    add({ kind: 'month', year: y, from: iso({ y, m: month, d: 1 }), to: iso({ y, m: month, d: lastDay(y, month) }), partial: false, pointInTime: true, start: m.index, end: m.index + m[0].length });
  });
  // Plain years: not part of a number ("12.2022"), not a percentage or amount.
  each(PLAIN_YEAR, (m) => {
    const y = Number(m[1]);
    add({ kind: 'year', year: y, from: null, to: null, partial: false, pointInTime: false, start: m.index, end: m.index + m[0].length });
  });
  // "57 t/m mei": a part-year in the year the sentence names.
  if (months) each(PART_YEAR, (m) => {
    const month = MONTH_NAMES[(m[1] ?? '').toLowerCase()];
    const year = nearestYear(found, m.index);
    if (!month || year === null) return;
    add({ kind: 'partYear', year, from: iso({ y: year, m: 1, d: 1 }), to: iso({ y: year, m: month, d: lastDay(year, month) }), partial: month < 12, pointInTime: false, start: m.index, end: m.index + m[0].length });
  });
  return found.sort((a, b) => a.start - b.start);
}

function schoolYear(startYear: number, start: number, end: number): Omit<Period, 'text'> {
  return {
    kind: 'schoolYear',
    year: startYear + 1,
    from: `${startYear}-08-01`,
    to: `${startYear + 1}-07-31`,
    partial: false,
    pointInTime: false,
    start,
    end,
  };
}

function nearestYear(periods: Period[], at: number): number | null {
  let best: Period | null = null;
  for (const p of periods) {
    if (p.kind !== 'year' || p.start > at) continue;
    if (!best || p.start > best.start) best = p;
  }
  return best ? best.year : null;
}

/** Dutch label of a period for descriptions: "2022", "januari 2024", "schooljaar 2022/2023". */
export function describePeriod(p: Period): string {
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'schoolYear':
      return `schooljaar ${p.year - 1}/${p.year}`;
    case 'month':
      return `${monthLabel(Number(p.from?.slice(5, 7)))} ${p.year}`;
    case 'date':
      return p.pointInTime ? `peildatum ${dutchDate(p.from)}` : dutchDate(p.from);
    case 'quarter':
      return `Q${Math.floor((Number(p.from?.slice(5, 7)) - 1) / 3) + 1} ${p.year}`;
    case 'partYear':
      return `${p.year} t/m ${monthLabel(Number(p.to?.slice(5, 7)))}`;
    case 'range':
      return `${dutchDate(p.from)} t/m ${dutchDate(p.to)}`;
  }
}

function dutchDate(isoDate: string | null): string {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.split('-');
  return `${Number(d)}-${Number(m)}-${y}`;
}
