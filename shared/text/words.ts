/** Dutch wording for sentences built from parts: a capital, a short quote, a count, a list. */
import { once } from './once.ts';
import { formatNumber } from './numbers.ts';

/** First character in upper case ("doel 3 verwijderen" -> "Doel 3 verwijderen"); the rest as written. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);
}

const graphemes = once(() => new Intl.Segmenter('nl', { granularity: 'grapheme' }));

/**
 * User text on one line, at most `max` characters: whitespace runs become one space, the ends
 * are trimmed, and a longer text is cut before character `max` and ends in "…" without a space
 * before it. The cut never splits a character (an emoji, a letter with its accent), so no broken
 * glyph appears in a notice or option list.
 */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let end = 0;
  for (const { index, segment } of graphemes().segment(flat)) {
    if (index + segment.length > max - 1) break;
    end = index + segment.length;
  }
  return `${flat.slice(0, end).trimEnd()}…`;
}

const pluralRules = once(() => new Intl.PluralRules('nl'));

/** "1 fout", "3 fouten", "1.234 fouten": the count in Dutch digits and the form Dutch asks for. */
export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${pluralRules().select(count) === 'one' ? one : many}`;
}

const andList = once(() => new Intl.ListFormat('nl', { type: 'conjunction' }));
const orList = once(() => new Intl.ListFormat('nl', { type: 'disjunction' }));

/** "a", "a en b", "a, b en c". */
export function listAnd(items: readonly string[]): string {
  return andList().format(items);
}

/** "a", "a of b", "a, b of c". */
export function listOr(items: readonly string[]): string {
  return orList().format(items);
}
