/** The parser is total: any input gives a result, quickly, and never alters the text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBaseline, parseCell, parseIndicatorText, parseTarget } from '../../../shared/indicator/index.ts';
import { REAL_CELLS } from './cells.ts';

// A pinned seed: a failure is the same on every run, and fast-check prints the seed and the
// shrunk counterexample to reproduce it.
const SEED = 42;

const PIECES = [
  '1.115', '10.996', '43,9', '%', ' %', '€ ', ',-', '(', ')', 'Nulmeting ', '2025', '2022/2023', 't/m mei', 'Maximaal ', 'minimaal ',
  'tussen ', ' en ', 'Landelijk ', 'Dronten: ', 'Jongeren: ', '; ', '. ', 'van de ', 'met 50% verminderen', 'behouden of verlagen',
  'Te ontwikkelen', 'streefwaarde volgt in ', 'Q', '1-10-2024', ' tot ', 'schooljaar ', '-', '−', '\n', 'ca. ', '9 van de 65',
  'ë', '🡪', '\u0000', 'jaar', '18 maanden', 'Vanaf ', ':', '.', ',', '0', '99999999999999999999', 'NaN', 'Infinity',
];

describe('parser robustness', () => {
  it('never throws on random fragments of cell language and keeps the text verbatim', () => {
    const cellLanguage = fc.array(fc.constantFrom(...PIECES), { maxLength: 11 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(cellLanguage, (text) => {
        const b = parseBaseline(text);
        const t = parseTarget(text, { defaultTargetYear: 2028 });
        expect(b.text).toBe(text);
        expect(t.text).toBe(text);
        for (const m of [...b.measures, ...t.measures]) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
        }
      }),
      { seed: SEED, numRuns: 2_000 },
    );
  });

  it('never throws on random characters', () => {
    const text = fc.array(fc.integer({ min: 0, max: 0x2fff }).map((code) => String.fromCharCode(code)), { maxLength: 79 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom('baseline' as const, 'target' as const), (cell, kind) => {
        expect(() => parseCell(cell, kind)).not.toThrow();
      }),
      { seed: SEED, numRuns: 1_000 },
    );
  });

  it.each([null, undefined, 42, {}, [], true])('treats non-text %j as empty', (value) => {
    expect(parseBaseline(value)).toMatchObject({ empty: true, text: '' });
    expect(parseIndicatorText(value).measurableFrom).toBeNull();
  });

  // No wall-clock limit here (it fails on a busy machine, not on a slow parser): a runaway regex
  // on these inputs runs into the test timeout instead.
  it('parses a 20 000-character pasted cell to the end and keeps its text (no runaway regexes)', () => {
    const hostile = [
      '1.1.1.1.1.'.repeat(2_000),
      'Jongeren: 1; '.repeat(1_600),
      'van zwaardere '.repeat(1_500),
      `${'9 van de '.repeat(2_000)}10`,
      REAL_CELLS.map((c) => c.baseline).join(' ').repeat(8).slice(0, 20_000),
    ];
    for (const text of hostile) {
      expect(parseBaseline(text).text).toBe(text);
      expect(parseTarget(text).text).toBe(text);
    }
  });
});
