/** Measurement periods (shared/monitoring/period.ts): the forms Koers writes, Dutch wordings, and what is refused. */
import { describe, expect, it } from 'vitest';
import { comparePeriods, parsePeriod } from '../../../shared/monitoring/index.ts';

const read = (text: string) => {
  const p = parsePeriod(text);
  return p && { kind: p.kind, key: p.key, label: p.label, from: p.from, to: p.to };
};

describe('parsePeriod', () => {
  it('reads years, quarters, half years, months and days in the forms Koers writes', () => {
    expect(read('2025')).toEqual({ kind: 'year', key: '2025', label: '2025', from: '2025-01-01', to: '2025-12-31' });
    expect(read('2025-Q3')).toEqual({ kind: 'quarter', key: '2025-Q3', label: 'Q3 2025', from: '2025-07-01', to: '2025-09-30' });
    expect(read('2025-H2')).toEqual({ kind: 'half', key: '2025-H2', label: '2e halfjaar 2025', from: '2025-07-01', to: '2025-12-31' });
    expect(read('2025-10')).toEqual({ kind: 'month', key: '2025-10', label: 'oktober 2025', from: '2025-10-01', to: '2025-10-31' });
    expect(read('2024-02-29')).toEqual({ kind: 'date', key: '2024-02-29', label: '29-2-2024', from: '2024-02-29', to: '2024-02-29' });
    expect(read('2023/2024')).toEqual({ kind: 'schoolYear', key: '2023/2024', label: 'schooljaar 2023/2024', from: '2023-08-01', to: '2024-07-31' });
    expect(read('2024-01-01/2024-09-15')).toEqual({ kind: 'range', key: '2024-01-01/2024-09-15', label: '1-1-2024 t/m 15-9-2024', from: '2024-01-01', to: '2024-09-15' });
    expect(read('2023-2025')).toMatchObject({ kind: 'range', key: '2023-2025', from: '2023-01-01', to: '2025-12-31' });
  });

  it('gives one key to one period however it is written', () => {
    const keys = (texts: string[]) => new Set(texts.map((t) => parsePeriod(t)?.key));
    expect(keys(['2025-Q3', 'Q3 2025', '2025Q3', 'q3-2025', 'derde kwartaal 2025', 'K3 2025', '2025-07-01/2025-09-30'])).toEqual(new Set(['2025-Q3']));
    expect(keys(['2025-10', '10-2025', 'oktober 2025', 'okt 2025', '2025-10-01/2025-10-31'])).toEqual(new Set(['2025-10']));
    expect(keys(['2025-H1', 'eerste halfjaar 2025', 'januari t/m juni 2025', '2025-01/2025-06'])).toEqual(new Set(['2025-H1']));
    expect(keys(['2025', ' 2025 ', '2025-01-01/2025-12-31'])).toEqual(new Set(['2025']));
    expect(keys(['schooljaar 2023/2024', '2023/24', '2023/2024'])).toEqual(new Set(['2023/2024']));
    expect(keys(['1-10-2025', 'peildatum 1-10-2025', '2025-10-01'])).toEqual(new Set(['2025-10-01']));
  });

  it('refuses what is not one period, or more than a period', () => {
    for (const text of ['', 'x', 'ongeveer 2025', '2025 en 2026', '2025-13', '2024-02-30', '2026-2024', 'Q5 2025', '12345']) {
      expect(parsePeriod(text), text).toBeNull();
    }
    expect(parsePeriod(null)).toBeNull();
    expect(parsePeriod(2025)?.key).toBe('2025');
  });

  it('places each period at its middle, so quarters and years share one time line', () => {
    expect(parsePeriod('2025')!.at).toBe(2025.5);
    expect(parsePeriod('2025-Q1')!.at).toBeCloseTo(2025.123, 3);
    expect(parsePeriod('2025-Q4')!.at).toBeCloseTo(2025.874, 3);
    const sorted = ['2026', '2025-Q4', '2025', '2025-Q1', '2024/2025'].map((t) => parsePeriod(t)!).sort(comparePeriods);
    expect(sorted.map((p) => p.key)).toEqual(['2024/2025', '2025-Q1', '2025', '2025-Q4', '2026']);
  });
});
