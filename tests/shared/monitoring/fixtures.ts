/**
 * Measurements and indicators for the progress tests: Dronten's real indicators (the seeds, read
 * through shared/doc, so ids are g1-i1 ...) and an invented second municipality, Lindenhaven,
 * whose programme runs 2024-2027 and whose indicators are typed here.
 */
import * as Y from 'yjs';
import { readProgramme, seedProgramme } from '../../../shared/doc/index.ts';
import type { GoalIndicator, Measurement, Programme, ResultIndicator } from '../../../shared/model/types.ts';
import { seedProgrammeById } from '../../../shared/seed/programmes.ts';

let counter = 0;

export function m(period: string, value: number | null, extra: Partial<Measurement> = {}): Measurement {
  counter++;
  return {
    id: extra.id ?? `m${counter}`,
    period,
    value,
    unit: null,
    scope: null,
    subgroup: '',
    source: '',
    valueStatus: null,
    responseRate: null,
    sampleSize: null,
    note: '',
    assessment: null,
    assessmentNote: '',
    ...extra,
  };
}

export function dronten(id: 'bestaanszekerheid' | 'gezond-samenleven' | 'kansengelijkheid'): Programme {
  const doc = new Y.Doc();
  seedProgramme(doc, seedProgrammeById(id)!);
  return readProgramme(doc);
}

export function goalIndicatorOf(p: Programme, id: string): GoalIndicator {
  for (const g of p.goals) for (const ind of g.indicators) if (ind.id === id) return ind;
  throw new Error(`no goal indicator ${id}`);
}

export function withMeasurements<T extends GoalIndicator | ResultIndicator>(ind: T, measurements: Measurement[]): T {
  return { ...ind, measurements };
}

function indicator(patch: Partial<GoalIndicator>): GoalIndicator {
  return {
    id: 'lh-i1',
    indicator: '',
    baseline: '',
    target: '',
    source: '',
    unit: null,
    direction: null,
    status: 'measurable',
    baselineYear: null,
    baselineValue: null,
    targetYear: null,
    targetValue: null,
    notes: '',
    baselineScope: null,
    targetHigh: null,
    targetPercent: null,
    polarity: null,
    statusYear: null,
    statusReason: '',
    statusReference: '',
    measurements: [],
    ...patch,
  };
}

/** Lindenhaven's indicators, as its officers typed them (verbatim text and a few structured parts). */
export const LINDENHAVEN = {
  smoking: indicator({
    id: 'lh-roken',
    indicator: '% jongeren (12-17 jaar) dat dagelijks rookt',
    baseline: '12% (2023)',
    target: 'Maximaal 8% in 2027',
    unit: '%',
    source: 'Jeugdmonitor GGD',
  }),
  volunteers: indicator({
    id: 'lh-vrijwilligers',
    indicator: '% inwoners dat vrijwilligerswerk doet',
    baseline: '31% (2023)',
    target: 'Tussen de 34% en 36%',
    unit: '%',
  }),
  arrears: indicator({
    id: 'lh-achterstanden',
    indicator: 'Aantal huishoudens met betalingsachterstanden',
    baseline: 'In 2023 waren dit 400 huishoudens.',
    target: 'Het aantal huishoudens met betalingsachterstanden met 20% verminderen.',
    unit: 'aantal',
  }),
  carers: indicator({
    id: 'lh-mantelzorg',
    indicator: '% mantelzorgers dat zich overbelast voelt',
    baseline: '14% (2022)',
    target: 'Blijft gelijk',
    unit: '%',
  }),
  reading: indicator({
    id: 'lh-lezen',
    indicator: '% kinderen dat op niveau leest',
    baseline: '70% (2023)',
    target: '75% in 2027',
    unit: '%',
    polarity: 'higher-is-better',
  }),
  loneliness: indicator({
    id: 'lh-eenzaam',
    indicator: '% ouderen dat zich eenzaam voelt',
    baseline: 'Nulmeting volgt in 2024',
    target: 'Daalt',
    unit: '%',
    status: 'baseline-pending',
  }),
};

export const LINDENHAVEN_YEARS = { periodStart: 2024, periodEnd: 2027 };
export const DRONTEN_YEARS = { periodStart: 2025, periodEnd: 2028 };
