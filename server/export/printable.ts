/**
 * Symbols of the council's documents that the report fonts (Arial in Word, the PDF's
 * sans-serif) lack, mapped to the nearest character they have. The source's "🡪" (U+1F86A,
 * Supplemental Arrows-C) printed as an empty box in Word; "→" says the same and is in every
 * office font (WGL4). Only the reports use this: xlsx, csv and json keep the text as stored.
 */

/** Each plain arrow and the Supplemental Arrows-C characters pointing that way (from their Unicode names). */
const ARROWS: [string, string][] = [
  ['←', '🠀🠄🠈🠐🠔🠘🠜🠠🠤🠨🠬🠰🠴🠸🠼🡀🡄🡐🡠🡨🡰🡸🢀🢐🢔🢘🢠🢢🢤🢦🢨🢪⬅'],
  ['↑', '🠁🠅🠉🠑🠕🠙🠝🠡🠥🠩🠭🠱🠵🠹🠽🡁🡅🡑🡡🡩🡱🡹🢁🢑🢕🢙⬆'],
  ['→', '🠂🠆🠊🠒🠖🠚🠞🠢🠦🠪🠮🠲🠶🠺🠾🡂🡆🡒🡢🡪🡲🡺🢂🢒🢖🢚🢡🢣🢥🢧🢩🢫➔➜➝➞➡'],
  ['↓', '🠃🠇🠋🠓🠗🠛🠟🠣🠧🠫🠯🠳🠷🠻🠿🡃🡇🡓🡣🡫🡳🡻🢃🢓🢗🢛⬇'],
  ['↔', '🡘'],
  ['↕', '🡙'],
];

const REPLACEMENT = new Map(ARROWS.flatMap(([plain, fancy]) => [...fancy].map((char) => [char, plain] as const)));
const MAPPED = new RegExp(`[${[...REPLACEMENT.keys()].join('')}]`, 'gu');

export function printable(text: string): string {
  return text.replace(MAPPED, (char) => REPLACEMENT.get(char) ?? char);
}
