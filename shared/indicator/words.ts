/**
 * Text folding and word overlap. The documents were flattened from PDF, so the same phrase
 * comes with different quotes, dashes, diacritics and line breaks; comparisons go through fold().
 */

const STOPWORDS = new Set(
  (
    'de het een en of in op van voor met aan bij door naar uit tot te om als dat die dit deze is zijn ' +
    'was waren wordt worden heeft hebben kan kunnen zal zullen er ze zij we wij ons onze hun hen zich ' +
    'niet ook nog meer minder dan al alle over per na tussen binnen zo zoveel mogelijk wat welke wie ' +
    'waar hoe ca circa bijv oa etc mee weer verder goed wel'
  ).split(' '),
);

const FOLDED = new Map<string, string>();

/** Lowercase, no diacritics, straight quotes, plain dashes, single spaces. */
export function fold(text: string): string {
  // Titles and indicator texts are folded again and again by different rules: remember them.
  let hit = FOLDED.get(text);
  if (hit === undefined) {
    hit = foldUncached(text);
    if (FOLDED.size >= 10_000) FOLDED.clear();
    if (text.length <= 2_000) FOLDED.set(text, hit);
  }
  return hit;
}

function foldUncached(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Crude Dutch stemming: enough to match "inwoners"/"inwoner" and "huishoudens"/"huishouden". */
function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('s')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('en')) w = w.slice(0, -2);
  if (w.length > 5 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of fold(text).split(/[^a-z0-9]+/)) {
    if (raw.length < 3 || STOPWORDS.has(raw) || /^\d+$/.test(raw)) continue;
    out.push(stem(raw));
  }
  return out;
}

/** Share of the smaller word set found in the larger one (0..1). */
export function overlapScore(a: string, b: string): number {
  const wa = new Set(contentWords(a));
  const wb = new Set(contentWords(b));
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.min(wa.size, wb.size);
}

/** Fold plus: no trailing punctuation, no spaces before punctuation; for "same title?" checks. */
export function titleKey(text: string): string {
  return fold(text)
    .replace(/\s+([.,;:)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/[\s.,;:!?]+$/g, '');
}
