/**
 * The progress rule (shared/monitoring/progress.ts) on Dronten's real indicators and on an
 * invented second municipality, Lindenhaven: direction (higher and lower is better), ranges,
 * relative and keep targets, missing data, subgroups, scopes, provisional and final values, and
 * the officer's override with its required explanation.
 */
import { describe, expect, it } from 'vitest';
import { computeIndicatorProgress, type IndicatorProgress } from '../../../shared/monitoring/index.ts';
import { DRONTEN_YEARS, LINDENHAVEN, LINDENHAVEN_YEARS, dronten, goalIndicatorOf, m, withMeasurements } from './fixtures.ts';
import type { GoalIndicator, Measurement } from '../../../shared/model/types.ts';

const BZ = dronten('bestaanszekerheid');
const GS = dronten('gezond-samenleven');

function drontenProgress(id: string, measurements: Measurement[], programme = BZ): IndicatorProgress {
  return computeIndicatorProgress('goalIndicator', withMeasurements(goalIndicatorOf(programme, id), measurements), DRONTEN_YEARS);
}

function lindenhaven(ind: GoalIndicator, measurements: Measurement[]): IndicatorProgress {
  return computeIndicatorProgress('goalIndicator', withMeasurements(ind, measurements), LINDENHAVEN_YEARS);
}

const statusOf = (p: IndicatorProgress) => p.status;

describe('Dronten: a minimum to reach (g3-i1: 67% in 2022, minimaal 70% in 2028)', () => {
  it('reads the nulmeting and target from the structured parts', () => {
    const p = drontenProgress('g3-i1', [m('2025', 68.6)]);
    expect(p.start).toMatchObject({ value: 67, year: 2022, fromMeasurement: false });
    expect(p.target).toMatchObject({ kind: 'min', value: 70, year: 2028 });
    // Halfway between 2022 and 2028 the straight line stands at 68,5%.
    expect(p.expected).toEqual({ low: 68.5, high: Infinity });
    expect(p.status).toBe('on-track');
    expect(p.explanation).toContain('volgens een rechte lijn van de nulmeting (67% in 2022) naar minimaal 70% in 2028 was minstens 68,5% verwacht');
  });

  it('is risico a little under the path and achter far under it', () => {
    expect(statusOf(drontenProgress('g3-i1', [m('2025', 67)]))).toBe('at-risk');
    expect(statusOf(drontenProgress('g3-i1', [m('2025', 64)]))).toBe('behind');
    const reached = drontenProgress('g3-i1', [m('2025', 64), m('2028', 70.2)]);
    expect(reached.status).toBe('on-track');
    expect(reached.explanation).toContain('de streefwaarde is gehaald');
  });

  it('follows the latest period, not the order of the list', () => {
    const p = drontenProgress('g3-i1', [m('2026', 64), m('2025-Q1', 68)]);
    expect(p.latest?.period.key).toBe('2026');
    expect(p.status).toBe('behind');
  });
});

describe('Dronten: lower is better (g2-i1: maximaal 3%, already 3% in 2022)', () => {
  it('is op koers at or under the maximum, risico just over it, achter beyond', () => {
    expect(statusOf(drontenProgress('g2-i1', [m('2025', 2.8)]))).toBe('on-track');
    expect(statusOf(drontenProgress('g2-i1', [m('2025', 3.1)]))).toBe('at-risk');
    expect(statusOf(drontenProgress('g2-i1', [m('2025', 3.5)]))).toBe('behind');
  });
});

describe('Dronten: a direction without a number (g1-i1: 295 meldingen in 2023, "neemt toe")', () => {
  it('takes the nulmeting from the text and judges the direction', () => {
    const up = drontenProgress('g1-i1', [m('2025', 310)]);
    expect(up.start).toMatchObject({ value: 295, year: 2023 });
    expect(up.status).toBe('on-track');
    expect(up.explanation).toContain('zonder streefgetal telt de richting');
    expect(statusOf(drontenProgress('g1-i1', [m('2025', 285)]))).toBe('at-risk');
    expect(statusOf(drontenProgress('g1-i1', [m('2025', 250)]))).toBe('behind');
  });
});

