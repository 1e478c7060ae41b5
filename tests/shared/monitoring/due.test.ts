/**
 * Due and overdue (shared/monitoring/due.ts): nulmetingen promised by the indicator's status or
 * the programme's first year, and the next measurement after the latest one at the indicator's
 * own rhythm; overdue once the promised period has ended.
 */
import { describe, expect, it } from 'vitest';
import { computeProgrammeProgress, dueItems } from '../../../shared/monitoring/index.ts';
import type { Measurement, Programme } from '../../../shared/model/types.ts';
import { dronten, m } from './fixtures.ts';

function withGoalMeasurements(p: Programme, indicatorId: string, list: Measurement[]): Programme {
  return { ...p, goals: p.goals.map((g) => ({ ...g, indicators: g.indicators.map((i) => (i.id === indicatorId ? { ...i, measurements: list } : i)) })) };
}

const due = (p: Programme, today: string) => dueItems(p, computeProgrammeProgress(p), today);
const find = (p: Programme, today: string, id: string) => due(p, today).find((d) => d.indicatorId === id);

describe('nulmetingen', () => {
  const BZ = dronten('bestaanszekerheid');

  it('a nulmeting the indicator promises for a year: verwacht in that year, te laat after it', () => {
    // Bestaanszekerheid 1-I2: "Nulmeting 2026", status nulmeting volgt.
    const id = BZ.goals[0]!.indicators[1]!.id;
    expect(find(BZ, '2025-06-01', id)).toBeUndefined();
    expect(find(BZ, '2026-03-01', id)).toMatchObject({ kind: 'baseline', promised: '2026', overdue: false, reason: 'de indicator zegt: nulmeting volgt in 2026' });
    expect(find(BZ, '2027-01-01', id)).toMatchObject({ kind: 'baseline', overdue: true });
  });

  it('without a promised year the programme’s first year (Gezond Samenleven 4-I3)', () => {
    const GS = dronten('gezond-samenleven');
    const id = GS.goals[3]!.indicators[2]!.id;
    expect(find(GS, '2026-12-03', id)).toMatchObject({ kind: 'baseline', promised: '2025', overdue: true, reason: 'nog geen nulmeting; het programma begint in 2025' });
  });

  it('a measurement with a value is the start: no nulmeting owed any more, the next measurement is', () => {
    const id = BZ.goals[0]!.indicators[1]!.id;
    const p = withGoalMeasurements(BZ, id, [m('2026', 12)]);
    expect(find(p, '2027-02-01', id)).toMatchObject({ kind: 'measurement', promised: '2027', overdue: false, reason: 'de laatste meting is van 2026' });
  });
});

describe('the next measurement', () => {
  const BZ = dronten('bestaanszekerheid');
  const id = 'g3-i1'; // 67% in 2022, minimaal 70% in 2028

  it('a year after the nulmeting when nothing was measured yet', () => {
    expect(find(BZ, '2026-12-03', id)).toMatchObject({ kind: 'measurement', promised: '2023', until: '2023-12-31', overdue: true, reason: 'na de nulmeting van 2022' });
  });

  it('yearly: the year after the latest measurement', () => {
    const p = withGoalMeasurements(BZ, id, [m('2024', 66), m('2025', 68)]);
    expect(find(p, '2026-05-01', id)).toMatchObject({ promised: '2026', overdue: false });
    expect(find(p, '2027-01-01', id)).toMatchObject({ promised: '2026', overdue: true });
    expect(find(p, '2025-12-01', id)).toBeUndefined();
  });

  it('quarterly: the quarter after the latest one', () => {
    const p = withGoalMeasurements(BZ, id, [m('2026-Q2', 68), m('2026-Q3', 68.2)]);
    expect(find(p, '2026-11-15', id)).toMatchObject({ promised: 'Q4 2026', until: '2026-12-31', overdue: false });
    expect(find(p, '2027-01-02', id)).toMatchObject({ promised: 'Q4 2026', overdue: true });
  });

  it('lists te laat first, the oldest promise first', () => {
    const list = due(BZ, '2026-12-03');
    const firstDue = list.findIndex((d) => !d.overdue);
    expect(list.slice(0, firstDue).every((d) => d.overdue)).toBe(true);
    expect(list.slice(firstDue).every((d) => !d.overdue)).toBe(true);
    const untils = list.slice(0, firstDue).map((d) => d.until);
    expect(untils).toEqual([...untils].sort());
  });
});
