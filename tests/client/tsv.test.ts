/**
 * Clipboard text as Excel, Google Sheets and Word write it: tabs between cells, CRLF or LF
 * between rows, a closing line break, quoted cells holding tabs, line breaks and quotes.
 */
import { describe, expect, it } from 'vitest';
import { blockSize, parseTsv, toHtmlTable, toTsv } from '../../client/transfer/tsv.ts';

describe('parseTsv', () => {
  it('reads an Excel block with CRLF rows and a closing line break', () => {
    expect(parseTsv('a\tb\tc\r\nd\te\tf\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
  });

  it('reads LF rows (Google Sheets, Excel on a Mac) and a block without a closing line break', () => {
    expect(parseTsv('a\tb\nc\td')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('reads one cell', () => {
    expect(parseTsv('Aantal meldingen\r\n')).toEqual([['Aantal meldingen']]);
    expect(parseTsv('Aantal meldingen')).toEqual([['Aantal meldingen']]);
  });

  it('keeps empty cells, at the end of a row too', () => {
    expect(parseTsv('a\t\tc\r\n\t\t\r\n')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
    expect(parseTsv('a\t\r\n')).toEqual([['a', '']]);
  });

  it('keeps an empty row in the middle', () => {
    expect(parseTsv('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
  });

  it('reads quoted cells with line breaks, tabs and doubled quotes as Excel writes them', () => {
    const text = '"regel 1\nregel 2"\t"met\ttab"\t"zei ""ja"""\r\nx\ty\tz\r\n';
    expect(parseTsv(text)).toEqual([
      ['regel 1\nregel 2', 'met\ttab', 'zei "ja"'],
      ['x', 'y', 'z'],
    ]);
  });

  it('turns CRLF inside a quoted cell into LF', () => {
    expect(parseTsv('"a\r\nb"\tc')).toEqual([['a\nb', 'c']]);
  });

  it('takes a quote that does not close a cell literally (Word writes text as is)', () => {
    expect(parseTsv('"Samen" sterk\tb\r\n')).toEqual([['"Samen" sterk', 'b']]);
    expect(parseTsv('5" scherm\tb')).toEqual([['5" scherm', 'b']]);
    expect(parseTsv('"open\tb\nc')).toEqual([['"open', 'b'], ['c']]);
  });

  it('reads a lone CR as a row break (old Mac Excel)', () => {
    expect(parseTsv('a\tb\rc\td\r')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('reads nothing from empty text', () => {
    expect(parseTsv('')).toEqual([]);
  });

  it('keeps Dutch text and spaces exactly', () => {
    expect(parseTsv('  € 1.234,50 \tcoöperatie')).toEqual([['  € 1.234,50 ', 'coöperatie']]);
  });
});

describe('toTsv', () => {
  it('quotes only cells that need it and ends rows with CRLF', () => {
    expect(toTsv([['a', 'b c'], ['regel 1\nregel 2', 'zei "ja"']])).toBe('a\tb c\r\n"regel 1\nregel 2"\t"zei ""ja"""\r\n');
  });

  it('round-trips through parseTsv', () => {
    const block = [
      ['tab\there', '', '"quoted"'],
      ['line\nbreak', 'plain', 'x'],
    ];
    expect(parseTsv(toTsv(block))).toEqual(block);
  });
});

describe('toHtmlTable', () => {
  it('escapes cell text and turns line breaks into <br>', () => {
    expect(toHtmlTable([['<b>vet</b> & "zo"', 'a\nb']])).toBe(
      '<table><tbody><tr><td>&lt;b&gt;vet&lt;/b&gt; &amp; &quot;zo&quot;</td><td>a<br>b</td></tr></tbody></table>',
    );
  });
});

describe('blockSize', () => {
  it('takes the longest row as the width', () => {
    expect(blockSize([['a'], ['b', 'c', 'd'], []])).toEqual({ rows: 3, cols: 3 });
  });
});
