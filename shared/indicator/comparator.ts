/**
 * Reads what a streefwaarde asks for: maximaal / minimaal / tussen a en b / a relative change
 * ("met 50% verminderen") / a direction (neemt toe, daalt, behouden, "behoud of een kleine
 * stijging") / a shift ("van zwaardere naar lichtere vormen") / or simply a value.
 */
import { parseDutchNumber } from './number.ts';
import type { SubgroupSegment } from './subgroups.ts';
import type { Comparator, ComparatorKind, Measure, Unit } from './types.ts';

const NUM = '([+\\-−]?\\d[\\d.,]*\\d|\\d)\\s*(%|procent)?';

interface Pattern {
  kind: ComparatorKind;
  re: RegExp;
}

const NUMERIC: Pattern[] = [
  { kind: 'range', re: new RegExp(`\\btussen\\s+(?:de\\s+|het\\s+)?${NUM}\\s+en\\s+(?:de\\s+|het\\s+)?${NUM}`, 'i') },
  { kind: 'max', re: new RegExp(`(?:\\bmaximaal|\\bmax\\.|\\bhoogstens|\\bten\\s+hoogste|\\bniet\\s+meer\\s+dan|\\bonder\\s+de|≤|<=)\\s*(?:de\\s+|het\\s+|een\\s+)?${NUM}`, 'i') },
  { kind: 'min', re: new RegExp(`(?:\\bminimaal|\\bmin\\.|\\bten\\s+minste|\\btenminste|\\bminstens|\\bniet\\s+minder\\s+dan|\\bboven\\s+de|≥|>=)\\s*(?:de\\s+|het\\s+|een\\s+)?${NUM}`, 'i') },
];

const DOWN_WORDS = 'verminderen|verlagen|terugdringen|terug\\s+te\\s+dringen|reduceren|afnemen|dalen|laten\\s+dalen|omlaag|minder|lager|daling|afname|reductie';
const UP_WORDS = 'verhogen|laten\\s+stijgen|vergroten|toenemen|stijgen|laten\\s+toenemen|omhoog|meer|hoger|stijging|toename|groei';
const RELATIVE_AFTER = new RegExp(`\\bmet\\s+${NUM}\\s+(?:te\\s+)?(?:(${DOWN_WORDS})|(${UP_WORDS}))\\b`, 'i');
const RELATIVE_NOUN = new RegExp(`\\b(?:(daling|afname|reductie|vermindering)|(stijging|toename|groei))\\s+(?:van|met)\\s+${NUM}`, 'i');
const RELATIVE_SIGNED = /^\s*([+\-−])\s*(\d[\d.,]*)\s*(%|procent)/i;
const HALVE = /\b(?:halveren|halvering|gehalveerd)\b/i;
const DOUBLE = /\b(?:verdubbelen|verdubbeling|verdubbeld)\b/i;

const KEEP = '(?:behouden|behoudt?-?|handhaven|gelijk\\s+(?:blijven|houden)|blijft\\s+(?:minimaal\\s+)?gelijk|blijft\\s+stabiel|minimaal\\s+hetzelfde|hetzelfde)';
const QUALITATIVE: Pattern[] = [
  { kind: 'maintainOrDecrease', re: new RegExp(`${KEEP}\\s+of\\s+(?:te\\s+)?(?:een\\s+)?(?:lichte\\s+|kleine\\s+)?(?:verlagen|verminderen|dalen|daalt|daling|afname|lager|omlaag)\\b|\\b(?:daalt|dalen|daling|afname|verlagen|neemt\\s+af)\\s+of\\s+(?:blijft\\s+)?(?:gelijk|stabiel|behouden|behoud)\\b`, 'i') },
  { kind: 'maintainOrIncrease', re: new RegExp(`${KEEP}\\s+of\\s+(?:te\\s+)?(?:een\\s+)?(?:lichte\\s+|kleine\\s+)?(?:verhogen|verhoging|stijgen|stijgt|stijging|toename|toenemen|hoger|omhoog|groei)\\b|\\b(?:stijgt|stijgen|stijging|toename|neemt\\s+toe|verhogen)\\s+of\\s+(?:blijft\\s+)?(?:gelijk|stabiel|behouden|behoud)\\b`, 'i') },
  { kind: 'shift', re: /\bvan\s+(?:\p{L}+\s+)?\p{L}+(?:e|ere)\s+naar\s+(?:\p{L}+\s+)?\p{L}+(?:e|ere)\b|\bverschuiving\b/iu },
  { kind: 'increase', re: /\b(?:neemt\s+toe|toeneemt|toename|toenemen|stijgt|stijgen|stijging|stijgende|verhogen|verhoging|groeit|vergroten|omhoog)\b/i },
  { kind: 'decrease', re: /\b(?:neemt\s+af|afneemt|afname|afnemen|daalt|dalen|daling|dalende|verminderen|vermindering|verlagen|verlaging|terugdringen|reduceren|reductie|verkleinen|omlaag)\b/i },
  // Bare "stabiel" is an adjective ("een stabiel inkomen"), not a target.
  { kind: 'maintain', re: /\b(?:blijft\s+gelijk|gelijk\s+blijven|gelijk\s+houden|behouden|behoud|handhaven|blijft\s+stabiel|stabiel\s+blijven)\b/i },
];

