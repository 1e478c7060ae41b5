/**
 * How the rules see a goal indicator: its cells parsed (memoised by text, since the same cell is
 * read by many rules and re-read after every keystroke elsewhere), plus the effective unit, year
 * and value, falling back to the structured fields where the verbatim text is silent.
 */
import { parseCell, parseIndicatorText, type ParsedIndicatorText } from '../indicator/parse.ts';
import type { CellRole, Measure, ParsedCell, Unit } from '../indicator/types.ts';
import type { GoalIndicator, IndicatorStatus, Polarity, Scope } from '../model/types.ts';

const MEMO_LIMIT = 5_000;

export class ParseMemo {
  private cells = new Map<string, ParsedCell>();
  private texts = new Map<string, ParsedIndicatorText>();

  cell(text: string, role: CellRole, defaultTargetYear: number | null): ParsedCell {
    // The year only feeds the description, which the validator does not build.
    const key = `${role}\u0000${text}`;
    let hit = this.cells.get(key);
    if (!hit) {
      if (this.cells.size >= MEMO_LIMIT) this.cells.clear();
      hit = parseCell(text, role, { defaultTargetYear, describe: false });
      this.cells.set(key, hit);
    }
    return hit;
  }

  indicatorText(text: string): ParsedIndicatorText {
    let hit = this.texts.get(text);
    if (!hit) {
      if (this.texts.size >= MEMO_LIMIT) this.texts.clear();
      hit = parseIndicatorText(text);
      this.texts.set(text, hit);
    }
    return hit;
  }
}

export interface IndicatorReading {
  baseline: ParsedCell;
  target: ParsedCell;
  text: ParsedIndicatorText;
  /** The declared unit if it is one we know, else what the indicator text implies. */
  unit: Unit | null;
  /** The declared unit string could not be read as a unit. */
  unknownUnit: string | null;
  /** Lifecycle status: from the cells, else the structured field. */
  status: IndicatorStatus | null;
  primary: Measure | null;
  baselineValue: number | null;
  baselineYear: number | null;
  /** Scope of the nulmeting: the officer's confirmed field, else what the text says. */
  scope: Scope | null;
  /** The officer's confirmed polarity; null when not set (rules then read the wording). */
  polarity: Polarity | null;
  /** Planned year of the nulmeting / streefwaarde: from the text, else the confirmed statusYear. */
  baselinePlannedYear: number | null;
  targetPlannedYear: number | null;
  /** Why not measurable / where delegated: from the text, else the confirmed fields. */
  reason: string | null;
  reference: string | null;
}

const UNIT_WORDS: Record<string, Unit> = {
  '%': '%', procent: '%', percentage: '%', aantal: 'aantal', aantallen: 'aantal', euro: 'euro', '€': 'euro',
  dagen: 'dagen', dag: 'dagen', weken: 'weken', week: 'weken', score: 'score', cijfer: 'score',
};

function unitFromField(unit: string | null): Unit | null {
  return unit ? (UNIT_WORDS[unit.trim().toLowerCase()] ?? null) : null;
}

export function readIndicator(ind: GoalIndicator, memo: ParseMemo, defaultTargetYear: number | null): IndicatorReading {
  const baseline = memo.cell(ind.baseline, 'baseline', null);
  const target = memo.cell(ind.target, 'target', defaultTargetYear);
  const text = memo.indicatorText(ind.indicator);
  const declared = unitFromField(ind.unit);
  const primary = baseline.measures.find((m) => m.role === 'primary') ?? null;
  // The nulmeting cell carries the lifecycle; the streefwaarde cell's own status is read by V16.
  const fromCell = baseline.status?.status ?? null;
  const status: IndicatorStatus | null =
    fromCell && fromCell !== 'measurable' ? fromCell : text.measurableFrom !== null ? 'measurable-from' : (fromCell ?? ind.status);
  const confirmedYear = (forStatus: IndicatorStatus) => (ind.status === forStatus || ind.status === null ? ind.statusYear : null);
  // A confirmed part wins over the parsed one; the parsed one fills in where nothing is confirmed.
  const pending = (cell: ParsedCell, forStatus: IndicatorStatus) =>
    cell.status?.status === forStatus ? (confirmedYear(forStatus) ?? cell.status.year) : null;
  const parsedReason = baseline.status?.reason ?? target.status?.reason ?? null;
  const parsedReference = baseline.status?.reference ?? target.status?.reference ?? null;
  return {
    baseline,
    target,
    text,
    scope: ind.baselineScope ?? primary?.scope ?? null,
    polarity: ind.polarity,
    baselinePlannedYear: pending(baseline, 'baseline-pending'),
    targetPlannedYear: pending(target, 'target-pending'),
    reason: ind.statusReason.trim() || parsedReason,
    reference: ind.statusReference.trim() || parsedReference,
    unit: declared ?? text.unit,
    unknownUnit: ind.unit && !declared ? ind.unit : null,
    status,
    primary,
    baselineValue: primary?.value ?? ind.baselineValue,
    baselineYear: primary?.period?.year ?? ind.baselineYear,
  };
}
