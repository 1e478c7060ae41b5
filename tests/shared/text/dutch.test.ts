/** Dutch wording helpers (shared/text): what officers read in notices, lists, dates and numbers. */
import { describe, expect, it } from 'vitest';
import {
  capitalize,
  DUTCH_TIME_ZONE,
  escapeHtml,
  formatDate,
  formatDateTime,
  formatNumber,
  formatTime,
  isoDate,
  listAnd,
  listOr,
  longDate,
  monthName,
  plainNumber,
  plural,
  shorten,
} from '../../../shared/text/dutch.ts';

describe('words', () => {
  it('capitalizes only the first character', () => {
    expect(capitalize('doel 3 verwijderen')).toBe('Doel 3 verwijderen');
    expect(capitalize('')).toBe('');
    expect(capitalize('rij 2, kolom Code')).toBe('Rij 2, kolom Code');
  });

  it('shortens to one line of at most max characters, ending in an ellipsis without a space before it', () => {
    expect(shorten('  kort\n  genoeg ', 40)).toBe('kort genoeg');
    expect(shorten('abcdefghij', 10)).toBe('abcdefghij');
    expect(shorten('abcdefghijk', 10)).toBe('abcdefghi…');
    expect(shorten('abcdefgh jk', 10)).toBe('abcdefgh…');
    expect(shorten('x'.repeat(500), 200)).toHaveLength(200);
  });

  it('never cuts an emoji or accented letter in half', () => {
    const cut = shorten('abcdefgh👍 rest', 10);
    expect(cut).toBe('abcdefgh…');
    expect(shorten('abcdefghe\u0301 rest', 10)).toBe('abcdefgh…');
  });

  it('uses the Dutch plural forms with Dutch digits', () => {
    expect(plural(0, 'fout', 'fouten')).toBe('0 fouten');
    expect(plural(1, 'fout', 'fouten')).toBe('1 fout');
    expect(plural(2, 'fout', 'fouten')).toBe('2 fouten');
    expect(plural(1234, 'kaart', 'kaarten')).toBe('1.234 kaarten');
  });

  it('lists with "en" and "of"', () => {
    expect(listAnd([])).toBe('');
    expect(listAnd(['a'])).toBe('a');
    expect(listAnd(['a', 'b'])).toBe('a en b');
    expect(listAnd(['a', 'b', 'c'])).toBe('a, b en c');
    expect(listOr(['Hoog', 'Midden', 'Laag'])).toBe('Hoog, Midden of Laag');
  });
});

describe('numbers', () => {
  it('formats for reading and for reading back', () => {
    expect(formatNumber(1234567.5)).toBe('1.234.567,5');
    expect(plainNumber(1234567.5)).toBe('1234567,5');
    expect(plainNumber(0.123456789012345)).toBe('0,123456789012345');
  });
});

describe('dates', () => {
  it('shows a calendar date as the same day in every zone', () => {
    expect(formatDate('2024-09-26')).toBe('26-09-2024');
    expect(formatDate('2024-09-26', 'America/Los_Angeles')).toBe('26-09-2024');
  });

  it('shows a moment in Europe/Amsterdam, summer and winter time alike', () => {
    expect(formatDateTime('2026-07-01T21:30:00Z', DUTCH_TIME_ZONE)).toBe('01-07-2026 23:30');
    expect(formatDateTime('2026-12-31T23:05:00Z', DUTCH_TIME_ZONE)).toBe('01-01-2027 00:05');
    expect(formatDate(new Date('2026-12-31T23:05:00Z'), DUTCH_TIME_ZONE)).toBe('01-01-2027');
    expect(formatTime('2026-03-29T00:30:00Z', DUTCH_TIME_ZONE)).toBe('01:30');
    expect(formatTime('2026-03-29T01:30:00Z', DUTCH_TIME_ZONE)).toBe('03:30');
    expect(isoDate(new Date('2026-11-22T23:30:00Z'), DUTCH_TIME_ZONE)).toBe('2026-11-23');
    expect(isoDate(new Date('2026-11-22T23:30:00Z'), 'UTC')).toBe('2026-11-22');
  });

  it('keeps unreadable text visible', () => {
    expect(formatDate('kapot')).toBe('kapot');
    expect(formatDateTime('kapot')).toBe('kapot');
    expect(formatTime('kapot')).toBe('');
  });

  it('writes long dates and month names in Dutch', () => {
    expect(longDate('2026-11-22')).toBe('22 november 2026');
    expect(longDate('2024-03-01')).toBe('1 maart 2024');
    expect([1, 2, 3, 12].map(monthName)).toEqual(['januari', 'februari', 'maart', 'december']);
    expect(monthName(0)).toBe('');
    expect(monthName(13)).toBe('');
  });
});

describe('escapeHtml', () => {
  it('turns every markup character into text', () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;');
  });
});
