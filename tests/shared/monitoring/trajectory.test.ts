/**
 * The trajectory data behind an indicator's chart (shared/monitoring/trajectory.ts) and its Plot
 * description (trajectory-chart.ts): nulmeting, series, subgroups, the expected path with its
 * intermediate targets, the end target, the table alternative and black-and-white marks.
 */
import { describe, expect, it } from 'vitest';
import { computeIndicatorProgress, trajectoryOf, trajectoryPlot } from '../../../shared/monitoring/index.ts';
import { DRONTEN_YEARS, LINDENHAVEN, LINDENHAVEN_YEARS, dronten, goalIndicatorOf, m, withMeasurements } from './fixtures.ts';

const BZ = dronten('bestaanszekerheid');
const GS = dronten('gezond-samenleven');

describe('Dronten g3-i1: 67% in 2022, minimaal 70% in 2028', () => {
  const progress = computeIndicatorProgress('goalIndicator', withMeasurements(goalIndicatorOf(BZ, 'g3-i1'), [m('2025', 68.6), m('2024', 66)]), DRONTEN_YEARS);
  const t = trajectoryOf(progress, DRONTEN_YEARS);

  it('runs the path from the nulmeting to the target, with a target per year between', () => {
    expect(t.start).toMatchObject({ value: 67, label: '2022', fromMeasurement: false });
    expect(t.path?.map((p) => [p.at, p.value])).toEqual([[2022.5, 67], [2028.5, 70]]);
    expect(t.intermediate.map((p) => p.label)).toEqual(['2023', '2024', '2025', '2026', '2027']);
    expect(t.intermediate[2]!.value).toBeCloseTo(68.5, 6);
    expect(t.target).toMatchObject({ value: 70, low: 70, high: Infinity, text: 'minimaal 70% in 2028' });
  });

  it('lists every number as a table row, in time order, Dutch', () => {
    expect(t.series).toEqual([expect.objectContaining({ name: 'Iedereen', headline: true })]);
    expect(t.series[0]!.points.map((p) => p.label)).toEqual(['2024', '2025']);
    const whats = t.rows.map((r) => `${r.period} ${r.what} ${r.value}`);
    expect(whats[0]).toBe('2022 Nulmeting 67%');
    expect(whats).toContain('2025 Meting 68,6%');
    expect(whats).toContain('2025 Tussendoel (volgens het rechte pad) 68,5%');
    expect(whats.at(-1)).toBe('2028 Streefwaarde minimaal 70%');
    expect(whats.indexOf('2025 Meting 68,6%')).toBeLessThan(whats.indexOf('2025 Tussendoel (volgens het rechte pad) 68,5%'));
    expect(t.summary).toBe('Nulmeting 67% (2022); laatste meting 68,6% (2025); streefwaarde minimaal 70% in 2028; status op koers.');
  });

  it('describes a chart that reads without colour: dash patterns and shapes, never a colour', () => {
    const spec = trajectoryPlot(t, 'Indicator 3-I1');
    const json = JSON.stringify(spec);
    expect(json).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(|"(red|green|blue|orange)"/i);
    expect(spec.legend.map((l) => l.label)).toEqual(['Verwacht pad (rechte lijn naar de streefwaarde)', 'Tussendoel per jaar (volgens het pad)', 'Metingen (iedereen)', 'Nulmeting', 'Streefwaarde']);
    const shapes = spec.legend.map((l) => `${l.dash ?? '-'}/${l.symbol ?? '-'}/${l.filled}`);
    expect(new Set(shapes).size).toBe(shapes.length);
    expect(spec.options.x.ticks).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029]);
    expect(spec.options.ariaDescription).toBe(t.summary);
    expect(spec.marks.every((mk) => mk.data.every((d) => Object.values(d).every((v) => typeof v === 'string' || Number.isFinite(v))))).toBe(true);
  });
});

describe('subgroups as separate lines (Gezond Samenleven g1-i2)', () => {
  it('gives each subgroup its own line, dash and marker', () => {
    const ind = withMeasurements(goalIndicatorOf(GS, 'g1-i2'), [
      m('2024', 75, { subgroup: 'Jongeren' }),
      m('2025', 76.4, { subgroup: 'Jongeren' }),
      m('2025', 74, { subgroup: 'Volwassenen' }),
    ]);
    const t = trajectoryOf(computeIndicatorProgress('goalIndicator', ind, DRONTEN_YEARS), DRONTEN_YEARS);
    expect(t.series.map((s) => [s.name, s.headline, s.points.length])).toEqual([['Jongeren', false, 2], ['Volwassenen', false, 1]]);
    expect(t.rows.filter((r) => r.what.startsWith('Meting ')).map((r) => `${r.what} ${r.period}`)).toEqual(['Meting Jongeren 2024', 'Meting Jongeren 2025', 'Meting Volwassenen 2025']);
    const legend = trajectoryPlot(t, 'x').legend.filter((l) => l.label.startsWith('Metingen'));
    expect(legend.map((l) => [l.label, l.dash, l.symbol])).toEqual([['Metingen Jongeren', '2,3', 'square'], ['Metingen Volwassenen', '9,3,2,3', 'triangle']]);
  });
});

describe('Lindenhaven', () => {
  it('a maximum to get under: the path goes down to 8% in 2027', () => {
    const t = trajectoryOf(computeIndicatorProgress('goalIndicator', withMeasurements(LINDENHAVEN.smoking, [m('2025', 10.5)]), LINDENHAVEN_YEARS), LINDENHAVEN_YEARS);
    expect(t.path?.map((p) => p.value)).toEqual([12, 8]);
    expect(t.target).toMatchObject({ low: -Infinity, high: 8, text: 'maximaal 8% in 2027' });
    expect(t.intermediate.map((p) => [p.label, p.value])).toEqual([['2024', 11], ['2025', 10], ['2026', 9]]);
  });

  it('a range: the path ends at the near edge, and the table gives the whole range', () => {
    const t = trajectoryOf(computeIndicatorProgress('goalIndicator', withMeasurements(LINDENHAVEN.volunteers, [m('2024', 32)]), LINDENHAVEN_YEARS), LINDENHAVEN_YEARS);
    expect(t.path?.[1]).toMatchObject({ value: 34, label: '2027' });
    expect(t.rows.at(-1)).toEqual({ period: '2027', what: 'Streefwaarde', value: 'tussen 34% en 36%' });
    expect(trajectoryPlot(t, 'x').marks.some((mk) => mk.mark === 'ruleX')).toBe(true);
  });

  it('no nulmeting and no measurement: nothing to draw but the words', () => {
    const t = trajectoryOf(computeIndicatorProgress('goalIndicator', LINDENHAVEN.loneliness, LINDENHAVEN_YEARS), LINDENHAVEN_YEARS);
    expect(t).toMatchObject({ start: null, path: null, target: null, series: [], rows: [] });
    expect(t.summary).toBe('Nog geen meting; status onbekend.');
  });
});
