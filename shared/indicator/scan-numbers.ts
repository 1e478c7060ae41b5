/**
 * Finds the numbers in a cell that are values, as opposed to years, dates, ages ("0 tot 18 jaar"),
 * time windows ("binnen 1 jaar"), ordinals ("groep 3") or frequencies ("2x per jaar").
 */
import { parseDutchNumber, type DutchNumber } from './number.ts';
import type { Period, Qualifier, Unit } from './types.ts';

export interface NumberToken extends DutchNumber {
  start: number;
  end: number;
  text: string;
  unit: Unit | null;
}

// Sign only when it leads the token ("-10%"), never between digits ("75-85").
const NUMBER_RE = /(?<![\p{L}\p{N}.,])(€\s*)?([+\-−]?)(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d+(?:[.,]\d+)?)(,-{1,2})?(?![\p{L}\p{N}]|[.,]\d)(\s*(?:%|procent\b))?/gu;

const ORDINAL_BEFORE = /\b(?:groep|doel|voetnoot|fase|trede|stap|nr|nummer|artikel|hoofdstuk|paragraaf|niveau|klas|bijlage|regel|pagina|blz|versie|wet|q)\.?\s*$/i;
const DURATION_AFTER = /^\s*(?:jaar|jaren|jarige|jarigen|maand|maanden|uur|uren)\b/i;
const AGE_RANGE_AFTER = /^\s*(?:tot(?:\s+en\s+met)?|t\/m|-)\s*\d+\s*(?:jaar|jarige|jarigen)\b/i;
const TIMES_AFTER = /^\s*(?:x|keer|maal)\b/i;

const WORD_NUMBERS: Record<string, number> = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
  twaalf: 12, achttien: 18, vierentwintig: 24,
};
const QUALIFIER_RE =
  /\b(binnen|na|gedurende|in|tot|t\/m|vanaf|minimaal|maximaal|langer dan|meer dan|ruim)?\s*(\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|achttien|vierentwintig)\s+(jaar|jaren|maand|maanden)\b/giu;

function unitAfter(text: string, end: number, token: DutchNumber, before: string): Unit | null {
  if (token.percent) return '%';
  if (token.euro || /€\s*$|\beur\s*$/i.test(before)) return 'euro';
  const after = text.slice(end, end + 24);
  if (/^\s*euro\b/i.test(after)) return 'euro';
  if (/^\s*(?:dagen|dag)\b/i.test(after)) return 'dagen';
  if (/^\s*(?:weken|week)\b/i.test(after)) return 'weken';
  if (/^\s*(?:punten|punt)\b/i.test(after) || /\b(?:rapportcijfer|score|cijfer)\s*(?:van\s*)?:?\s*$/i.test(before)) return 'score';
  return null;
}

/** Value numbers, skipping anything that falls inside a period. */
export function scanNumbers(text: string, periods: readonly Period[]): NumberToken[] {
  const out: NumberToken[] = [];
  if (!/\d/.test(text)) return out;
  const inPeriod = (s: number, e: number) => periods.some((p) => s < p.end && e > p.start);
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m !== null; m = NUMBER_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (inPeriod(start, end)) continue;
    const before = text.slice(Math.max(0, start - 24), start);
    const after = text.slice(end, end + 32);
    if (ORDINAL_BEFORE.test(before) || DURATION_AFTER.test(after) || TIMES_AFTER.test(after)) continue;
    if (AGE_RANGE_AFTER.test(after)) continue;
    // The upper end of an age range ("0 tot 18 jaar") is caught by DURATION_AFTER above.
    const raw = (m[1] ?? '') + (m[2] ?? '') + (m[3] ?? '') + (m[4] ?? '') + (m[5] ?? '');
    const parsed = parseDutchNumber(raw);
    if (!parsed || !Number.isFinite(parsed.value)) continue;
    out.push({ ...parsed, start, end, text: text.slice(start, end), unit: unitAfter(text, end, parsed, before) });
  }
  return out;
}

/** Time windows that define the measure ("binnen 1 jaar", "na 18 maanden"), in months. */
export function scanQualifiers(text: string): Qualifier[] {
  const out: Qualifier[] = [];
  if (!/jaar|jaren|maand/i.test(text)) return out;
  QUALIFIER_RE.lastIndex = 0;
  for (let m = QUALIFIER_RE.exec(text); m !== null; m = QUALIFIER_RE.exec(text)) {
    const word = (m[2] ?? '').toLowerCase();
    const n = /^\d+$/.test(word) ? Number(word) : WORD_NUMBERS[word];
    if (n === undefined || !m[1]) continue;
    const unit = (m[3] ?? '').toLowerCase();
    out.push({ months: unit.startsWith('maand') ? n : n * 12, text: m[0].trim() });
  }
  return out;
}
