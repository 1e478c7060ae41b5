/** Group D: units, numbers and periods (V18-V24). */
import { describe, expect, it } from 'vitest';
import { allProgrammes, BZ, findings, GS, KG, on, programme, tiny, withIndicator, withSubGoal } from './fixtures.ts';

describe('V18 unit declared, values fit', () => {
  it('passes the seeded programmes', () => {
    for (const p of allProgrammes()) expect(findings(p, 'V18')).toEqual([]);
  });

  it('does not read "112 buurtinitiatieven" as 112% just because the indicator is a percentage', () => {
    expect(on(findings(programme(GS), 'V18'), 'g2-i2')).toEqual([]);
  });

  it.each([
    ['a percentage above 100', { baseline: '112% (2025)' }, 'baseline'],
    ['a count with decimals', { indicator: 'Aantal meldingen', unit: 'aantal', baseline: '12,5 meldingen (2025)', target: 'Minimaal 15' }, 'baseline'],
    ['a relative decrease beyond 100%', { target: 'met 150% verminderen' }, 'target'],
    ['an unknown unit', { unit: 'stuks' }, 'unit'],
    ['a structured value out of range', { baselineValue: 140 }, 'baselineValue'],
  ])('flags %s', (_name, patch, field) => {
    const f = findings(tiny(patch), 'V18');
    expect(f.map((x) => [x.field, x.severity])).toContainEqual([field, 'error']);
  });

  it('flags values without any unit', () => {
    const f = findings(tiny({ indicator: 'Mate van tevredenheid', unit: null, baseline: '40 (2025)', target: 'Minimaal 50' }), 'V18');
    expect(f[0]?.field).toBe('unit');
  });
});

describe('V19 one unit for indicator, nulmeting and streefwaarde', () => {
  it('flags "% inwoners dat actief is ..." with "112 buurtinitatieven" (002:2293-2304)', () => {
    const f = on(findings(programme(GS), 'V19'), 'g2-i2', 'baseline');
    expect(f[0]?.message).toContain('percentage');
    expect(f[0]?.message).toContain('aantal');
  });

  it('flags "Aantal jeugdigen dat wacht" with a nulmeting in days', () => {
    expect(on(findings(programme(KG), 'V19'), 'g3-i1', 'baseline')).toHaveLength(1);
  });

  it('passes "% uithuisplaatsingen", whose nulmeting has a percentage besides the counts', () => {
    expect(on(findings(programme(KG), 'V19'), 'g4-i1')).toEqual([]);
  });

  it('flags a streefwaarde in another unit', () => {
    expect(findings(tiny({ target: 'Minimaal 5 dagen' }), 'V19').map((x) => x.field)).toEqual(['target']);
  });

  it('reads a streefwaarde that counts a noun as a count, as a nulmeting is read: another unit than a percentage, never "500%"', () => {
    const counted = tiny({ target: 'Minimaal 500 deelnemers' });
    expect(findings(counted, 'V19').map((x) => x.message)).toEqual([expect.stringContaining('de streefwaarde is in aantal')]);
    expect(findings(counted, 'V18')).toEqual([]);
  });
});

describe('V20 percentage matches numerator and denominator', () => {
  it('flags "3% (ca. 1.115 van 10.996)", which is 10,1% (002:2483)', () => {
    const f = on(findings(programme(GS), 'V20'), 'g3-i2', 'baseline');
    expect(f.map((x) => x.severity)).toEqual(['error']);
    expect(f[0]!.message).toContain('10,1%');
  });

  it('passes "14 % ... (9 van de 65 kinderen)": 13,8% rounds to 14%', () => {
    expect(on(findings(programme(KG), 'V20'), 'g2-i1')).toEqual([]);
  });
});

