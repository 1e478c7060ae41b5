/**
 * Subgroup cells: "Jongeren: 76% (2023); Jongvolwassenen: 65% (2024); ...". Each part starts
 * with a capitalised label followed by a value; two such parts make a subgroup cell.
 */
import { fold } from './words.ts';

export interface SubgroupSegment {
  name: string;
  start: number;
  end: number;
}

const LABEL_RE = /^\s*(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}?)\s*:?\s*\(?\s*\d/u;
const NOT_A_GROUP = new Set([
  'nulmeting', 'streefwaarde', 'in', 'op', 'van', 'vanaf', 'de', 'het', 'een', 'dit', 'we', 'wij', 'tussen', 'maximaal',
  'minimaal', 'landelijk', 'dronten', 'regio', 'nederland', 'totaal', 'ca', 'circa', 'na', 'per', 'peildatum', 'bron',
]);

export function scanSubgroups(text: string): SubgroupSegment[] {
  const cuts: number[] = [0];
  const splitter = /;|\n|,\s+(?=\p{Lu})/gu;
  for (let m = splitter.exec(text); m !== null; m = splitter.exec(text)) cuts.push(m.index + m[0].length);
  const segments: SubgroupSegment[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const start = cuts[i]!;
    const end = i + 1 < cuts.length ? cuts[i + 1]! : text.length;
    const m = LABEL_RE.exec(text.slice(start, end));
    if (!m || !m[1]) continue;
    const name = m[1].trim();
    if (NOT_A_GROUP.has(fold(name).split(' ')[0] ?? '')) continue;
    segments.push({ name, start, end });
  }
  return segments.length >= 2 ? segments : [];
}
