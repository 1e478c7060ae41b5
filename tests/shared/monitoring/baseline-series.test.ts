/** "Maak meting": what a nulmeting already says, lifted into measurements, for two municipalities. */
import { describe, expect, it } from 'vitest';
import { measurementsInBaseline } from '../../../shared/monitoring/index.ts';

const ind = (baseline: string, year: number | null = null, value: number | null = null, measurements: { period: string }[] = []) =>
  ({ baseline, baselineYear: year, baselineValue: value, measurements }) as never;

describe('measurements in a nulmeting', () => {
  it("reads Dronten's phrasings: the structured value first, then the earlier years the text gives", () => {
    expect(measurementsInBaseline(ind('Dronten: 7,9% van de huishoudens (januari 2024). In oktober 2020 was dit 6,7%. Landelijk 8%.', 2024, 7.9))).toEqual([
      { period: '2024', value: 7.9, from: 'structured' },
      { period: '2020-10', value: 6.7, from: 'text' },
    ]);
    expect(measurementsInBaseline(ind('32% van de huishoudens (landelijk, 2024). In 2012 en 2015 was dit nog 45%'))).toEqual([
      { period: '2012', value: 45, from: 'text' },
      { period: '2015', value: 45, from: 'text' },
    ]);
  });

  it('reads another municipality\'s counts the same way, and 1.450 as a count', () => {
    expect(measurementsInBaseline(ind('Zeewolde telde 1.520 deelnemers in 2024; in 2021 was dit 1.450.', 2024, 1520))).toEqual([
      { period: '2024', value: 1520, from: 'structured' },
      { period: '2021', value: 1450, from: 'text' },
    ]);
  });

  it('leaves out what the series already has, and guesses nothing else', () => {
    expect(measurementsInBaseline(ind('In oktober 2020 was dit 6,7%', 2024, 7.9, [{ period: '2024' }, { period: 'oktober 2020' }]))).toEqual([]);
    expect(measurementsInBaseline(ind('Nulmeting volgt in 2026; het aantal was hoog.'))).toEqual([]);
  });
});