describe('V21 subgroups', () => {
  it('passes Jongeren/Jongvolwassenen/Volwassenen/Ouderen in both cells, each with its year (002:1680-1689)', () => {
    expect(on(findings(programme(GS), 'V21'), 'g1-i2')).toEqual([]);
  });

  it('flags a subgroup without a streefwaarde', () => {
    const p = withIndicator(programme(GS), 'g1-i2', { target: 'Jongeren 77%; Volwassenen 76%; Jongvolwassenen: 66 %' });
    expect(on(findings(p, 'V21'), 'g1-i2', 'target')[0]?.message).toContain('zonder streefwaarde: Ouderen');
  });

  it('flags a single streefwaarde for a nulmeting by subgroup', () => {
    const p = withIndicator(programme(GS), 'g1-i2', { target: '78%' });
    expect(on(findings(p, 'V21'), 'g1-i2', 'target')).toHaveLength(1);
  });

  it('flags subgroup values without a year', () => {
    const p = withIndicator(programme(GS), 'g1-i2', { baseline: 'Jongeren: 76%; Jongvolwassenen: 65%; Volwassenen: 75%; Ouderen: 66%', baselineYear: null });
    expect(on(findings(p, 'V21'), 'g1-i2', 'baseline')).toHaveLength(1);
  });
});

describe('V22 explicit period, part-years flagged', () => {
  it('flags "57 t/m mei" (002:2301-2302)', () => {
    expect(on(findings(programme(GS), 'V22'), 'g2-i2')[0]?.message).toContain('2025 t/m mei');
  });

  it('flags "Van 01-01-2024 tot 01-10-2024 ... 15" (002:3999-4001)', () => {
    expect(on(findings(programme(KG), 'V22'), 'g4-i1')).toHaveLength(1);
  });

  it('passes whole years and school years', () => {
    expect(findings(tiny({ baseline: '40% (schooljaar 2024/2025)' }), 'V22')).toEqual([]);
    expect(on(findings(programme(BZ), 'V22'), 'g1-i1')).toEqual([]);
  });
});

describe('V23 unambiguous Dutch numbers', () => {
  it('asks to confirm "1.115" and "10.996" (002:2483)', () => {
    const f = on(findings(programme(GS), 'V23'), 'g3-i2', 'baseline');
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(f[0]!.message).toContain('"1.115" kan 1115 of 1,115 betekenen');
  });

  it('passes "43,9 %" and "1.237.449"', () => {
    expect(on(findings(programme(GS), 'V23'), 'g1-i1')).toEqual([]);
    expect(findings(tiny({ indicator: 'Budget', unit: 'euro', baseline: '€ 1.237.449 (2025)', target: 'Maximaal € 1.500.000' }), 'V23')).toEqual([]);
  });

  it('flags English decimal notation', () => {
    expect(findings(tiny({ baseline: '43.9% (2025)' }), 'V23')[0]?.message).toContain('Engels');
  });
});

describe('V24 one value per measurement', () => {
  it('passes the nulmeting "3,6% (2023)" that the problem text of doel 4 repeats', () => {
    expect(findings(withIndicator(programme(BZ), 'g4-i1', { baseline: '3,6% kinderen in armoede (2023)' }), 'V24')).toEqual([]);
  });

  it('flags a problem text that quotes another value for the same year', () => {
    const p = withSubGoal(programme(BZ), 'g4-s1', { problem: 'Volgens het CBS leefde 4,1 % van alle kinderen in 2023 in armoede.' });
    const f = on(findings(withIndicator(p, 'g4-i1', { baseline: '3,6% kinderen in armoede (2023)' }), 'V24'), 'g4-i1');
    expect(f[0]?.message).toContain('4,1%');
  });

  it('treats values of different years as a series, not a conflict (67% in 2022 vs 74,6% in 2023, 002:1063/1099)', () => {
    const p = withSubGoal(programme(BZ), 'g3-s1', { problem: 'De arbeidsparticipatie: het aandeel van de werkzame beroepsbevolking in de bevolking was 74,6% in 2023.' });
    expect(on(findings(p, 'V24'), 'g3-i1')).toEqual([]);
  });

  it('flags the same indicator and source with another value for the same year in another programme', () => {
    const all = allProgrammes();
    const bz = all.find((p) => p.id === BZ)!;
    const kg = withIndicator(all.find((p) => p.id === KG)!, 'g1-i1', { indicator: '% huishoudens met een laag inkomen', baseline: '5% (2022)', source: 'CBS (www.zichtopwijken.nl)' });
    const f = on(findings(bz, 'V24', { otherProgrammes: [kg] }), 'g2-i1');
    expect(f[0]?.message).toContain('Kansengelijkheid');
  });
});
