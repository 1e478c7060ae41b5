/**
 * What progress is measured from and towards: an indicator's nulmeting (value, year, scope) and
 * streefwaarde (comparator, numbers, year, polarity). Each structured part the officer confirmed
 * wins; a part left null is read from the verbatim text (shared/indicator), as everywhere else.
 * The text's numbers fill in only a comparator that takes them: a "decrease" stays a direction
 * even when the text also names a relative change, because the officer chose "decrease".
 * Result indicators have one line of text and no structured parts: no nulmeting, no target.
 */
import { parseBaseline, parseTarget } from '../indicator/parse.ts';
import type { Comparator, ParsedCell } from '../indicator/types.ts';
import type { Direction, GoalIndicator, Polarity, Scope } from '../model/types.ts';

interface IndicatorBaseline {
  value: number;
  /** Year of the nulmeting; null when neither the part nor the text names one. */
  year: number | null;
}

export interface IndicatorTarget {
  kind: Direction;
  value: number | null;
  /** Upper bound of a range. */
  high: number | null;
  /** Signed change in percent of a relative target. */
  percent: number | null;
  year: number | null;
  unit: string | null;
  polarity: Polarity | null;
}

export interface IndicatorFrame {
  baseline: IndicatorBaseline | null;
  target: IndicatorTarget | null;
  /** Scope of the nulmeting: the series progress follows (default this municipality). */
  scope: Scope;
  unit: string | null;
  /** Comparators the streefwaarde text gives per subgroup ("12-17 jaar: minimaal 80%"), by subgroupKey. */
  subgroupTargets: ReadonlyMap<string, Comparator>;
  /** Values the nulmeting text gives per subgroup ("Jongeren: 76% (2023)"), by subgroupKey. */
  subgroupBaselines: ReadonlyMap<string, IndicatorBaseline>;
  /** The indicator's lifecycle status, null when none is set or read. */
  lifecycle: GoalIndicator['status'];
  /** The year that goes with it ("nulmeting volgt in 2026": 2026), from the part or the text. */
  lifecycleYear: number | null;
}

/** Comparators that take a number ("minimaal 50%"); direction-only and keep targets take none. */
const VALUE_KINDS: ReadonlySet<Direction> = new Set(['exact', 'min', 'max', 'range', 'increase', 'decrease']);

const UNIT_WORDS: Record<string, string> = {
  '%': '%', procent: '%', percentage: '%', aantal: 'aantal', aantallen: 'aantal', euro: 'euro', '€': 'euro',
  dagen: 'dagen', dag: 'dagen', weken: 'weken', week: 'weken', score: 'score', cijfer: 'score',
};

/** A unit as the rule compares it: "Procent" and "%" are one unit; an unknown word stays itself. */
export function unitKey(unit: string | null | undefined): string | null {
  if (!unit || unit.trim() === '') return null;
  const word = unit.trim().toLowerCase();
  return UNIT_WORDS[word] ?? word;
}

const cells = new Map<string, ParsedCell>();
const CELL_MEMO_LIMIT = 2_000;

/** The reader is pure but not free; a programme's few hundred cells are read once each. */
function parsed(text: string, role: 'baseline' | 'target'): ParsedCell {
  const key = `${role}\u0000${text}`;
  let hit = cells.get(key);
  if (!hit) {
    if (cells.size >= CELL_MEMO_LIMIT) cells.clear();
    hit = role === 'baseline' ? parseBaseline(text) : parseTarget(text, { describe: false });
    cells.set(key, hit);
  }
  return hit;
}

export function goalIndicatorFrame(ind: GoalIndicator): IndicatorFrame {
  const baselineCell = parsed(ind.baseline, 'baseline');
  const targetCell = parsed(ind.target, 'target');
  // The headline nulmeting is a value for everyone; a cell of subgroup values has none.
  const primary = baselineCell.measures.find((m) => m.role === 'primary' && m.subgroup === null) ?? null;
  const value = ind.baselineValue ?? primary?.value ?? null;
  const year = ind.baselineYear ?? primary?.period?.year ?? null;
  const comparator = targetCell.comparators.find((c) => c.subgroup === null) ?? null;
  const kind = ind.direction ?? comparator?.kind ?? null;
  const fromText = comparator && (comparator.kind === kind || (kind !== null && VALUE_KINDS.has(kind))) ? comparator : null;
  const subgroupTargets = new Map<string, Comparator>();
  for (const c of targetCell.comparators) if (c.subgroup) subgroupTargets.set(subgroupKey(c.subgroup), c);
  const subgroupBaselines = new Map<string, IndicatorBaseline>();
  for (const m of baselineCell.measures) {
    const key = m.subgroup === null ? null : subgroupKey(m.subgroup);
    if (key && m.role === 'primary' && !subgroupBaselines.has(key)) subgroupBaselines.set(key, { value: m.value, year: m.period?.year ?? ind.baselineYear });
  }
  const unit = ind.unit ?? primary?.unit ?? comparator?.unit ?? null;
  return {
    baseline: value === null ? null : { value, year },
    target:
      kind === null
        ? null
        : {
            kind,
            value: ind.targetValue ?? (VALUE_KINDS.has(kind) ? (fromText?.value ?? null) : null),
            high: ind.targetHigh ?? (kind === 'range' ? (fromText?.high ?? null) : null),
            percent: ind.targetPercent ?? (kind === 'relative' ? (fromText?.percent ?? null) : null),
            year: ind.targetYear ?? targetCell.targetYear,
            unit,
            polarity: ind.polarity,
          },
    scope: ind.baselineScope ?? primary?.scope ?? 'gemeente',
    unit,
    subgroupTargets,
    subgroupBaselines,
    lifecycle: ind.status ?? baselineCell.status?.status ?? null,
    lifecycleYear: ind.statusYear ?? baselineCell.status?.year ?? null,
  };
}

/** A result indicator: only its measurements, no nulmeting or target of its own. */
export const RESULT_INDICATOR_FRAME: IndicatorFrame = {
  baseline: null,
  target: null,
  scope: 'gemeente',
  unit: null,
  subgroupTargets: new Map(),
  subgroupBaselines: new Map(),
  lifecycle: null,
  lifecycleYear: null,
};

/** Subgroup names compare without case and spacing ("12-17 Jaar" is "12-17 jaar"). */
export function subgroupKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