describe('Dronten: what the rule cannot judge is onbekend, with the reason', () => {
  it('a shift has no number (g1-i2)', () => {
    const p = drontenProgress('g1-i2', [m('2026', 40), m('2027', 35)]);
    expect(p.status).toBe('unknown');
    expect(p.explanation).toContain('verschuiving');
  });

  it('an indicator still to be developed (Gezond Samenleven g5-i1)', () => {
    const p = drontenProgress('g5-i1', [m('2025', 40)], GS);
    expect(p.status).toBe('unknown');
    expect(p.explanation).toContain('nog worden ontwikkeld');
  });

  it('no measurement yet, or only of another scope', () => {
    expect(drontenProgress('g3-i1', []).explanation).toBe('Onbekend: er is nog geen meting.');
    const regional = drontenProgress('g3-i1', [m('2025', 80, { scope: 'regio' })]);
    expect(regional.status).toBe('unknown');
    expect(regional.explanation).toContain('alleen metingen van de regio');
  });

  it('a latest measurement without a value', () => {
    const p = drontenProgress('g3-i1', [m('2025', 68.6), m('2026', null, { note: 'Enquête uitgesteld' })]);
    expect(p.status).toBe('unknown');
    expect(p.explanation).toContain('de laatste meting (2026) heeft geen waarde');
  });

  it('says which measurements it could not use', () => {
    const p = drontenProgress('g3-i1', [m('2025', 68.6), m('ongeveer 2026', 50), m('2026', 1200, { unit: 'aantal' })]);
    expect(p.status).toBe('on-track');
    expect(p.latest?.value).toBe(68.6);
    expect(p.explanation).toContain('1 meting heeft een periode die Koers niet kan lezen');
    expect(p.explanation).toContain('1 meting is in een andere eenheid');
  });

  it('a result indicator has no target of its own', () => {
    const ind = BZ.goals[0]!.subGoals[0]!.results[0]!.indicators[0]!;
    const p = computeIndicatorProgress('resultIndicator', { ...ind, measurements: [m('2024', 10), m('2025', 12)] }, DRONTEN_YEARS);
    expect(p.status).toBe('unknown');
    expect(p.latest?.value).toBe(12);
    expect(p.explanation).toContain('resultaatindicator heeft geen streefwaarde');
  });
});

describe('Dronten: subgroups (Gezond Samenleven g1-i2: per age group in the text)', () => {
  it('gives each subgroup its own nulmeting and target; the headline waits for a value for everyone', () => {
    const p = drontenProgress(
      'g1-i2',
      [m('2025', 76.4, { subgroup: 'Jongeren' }), m('2025', 74, { subgroup: 'Volwassenen' }), m('2025', 60, { subgroup: 'ouderen' })],
      GS,
    );
    expect(p.status).toBe('unknown');
    expect(p.explanation).toContain('alleen metingen per subgroep');
    const by = Object.fromEntries(p.subgroups.map((s) => [s.subgroup.toLowerCase(), s]));
    // Jongeren: 76% in 2023 towards 77% in 2028; in 2025 the line stands at 76,4%.
    expect(by.jongeren!.status).toBe('on-track');
    // Volwassenen: 75% already above the 72% the text asks: op koers while above it.
    expect(by.volwassenen!.status).toBe('on-track');
    // Ouderen: 66% in 2022 towards 67%; 60% is far under.
    expect(by.ouderen!.status).toBe('behind');
  });

  it('a subgroup never sets the headline status', () => {
    const p = drontenProgress('g3-i1', [m('2025', 68.6), m('2025', 50, { subgroup: '18-26 jaar' })]);
    expect(p.status).toBe('on-track');
    expect(p.subgroups).toEqual([expect.objectContaining({ subgroup: '18-26 jaar', status: 'unknown' })]);
  });
});

describe('Dronten: one value per period', () => {
  it('definitief wins over voorlopig, whatever the order', () => {
    const provisional = m('2025', 64, { valueStatus: 'provisional' });
    const final = m('2025', 68.6, { valueStatus: 'final' });
    expect(statusOf(drontenProgress('g3-i1', [provisional, final]))).toBe('on-track');
    expect(statusOf(drontenProgress('g3-i1', [final, provisional]))).toBe('on-track');
    // Two of the same standing: the last one entered.
    expect(statusOf(drontenProgress('g3-i1', [m('2025', 68.6), m('2025', 64)]))).toBe('behind');
  });
});

describe('Dronten: the officer overrides with an explanation', () => {
  it('an assessment with an explanation sets the status; the rule stays beside it', () => {
    const judged = m('2025', 64, { assessment: 'on-track', assessmentNote: 'Nieuwe vraagstelling in de monitor; de daling is een trendbreuk.' });
    const p = drontenProgress('g3-i1', [judged]);
    expect(p.status).toBe('on-track');
    expect(p.computed).toBe('behind');
    expect(p.overriddenBy).toBe(judged.id);
    expect(p.explanation).toBe('Nieuwe vraagstelling in de monitor; de daling is een trendbreuk.');
    expect(p.ruleExplanation).toMatch(/^Achter: 2025: 64%/);
  });

  it('an assessment without an explanation does not count', () => {
    const p = drontenProgress('g3-i1', [m('2025', 64, { assessment: 'on-track', assessmentNote: '  ' })]);
    expect(p.status).toBe('behind');
    expect(p.overriddenBy).toBeNull();
    expect(p.explanation).toContain('Het oordeel "op koers" bij de meting van 2025 telt niet: de toelichting ontbreekt.');
  });

  it('a newer measurement ends an older assessment', () => {
    const p = drontenProgress('g3-i1', [m('2024', 66, { assessment: 'on-track', assessmentNote: 'Tijdelijke dip' }), m('2025', 64)]);
    expect(p.status).toBe('behind');
    expect(p.overriddenBy).toBeNull();
  });

  it('a qualitative measurement can carry the assessment of an indicator without a target', () => {
    const ind = BZ.goals[0]!.subGoals[0]!.results[0]!.indicators[0]!;
    const p = computeIndicatorProgress(
      'resultIndicator',
      { ...ind, measurements: [m('2025', 12), m('2025-Q4', null, { assessment: 'at-risk', assessmentNote: 'Minder meldingen van scholen dan afgesproken.' })] },
      DRONTEN_YEARS,
    );
    expect(p.status).toBe('at-risk');
    expect(p.computed).toBe('unknown');
  });
});

