/** Measurements (issue 13): V41 one value per measurement, V42 an assessment against the numbers. */
import { describe, expect, it } from 'vitest';
import type { Measurement, Programme } from '../../../shared/model/types.ts';
import { Validator } from '../../../shared/validation/index.ts';
import { BZ, findings, programme } from './fixtures.ts';
import { m } from '../monitoring/fixtures.ts';

function withMeasurements(p: Programme, indicatorId: string, list: Measurement[]): Programme {
  const copy = structuredClone(p);
  for (const g of copy.goals) {
    for (const ind of g.indicators) if (ind.id === indicatorId) ind.measurements = list;
    for (const s of g.subGoals) for (const r of s.results) for (const ind of r.indicators) if (ind.id === indicatorId) ind.measurements = list;
  }
  return copy;
}

const source = 'Monitor Sociaal Domein';

describe('V41 one value per measurement', () => {
  it('two values for one indicator, period, scope, subgroup and source conflict; another source, subgroup or scope does not', () => {
    const first = m('2025', 68.6, { source });
    const second = m('Q4 2025', 70, { source });
    const conflict = m('2025', 64, { source: 'monitor  sociaal domein' });
    const p = withMeasurements(programme(BZ), 'g3-i1', [
      first,
      second,
      conflict,
      m('2025', 50, { source: 'CBS' }),
      m('2025', 51, { source, subgroup: '18-26 jaar' }),
      m('2025', 52, { source, scope: 'regio' }),
    ]);
    const found = findings(p, 'V41');
    expect(found.map((f) => [f.entityId, f.field, f.severity])).toEqual([[conflict.id, 'value', 'warning']]);
    expect(found[0]!.entityKind).toBe('measurement');
    expect(found[0]!.message).toContain('Twee metingen voor 2025, bron "monitor sociaal domein" hebben een andere waarde (68,6 en 64)');
  });

  it('periods are compared by what they mean: "Q3 2025" is "2025-Q3"', () => {
    const a = m('2025-Q3', 10);
    const b = m('derde kwartaal 2025', 11);
    expect(findings(withMeasurements(programme(BZ), 'g1-s1-r1-i1', [a, b]), 'V41').map((f) => f.entityId)).toEqual([b.id]);
  });

  it('a duplicate, a voorlopig value beside a definitief one, and an unreadable period', () => {
    const provisional = m('2024', 66, { valueStatus: 'provisional' });
    const final = m('2024', 67.4, { valueStatus: 'final' });
    const twice = [m('2023', 67), m('2023', 67)];
    const vague = m('ongeveer 2025', 68);
    const found = findings(withMeasurements(programme(BZ), 'g3-i1', [provisional, final, ...twice, vague]), 'V41');
    expect(found.map((f) => [f.entityId, f.field, f.severity])).toEqual(
      expect.arrayContaining([
        [provisional.id, 'valueStatus', 'info'],
        [twice[1]!.id, null, 'info'],
        [vague.id, 'period', 'warning'],
      ]),
    );
    expect(found).toHaveLength(3);
  });
});

describe('V42 an assessment against the numbers', () => {
  it('"op koers" where the rule says achter is a warning with what the rule saw', () => {
    const judged = m('2025', 64, { assessment: 'on-track', assessmentNote: 'Nieuwe vraagstelling in de monitor.' });
    const found = findings(withMeasurements(programme(BZ), 'g3-i1', [judged]), 'V42');
    expect(found.map((f) => [f.entityId, f.field, f.severity])).toEqual([[judged.id, 'assessment', 'warning']]);
    expect(found[0]!.message).toContain('volgens de rekenregel staat de indicator op achter: Achter: 2025: 64%');
  });

  it('agreeing with the rule, or a sterner judgement, says nothing; a missing explanation does', () => {
    const agree = m('2025', 68.6, { assessment: 'on-track', assessmentNote: 'Zoals gepland.' });
    expect(findings(withMeasurements(programme(BZ), 'g3-i1', [agree]), 'V42')).toEqual([]);
    const sterner = m('2025', 68.6, { assessment: 'at-risk', assessmentNote: 'De stijging komt door één wijk.' });
    expect(findings(withMeasurements(programme(BZ), 'g3-i1', [sterner]), 'V42')).toEqual([]);
    const bare = m('2025', 64, { assessment: 'on-track' });
    const found = findings(withMeasurements(programme(BZ), 'g3-i1', [bare]), 'V42');
    expect(found.map((f) => [f.entityId, f.field])).toEqual([[bare.id, 'assessmentNote']]);
    expect(found[0]!.message).toContain('telt daarom niet mee');
  });

  it('runs again in the incremental validator when a measurement changes', () => {
    const judged = m('2025', 68.6, { assessment: 'on-track', assessmentNote: 'Zoals gepland.' });
    const before = withMeasurements(programme(BZ), 'g3-i1', [judged]);
    const validator = new Validator();
    expect(validator.validate(before).filter((f) => f.ruleId === 'V42')).toEqual([]);
    const after = withMeasurements(before, 'g3-i1', [{ ...judged, value: 60 }]);
    expect(validator.update(after, [judged.id]).filter((f) => f.ruleId === 'V42').map((f) => f.entityId)).toEqual([judged.id]);
  });
});
