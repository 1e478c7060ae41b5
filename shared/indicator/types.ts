/**
 * What the parser understood of a verbatim nulmeting / streefwaarde cell. The verbatim text is
 * kept in `text` and never altered; everything else is a reading of it, with offsets back into it.
 */
import type { Direction, IndicatorStatus, Polarity, Scope } from '../model/types.ts';

export type { Polarity, Scope };

export type Unit = '%' | 'aantal' | 'euro' | 'dagen' | 'weken' | 'score';

export type PeriodKind = 'year' | 'schoolYear' | 'month' | 'date' | 'quarter' | 'range' | 'partYear';

export interface Period {
  kind: PeriodKind;
  /** The calendar year a value belongs to; for school years and ranges the year it ends in. */
  year: number;
  /** ISO dates (yyyy-mm-dd) where the text pins them down. */
  from: string | null;
  to: string | null;
  /** Covers less than a full year (a part-year range, "t/m mei"): not comparable with yearly targets. */
  partial: boolean;
  /** A stock on one day ("Op 1-10-2024"), as opposed to a flow over a period. */
  pointInTime: boolean;
  start: number;
  end: number;
  text: string;
}

type MeasureRole = 'primary' | 'additional' | 'historic' | 'reference';

export interface Ratio {
  numerator: number;
  denominator: number;
  approximate: boolean;
  text: string;
}

export interface Measure {
  value: number;
  /** Upper bound when the text gives a span of values ("75-85%"). */
  high: number | null;
  unit: Unit | null;
  /** The noun the value counts ("meldingen", "huishoudens"), as written. */
  label: string | null;
  subgroup: string | null;
  period: Period | null;
  scope: Scope | null;
  role: MeasureRole;
  approximate: boolean;
  /** The number could be read two ways ("1.115"); `value` is the Dutch reading. */
  ambiguous: boolean;
  ratio: Ratio | null;
  /** Digits after the decimal comma as written, for rounding checks. */
  decimals: number;
  start: number;
  end: number;
  text: string;
}

/** The comparator kinds are the model's target directions, so a reading can be stored as is. */
export type ComparatorKind = Direction;

export interface Comparator {
  kind: ComparatorKind;
  value: number | null;
  /** Upper bound for `range`. */
  high: number | null;
  unit: Unit | null;
  /** Signed change in percent for `relative` ("met 50% verminderen" = -50). */
  percent: number | null;
  /** What a relative target or shift is about ("de instroom binnen jeugdhulp met verblijf"). */
  subject: string | null;
  /** Free-text nuance the numbers do not carry ("waarbij het aantal adviesvragen meer stijgt ..."). */
  condition: string | null;
  subgroup: string | null;
  start: number;
  end: number;
  text: string;
}

export interface CellStatus {
  status: IndicatorStatus;
  /** Planned year (nulmeting / streefwaarde volgt) or first measurable year. */
  year: number | null;
  reason: string | null;
  /** The programme a delegated indicator points to, as written. */
  reference: string | null;
  /** "streefwaarde volgt in 2027 na nulmeting 2026": the nulmeting year it waits for. */
  afterBaselineYear: number | null;
  text: string;
}

/** A time window that is part of the definition ("binnen 1 jaar", "na 18 maanden"). */
export interface Qualifier {
  months: number;
  text: string;
}

interface NumberIssue {
  text: string;
  start: number;
  end: number;
  /** Dutch reading and the other reading. */
  value: number;
  alternative: number | null;
  kind: 'ambiguous' | 'non-dutch';
}

export type CellRole = 'baseline' | 'target';

export interface ParsedCell {
  role: CellRole;
  text: string;
  empty: boolean;
  measures: Measure[];
  /** Subgroup names in the order written; empty when the cell has no subgroups. */
  subgroups: string[];
  /** Target cells: primary comparator first; one per subgroup for subgroup targets. */
  comparators: Comparator[];
  periods: Period[];
  /** Target year named in a target cell ("In 2028 ..."), else null. */
  targetYear: number | null;
  /** Scope of the primary measure, null when the text does not say. */
  scope: Scope | null;
  status: CellStatus | null;
  qualifiers: Qualifier[];
  /** Phrases that say data is missing ("geen cijfers beschikbaar"). */
  noData: string[];
  numberIssues: NumberIssue[];
  /** The text holds something but the parser recognised no value, comparator or status. */
  unparsed: boolean;
  /** Dutch one-liner of how the text was read, for a cell editor. */
  description: string;
}