describe('Lindenhaven (invented; programme 2024-2027)', () => {
  it('lower is better: maximaal 8% in 2027 from 12% in 2023', () => {
    expect(statusOf(lindenhaven(LINDENHAVEN.smoking, [m('2025', 10.3)]))).toBe('on-track');
    expect(statusOf(lindenhaven(LINDENHAVEN.smoking, [m('2025', 10.7)]))).toBe('at-risk');
    expect(statusOf(lindenhaven(LINDENHAVEN.smoking, [m('2025', 11.2)]))).toBe('behind');
    expect(lindenhaven(LINDENHAVEN.smoking, [m('2027', 7.5)]).explanation).toContain('de streefwaarde is gehaald');
  });

  it('quarters lie on the same line as years', () => {
    // Q2 2025 lies just before the middle of 2025: the path is at about 10,13%.
    const p = lindenhaven(LINDENHAVEN.smoking, [m('2025-Q2', 10.4)]);
    expect(p.expected!.high).toBeCloseTo(10.13, 1);
    expect(p.status).toBe('on-track');
  });

  it('a range: tussen 34% en 36%, from 31% in 2023 (target year: the programme end, 2027)', () => {
    const p = lindenhaven(LINDENHAVEN.volunteers, [m('2025', 32)]);
    expect(p.expected).toEqual({ low: 32.5, high: 36 });
    expect(p.status).toBe('on-track');
    expect(statusOf(lindenhaven(LINDENHAVEN.volunteers, [m('2025', 31.5)]))).toBe('at-risk');
    expect(statusOf(lindenhaven(LINDENHAVEN.volunteers, [m('2025', 30)]))).toBe('behind');
    // Above the range is off the target as well.
    expect(statusOf(lindenhaven(LINDENHAVEN.volunteers, [m('2027', 37)]))).toBe('at-risk');
  });

  it('a relative target: met 20% verminderen from 400 huishoudens', () => {
    const p = lindenhaven(LINDENHAVEN.arrears, [m('2025', 365)]);
    expect(p.expected!.high).toBe(360);
    expect(p.status).toBe('on-track');
    expect(statusOf(lindenhaven(LINDENHAVEN.arrears, [m('2025', 375)]))).toBe('at-risk');
    expect(statusOf(lindenhaven(LINDENHAVEN.arrears, [m('2025', 390)]))).toBe('behind');
  });

  it('keep the level: both ways count until a polarity says which way is good', () => {
    expect(statusOf(lindenhaven(LINDENHAVEN.carers, [m('2025', 14.2)]))).toBe('on-track');
    expect(statusOf(lindenhaven(LINDENHAVEN.carers, [m('2025', 14.5)]))).toBe('at-risk');
    expect(statusOf(lindenhaven(LINDENHAVEN.carers, [m('2025', 13.2)]))).toBe('behind');
    const lowerIsBetter = { ...LINDENHAVEN.carers, polarity: 'lower-is-better' as const };
    expect(statusOf(lindenhaven(lowerIsBetter, [m('2025', 13.2)]))).toBe('on-track');
  });

  it('an exact target: overshooting the good way is fine with a polarity, off the target without', () => {
    expect(statusOf(lindenhaven(LINDENHAVEN.reading, [m('2027', 78)]))).toBe('on-track');
    expect(statusOf(lindenhaven({ ...LINDENHAVEN.reading, polarity: null }, [m('2027', 78)]))).toBe('at-risk');
  });

  it('no nulmeting yet: the first measurement is the start, and one measurement says nothing', () => {
    const one = lindenhaven(LINDENHAVEN.loneliness, [m('2024', 20)]);
    expect(one.status).toBe('unknown');
    expect(one.explanation).toContain('nog maar één meting');
    const two = lindenhaven(LINDENHAVEN.loneliness, [m('2024', 20), m('2025', 19)]);
    expect(two.start).toMatchObject({ value: 20, year: 2024, fromMeasurement: true });
    expect(two.status).toBe('on-track');
    expect(statusOf(lindenhaven(LINDENHAVEN.loneliness, [m('2024', 20), m('2025', 21.5)]))).toBe('behind');
  });

  it('a nulmeting without a year starts at the programme’s first year', () => {
    const p = lindenhaven({ ...LINDENHAVEN.smoking, baseline: '12%' }, [m('2025', 10)]);
    expect(p.start).toMatchObject({ value: 12, year: 2024 });
  });
});
