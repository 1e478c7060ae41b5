import { describe, expect, it } from 'vitest';
import { formatDutchNumber, parseDutchNumber } from '../../../shared/indicator/index.ts';

describe('parseDutchNumber', () => {
  it.each([
    ['43,9', 43.9, false],
    ['7,9%', 7.9, false],
    ['45,0 %', 45, false],
    ['1.237.449', 1237449, false],
    ['€ 1.237.449', 1237449, false],
    ['€ 4.000,-', 4000, false],
    ['1.237.449,50', 1237449.5, false],
    ['126', 126, false],
    ['0,125', 0.125, false],
    ['-10%', -10, false],
    ['1.115', 1115, true],
    ['10.996', 10996, true],
    ['1,234', 1.234, true],
  ])('%s reads as %d (ambiguous: %s)', (raw, value, ambiguous) => {
    const n = parseDutchNumber(raw);
    expect(n?.value).toBe(value);
    expect(n?.ambiguous).toBe(ambiguous);
    expect(n?.nonDutch).toBe(false);
  });

  it('gives the other reading of an ambiguous number', () => {
    expect(parseDutchNumber('1.115')?.alternative).toBe(1.115);
    expect(parseDutchNumber('1,234')?.alternative).toBe(1234);
  });

  it('does not flag amounts and round thousands as ambiguous', () => {
    expect(parseDutchNumber('4.000')?.ambiguous).toBe(false);
    expect(parseDutchNumber('€ 1.115')?.ambiguous).toBe(false);
  });

  it('recognises English notation and says so', () => {
    expect(parseDutchNumber('3.6')).toMatchObject({ value: 3.6, nonDutch: true });
    expect(parseDutchNumber('1,234,567')).toMatchObject({ value: 1234567, nonDutch: true });
  });

  it('marks euro and percent', () => {
    expect(parseDutchNumber('€ 4.000,-')).toMatchObject({ euro: true, percent: false });
    expect(parseDutchNumber('7,9%')).toMatchObject({ euro: false, percent: true, decimals: 1 });
  });

  it.each(['', 'abc', '1.2.3,4,5', '12a', '--5', '€'])('rejects %j', (raw) => {
    expect(parseDutchNumber(raw)).toBeNull();
  });
});

describe('formatDutchNumber', () => {
  it.each([
    [43.9, '43,9'],
    [1237449, '1.237.449'],
    [3.6, '3,6'],
    [10.0999, '10,1'],
    [-1500, '-1.500'],
    [0, '0'],
  ])('%d -> %s', (value, text) => {
    expect(formatDutchNumber(value)).toBe(text);
  });

  it('keeps written decimals when asked', () => {
    expect(formatDutchNumber(45, 2, 1)).toBe('45,0');
  });
});
