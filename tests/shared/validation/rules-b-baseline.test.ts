/** Group B: the nulmeting (V7-V10). */
import { describe, expect, it } from 'vitest';
import { BZ, findings, GS, KG, on, programme, tiny } from './fixtures.ts';

describe('V7 nulmeting complete or planned', () => {
  it('passes "Nulmeting 2023: 295 meldingen en 270 adviesvragen" with source CBS', () => {
    expect(on(findings(programme(BZ), 'V7'), 'g1-i1')).toEqual([]);
  });

  it('passes a planned nulmeting with a year ("Nulmeting 2026: ...")', () => {
    expect(on(findings(programme(BZ), 'V7'), 'g1-i2')).toEqual([]);
  });

  it('flags "7%" without a year (Kansengelijkheid doel 5)', () => {
    const f = on(findings(programme(KG), 'V7'), 'g5-i1', 'baseline');
    expect(f.map((x) => x.severity)).toEqual(['error']);
    expect(f[0]!.message).toContain('peiljaar');
  });

  it('flags a nulmeting announced without a year ("kunnen dienen als nulmeting", GS doel 4)', () => {
    const f = on(findings(programme(GS), 'V7'), 'g4-i3');
    expect(f.map((x) => x.severity)).toEqual(['error']);
    expect(f[0]!.message).toContain('zonder jaar');
  });

  it('warns on "Te ontwikkelen" (GS doel 5)', () => {
    expect(on(findings(programme(GS), 'V7'), 'g5-i1').map((x) => x.severity)).toEqual(['warning']);
  });

  it('reports an empty nulmeting as an error', () => {
    expect(findings(tiny({ baseline: '' }), 'V7').map((x) => x.severity)).toEqual(['error']);
  });

  it('reports a value without source', () => {
    expect(findings(tiny({ source: '' }), 'V7')[0]?.message).toContain('bron');
  });
});

describe('V8 nulmeting older than the table year', () => {
  it('passes a value of the nominal year', () => {
    expect(findings(tiny({ baseline: '40% (2025)' }), 'V8')).toEqual([]);
  });

  it('warns on "3% ... (2022)" under the header "Nulmeting 2025" (002:762, 775)', () => {
    const f = on(findings(programme(BZ), 'V8'), 'g2-i1');
    expect(f[0]?.message).toContain('van 2022, ouder dan het peiljaar 2025');
  });

  it('lists each subgroup year that is old (GS doel 1)', () => {
    expect(on(findings(programme(GS), 'V8'), 'g1-i2')[0]?.message).toContain('2022, 2023, 2024');
  });

  it('follows a per-goal header year, and is silent when the header has none', () => {
    expect(on(findings(programme(BZ), 'V8', { nominalBaselineYears: { g2: 2022 } }), 'g2-i1')).toEqual([]);
    expect(on(findings(programme(BZ), 'V8', { nominalBaselineYears: { g1: null } }), 'g1-i1')).toEqual([]);
  });
});

describe('V9 scope of the nulmeting', () => {
  it('passes a Dronten figure with a national comparison ("3% ... Landelijk is dit 4%")', () => {
    expect(on(findings(programme(BZ), 'V9'), 'g2-i1')).toEqual([]);
  });

  it('flags "Landelijk 3,6% kinderen in armoede (2023)" as a proxy (002:1417)', () => {
    const f = on(findings(programme(BZ), 'V9'), 'g4-i1');
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(f[0]!.message).toContain('landelijk cijfer');
  });

  it('flags "32% van de huishoudens (landelijk, 2024)" (002:788-790)', () => {
    expect(on(findings(programme(BZ), 'V9'), 'g2-i2')).toHaveLength(1);
  });

  it('accepts a national value that is labelled proxy', () => {
    expect(findings(tiny({ baseline: 'Landelijk 3,6% (2025), gebruikt als proxy' }), 'V9')).toEqual([]);
  });
});

describe('V10 overdue nulmeting', () => {
  it('is silent without a date (shared code has no clock)', () => {
    expect(findings(programme(KG), 'V10')).toEqual([]);
  });

  it('is silent while the planned year has not passed', () => {
    expect(findings(programme(KG), 'V10', { today: '2025-06-01' })).toEqual([]);
  });

  it('warns in 2026 on "Nulmeting in 2025" (Kansengelijkheid doel 2)', () => {
    const f = on(findings(programme(KG), 'V10', { today: '2026-03-01' }), 'g2-i2', 'baseline');
    expect(f.map((x) => x.severity)).toEqual(['warning']);
  });

  it('makes it an error in a voortgangsrapportage', () => {
    const f = on(findings(programme(KG), 'V10', { today: '2026-03-01', stage: 'progress-report' }), 'g2-i2');
    expect(f.map((x) => x.severity)).toEqual(['error']);
  });

  it('also reads result fields and result indicators ("Nulmeting in 2025", "(nulmeting in 2025)")', () => {
    const f = findings(programme(BZ), 'V10', { today: '2026-03-01' });
    expect(on(f, 'g1-s2-r5', 'measurableFrom')).toHaveLength(1);
    expect(on(f, 'g4-s1-r1-i2', 'text')).toHaveLength(1);
  });

  it('flags an overdue streefwaarde ("volgt in 2027", seen in 2028)', () => {
    expect(on(findings(programme(BZ), 'V10', { today: '2028-01-01' }), 'g1-i2', 'target')).toHaveLength(1);
  });
});
