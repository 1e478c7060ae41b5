/** The parser is total: any input gives a result, quickly, and never alters the text. */
import { describe, expect, it } from 'vitest';
import { parseBaseline, parseCell, parseIndicatorText, parseTarget } from '../../../shared/indicator/index.ts';
import { REAL_CELLS } from './cells.ts';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '1.115', '10.996', '43,9', '%', ' %', '€ ', ',-', '(', ')', 'Nulmeting ', '2025', '2022/2023', 't/m mei', 'Maximaal ', 'minimaal ',
  'tussen ', ' en ', 'Landelijk ', 'Dronten: ', 'Jongeren: ', '; ', '. ', 'van de ', 'met 50% verminderen', 'behouden of verlagen',
  'Te ontwikkelen', 'streefwaarde volgt in ', 'Q', '1-10-2024', ' tot ', 'schooljaar ', '-', '−', '\n', 'ca. ', '9 van de 65',
  'ë', '🡪', '\u0000', 'jaar', '18 maanden', 'Vanaf ', ':', '.', ',', '0', '99999999999999999999', 'NaN', 'Infinity',
];

describe('parser robustness', () => {
  it('never throws on random fragments of cell language and keeps the text verbatim', () => {
    const random = rng(42);
    for (let i = 0; i < 2_000; i++) {
      const n = Math.floor(random() * 12);
      let text = '';
      for (let k = 0; k < n; k++) text += PIECES[Math.floor(random() * PIECES.length)];
      const b = parseBaseline(text);
      const t = parseTarget(text, { defaultTargetYear: 2028 });
      expect(b.text).toBe(text);
      expect(t.text).toBe(text);
      for (const m of [...b.measures, ...t.measures]) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
      }
    }
  });

  it('never throws on random characters', () => {
    const random = rng(7);
    for (let i = 0; i < 1_000; i++) {
      const text = Array.from({ length: Math.floor(random() * 80) }, () => String.fromCharCode(Math.floor(random() * 0x3000))).join('');
      expect(() => parseCell(text, random() < 0.5 ? 'baseline' : 'target')).not.toThrow();
    }
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
