/**
 * Entry points: parse a verbatim nulmeting or streefwaarde cell, or an indicator's own text.
 * Pure and total: any string (or non-string) gives a result, never an exception.
 */
import { splitClauses } from './clauses.ts';
import { parseComparators } from './comparator.ts';
import { describeCell } from './describe.ts';
import { buildMeasures } from './measures.ts';
import { scanPeriods } from './period.ts';
import { lexiconPolarity, type LexiconHit } from './polarity.ts';
import { scanNumbers, scanQualifiers } from './scan-numbers.ts';
import { scanScopes } from './scope.ts';
import { parseMeasurableFrom, parseStatus, scanNoData } from './status.ts';
import { scanSubgroups } from './subgroups.ts';
import type { CellRole, CellStatus, Measure, ParsedCell, Period, Qualifier, Unit } from './types.ts';

/** Cells longer than this are read up to here; real cells are far shorter, pasted garbage is not. */
const MAX_PARSE_LENGTH = 20_000;

export interface ParseOptions {
  /** Shown in the description when a target names no year: the programme's end year. */
  defaultTargetYear?: number | null;
  /** false skips the description (''), for callers that never show it, such as the validator. */
  describe?: boolean;
}

function asText(text: unknown): string {
  return typeof text === 'string' ? text.slice(0, MAX_PARSE_LENGTH) : '';
}

function targetYearOf(text: string, periods: readonly Period[], status: CellStatus | null): number | null {
  const statusAt = status && status.text ? text.indexOf(status.text) : -1;
  const statusEnd = statusAt >= 0 && status ? statusAt + status.text.length : -1;
  for (const p of periods) {
    if (p.kind !== 'year') continue;
    if (p.start >= statusAt && p.end <= statusEnd) continue;
    const before = text.slice(Math.max(0, p.start - 6), p.start);
    if (/(?:\bin|\bper|\beind|\(|^)\s*$/i.test(before) || p.start === 0) return p.year;
  }
  return null;
}

export function parseCell(input: unknown, role: CellRole, options: ParseOptions = {}): ParsedCell {
  const text = asText(input);
  const base = {
    role,
    text: typeof input === 'string' ? input : '',
    measures: [],
    subgroups: [],
    comparators: [],
    periods: [],
    targetYear: null,
    scope: null,
    status: null,
    qualifiers: [],
    noData: [],
    numberIssues: [],
  };
  if (text.trim() === '') {
    const empty = { ...base, empty: true, unparsed: false };
    return { ...empty, description: describeCell(empty) };
  }
  const periods = scanPeriods(text);
  const numbers = scanNumbers(text, periods);
  const subgroups = scanSubgroups(text);
  const measures = buildMeasures({ text, numbers, periods, scopes: scanScopes(text), clauses: splitClauses(text), subgroups });
  const comparators = role === 'target' ? parseComparators({ text, measures, subgroups }) : [];
  const noData = scanNoData(text);
  let status = parseStatus({ text, role, hasValues: measures.length > 0, hasComparator: comparators.length > 0 });
  if (!status && noData.length > 0) {
    status = { status: 'not-measurable', year: null, reason: noData[0] ?? null, reference: null, afterBaselineYear: null, text: noData[0] ?? '' };
  }
  const primary = measures.find((m) => m.role === 'primary');
  const cell = {
    ...base,
    empty: false,
    measures,
    subgroups: [...new Set(measures.map((m) => m.subgroup).filter((s): s is string => s !== null))],
    comparators,
    periods,
    targetYear: role === 'target' ? targetYearOf(text, periods, status) : null,
    scope: primary?.scope ?? null,
    status,
    qualifiers: scanQualifiers(text),
    noData,
    numberIssues: numbers
      .filter((n) => n.nonDutch || (n.ambiguous && !countsANoun(n.start, measures)))
      .map((n) => ({ text: n.text, start: n.start, end: n.end, value: n.value, alternative: n.alternative, kind: n.ambiguous ? ('ambiguous' as const) : ('non-dutch' as const) })),
    unparsed: measures.length === 0 && comparators.length === 0 && status === null,
  };
  return { ...cell, description: options.describe === false ? '' : describeCell(cell, options.defaultTargetYear ?? null) };
}

/**
 * "1.450 deelnemers" cannot mean 1,45: a number that counts a noun is whole, so its dot groups
 * thousands and the reading is not ambiguous.
 */
function countsANoun(start: number, measures: readonly Measure[]): boolean {
  return measures.some((m) => m.start === start && m.unit === null && m.label !== null);
}

export function parseBaseline(text: unknown): ParsedCell {
  return parseCell(text, 'baseline');
}

export function parseTarget(text: unknown, options: ParseOptions = {}): ParsedCell {
  return parseCell(text, 'target', options);
}

export interface ParsedIndicatorText {
  /** "Vanaf 2026: Het aantal ..." */
  measurableFrom: number | null;
  unit: Unit | null;
  qualifiers: Qualifier[];
  polarity: LexiconHit | null;
}

/** The unit an indicator's wording implies: "% ...", "Percentage ...", "Aantal ...". */
function unitFromIndicatorText(text: string): Unit | null {
  if (/^\s*(?:vanaf\s+\d{4}\s*:\s*)?%|\bpercentage\b|\bprocent\b|\baandeel\b|\barbeidsparticipatie\b/i.test(text)) return '%';
  if (/^\s*(?:vanaf\s+\d{4}\s*:\s*)?(?:het\s+)?aantal(?:len)?\b/i.test(text)) return 'aantal';
  if (/\b(?:wachttijd|doorlooptijd)\b/i.test(text)) return 'dagen';
  return null;
}

export function parseIndicatorText(input: unknown): ParsedIndicatorText {
  const text = asText(input);
  const from = parseMeasurableFrom(text);
  return {
    measurableFrom: from && from.kind !== 'baseline' ? from.year : null,
    unit: unitFromIndicatorText(text),
    qualifiers: scanQualifiers(text),
    polarity: lexiconPolarity(text),
  };
}