const CONDITION = /\bwaarbij\s+([^.;(\n]+)/i;
const SUBJECT_CUT = /^.*(?:\bwillen\s+(?:wij|we)|\b(?:wij|we)\s+willen|\bstreven\s+(?:wij|we)|\b(?:wij|we)\s+streven|:|\bin\s+(?:19|20)\d{2})\s*/i;

function num(raw: string | undefined): number | null {
  if (!raw) return null;
  const parsed = parseDutchNumber(raw.replace(/^[−]/, '-'));
  return parsed ? parsed.value : null;
}

function make(kind: ComparatorKind, m: RegExpExecArray, offset: number, extra: Partial<Comparator> = {}): Comparator {
  return {
    kind,
    value: null,
    high: null,
    unit: null,
    percent: null,
    subject: null,
    condition: null,
    subgroup: null,
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    text: m[0],
    ...extra,
  };
}

function unitOf(symbol: string | undefined, fallback: Unit | null): Unit | null {
  return symbol ? '%' : fallback;
}

/** The words before a relative change name what changes: "de instroom binnen jeugdhulp met verblijf". */
function subjectBefore(text: string, at: number): string | null {
  const sentenceStart = Math.max(text.lastIndexOf('.', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
  const subject = text
    .slice(sentenceStart, at)
    .replace(SUBJECT_CUT, '')
    .replace(/^\s*(?:de|het|een)\s+/i, '')
    .trim();
  return subject.length > 0 ? subject : null;
}

function numericComparator(text: string, offset: number, fallbackUnit: Unit | null): Comparator | null {
  let best: Comparator | null = null;
  const consider = (c: Comparator) => {
    if (!best || c.start < best.start) best = c;
  };
  for (const { kind, re } of NUMERIC) {
    const m = re.exec(text);
    if (!m) continue;
    if (kind === 'range') {
      const unit = unitOf(m[2] ?? m[4], fallbackUnit);
      consider(make(kind, m, offset, { value: num(m[1]), high: num(m[3]), unit }));
    } else {
      consider(make(kind, m, offset, { value: num(m[1]), unit: unitOf(m[2], fallbackUnit) }));
    }
  }
  const after = RELATIVE_AFTER.exec(text);
  if (after) {
    const size = Math.abs(num(after[1]) ?? NaN);
    const percent = after[3] ? -size : size;
    consider(make('relative', after, offset, { percent, unit: '%', subject: subjectBefore(text, after.index) }));
  }
  const noun = RELATIVE_NOUN.exec(text);
  if (noun) {
    const size = Math.abs(num(noun[3]) ?? NaN);
    consider(make('relative', noun, offset, { percent: noun[1] ? -size : size, unit: '%', subject: subjectBefore(text, noun.index) }));
  }
  const signed = RELATIVE_SIGNED.exec(text);
  if (signed) {
    const size = num(signed[2]) ?? NaN;
    consider(make('relative', signed, offset, { percent: signed[1] === '+' ? size : -size, unit: '%' }));
  }
  const halve = HALVE.exec(text);
  if (halve) consider(make('relative', halve, offset, { percent: -50, unit: '%', subject: subjectBefore(text, halve.index) }));
  const double = DOUBLE.exec(text);
  if (double) consider(make('relative', double, offset, { percent: 100, unit: '%', subject: subjectBefore(text, double.index) }));
  return best;
}

function qualitativeComparator(text: string, offset: number): Comparator | null {
  const hits: Comparator[] = [];
  for (const { kind, re } of QUALITATIVE) {
    if (kind === 'shift' && !/naar|verschuiving/i.test(text)) continue;
    const m = re.exec(text);
    if (m) hits.push(make(kind, m, offset));
  }
  if (hits.length === 0) return null;
  const combo = hits.find((h) => h.kind === 'maintainOrDecrease' || h.kind === 'maintainOrIncrease');
  if (combo) return combo;
  // "Een stijgende trend van zwaardere naar lichtere vormen" is about the mix, not the count.
  const shift = hits.find((h) => h.kind === 'shift');
  if (shift) return { ...shift, subject: text.slice(shift.start - offset).split(/[.;\n]/)[0]?.trim() ?? null };
  return hits.sort((a, b) => a.start - b.start)[0] ?? null;
}

export interface ComparatorInput {
  text: string;
  measures: readonly Measure[];
  subgroups: readonly SubgroupSegment[];
}

/** Comparators of a target cell; the first is the one that counts. Empty when none is found. */
export function parseComparators(input: ComparatorInput): Comparator[] {
  return readComparators(input).map((c) => countedUnit(c, input.measures));
}

/**
 * A value that counts a noun ("Minimaal 300 deelnemers") is a count, in a streefwaarde as in a
 * nulmeting (where `measureUnit` reads it so), whatever unit the indicator's wording implies.
 */
function countedUnit(c: Comparator, measures: readonly Measure[]): Comparator {
  if (c.unit !== null || c.value === null) return c;
  const counted = measures.some((m) => m.unit === null && m.label !== null && m.value === c.value && m.start >= c.start && m.start < c.end);
  return counted ? { ...c, unit: 'aantal' } : c;
}

function readComparators({ text, measures, subgroups }: ComparatorInput): Comparator[] {
  if (subgroups.length > 0) {
    return subgroups.flatMap((segment) => {
      const part = text.slice(segment.start, segment.end);
      const inside = measures.filter((m) => m.start >= segment.start && m.start < segment.end);
      const first = inside[0];
      const numeric = numericComparator(part, segment.start, first?.unit ?? null);
      if (numeric) return [{ ...numeric, subgroup: segment.name }];
      if (!first) return [];
      return [exactFrom(first, segment.name)];
    });
  }
  const primaryMeasure = measures.find((m) => m.role === 'primary') ?? measures[0];
  const out: Comparator[] = [];
  const numeric = numericComparator(text, 0, primaryMeasure?.unit ?? null);
  const qualitative = qualitativeComparator(text, 0);
  if (numeric) {
    out.push(numeric);
    // Only a nuance the numbers do not already say: "Tussen 78% en 80%. Een behoud of kleine stijging".
    const adds = qualitative && numeric.kind !== 'relative' && ['maintainOrIncrease', 'maintainOrDecrease', 'shift'].includes(qualitative.kind);
    if (adds && qualitative) out.push(qualitative);
  } else if (qualitative) {
    // "De huidige 7% behouden of verlagen": the value is the one being kept.
    const near = measures.find((m) => m.start < qualitative.end && m.start >= qualitative.start - 40);
    out.push(near ? { ...qualitative, value: near.value, unit: near.unit } : qualitative);
  } else if (primaryMeasure) {
    out.push(exactFrom(primaryMeasure, null));
  }
  const condition = CONDITION.exec(text);
  if (condition && out[0]) out[0] = { ...out[0], condition: condition[1]?.trim() ?? null };
  return out;
}

function exactFrom(m: Measure, subgroup: string | null): Comparator {
  if (m.high !== null) {
    return { kind: 'range', value: m.value, high: m.high, unit: m.unit, percent: null, subject: null, condition: null, subgroup, start: m.start, end: m.end, text: m.text };
  }
  return { kind: 'exact', value: m.value, high: null, unit: m.unit, percent: null, subject: null, condition: null, subgroup, start: m.start, end: m.end, text: m.text };
}
