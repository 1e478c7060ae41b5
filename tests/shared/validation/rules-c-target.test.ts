/** Group C: the streefwaarde (V11-V17). */
import { describe, expect, it } from 'vitest';
import { BZ, findings, GS, KG, on, programme, tiny, withIndicator, withResult } from './fixtures.ts';

describe('V11 streefwaarde has a direction and a year', () => {
  it('passes "Maximaal 3%", "Tussen de 78% en 80%", "met 50% verminderen"', () => {
    expect(on(findings(programme(BZ), 'V11'), 'g2-i1')).toEqual([]);
    expect(on(findings(programme(GS), 'V11'), 'g4-i1')).toEqual([]);
    expect(on(findings(programme(KG), 'V11'), 'g4-i1')).toEqual([]);
  });

  it('flags the empty streefwaarde of "Aantal inwoners in dagbesteding" (BZ doel 3)', () => {
    expect(on(findings(programme(BZ), 'V11'), 'g3-i3', 'target').map((x) => x.severity)).toEqual(['error']);
  });

  it('leaves an empty streefwaarde after a planned nulmeting to V16', () => {
    expect(on(findings(programme(BZ), 'V11'), 'g4-i2')).toEqual([]);
  });

  it('flags text without direction or comparator', () => {
    expect(findings(tiny({ target: 'Zie toelichting' }), 'V11')[0]?.message).toContain('geen richting');
  });

  it('warns on a target year outside the programme period', () => {
    expect(findings(tiny({ target: 'Minimaal 50% in 2031' }), 'V11')[0]?.message).toContain('2031');
  });
});

describe('V12 range', () => {
  it('passes "Tussen de 78% en 80%" (002:2678)', () => {
    expect(on(findings(programme(GS), 'V12'), 'g4-i1')).toEqual([]);
  });

  it('flags a range with the high bound first', () => {
    expect(findings(tiny({ target: 'Tussen de 80% en 78%' }), 'V12')[0]?.message).toContain('ondergrens is hoger');
  });

  it('flags a range in another unit than the indicator', () => {
    expect(findings(tiny({ indicator: 'Aantal deelnemers', unit: 'aantal', baseline: '40 (2025)', target: 'Tussen 5% en 8%' }), 'V12')[0]?.message).toContain('eenheid van de indicator');
  });
});

describe('V13 direction matches the wording', () => {
  it('flags Volwassenen 75% -> 72% under "Meer inwoners ervaren de eigen gezondheid als goed" (002:1683 vs 1687)', () => {
    const f = on(findings(programme(GS), 'V13'), 'g1-i2', 'target');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('Volwassenen van 75% naar 72%');
    expect(f[0]!.message).not.toContain('Jongeren');
  });

  it('flags "De huidige 7% behouden of verlagen" under "... basisvaardigheden ... stijgt" (002:4114 vs 4130)', () => {
    expect(on(findings(programme(KG), 'V13'), 'g5-i1')).toHaveLength(1);
  });

  it('passes "Minder inwoners zijn eenzaam" with 46% -> 45%', () => {
    expect(on(findings(programme(GS), 'V13'), 'g3-i1')).toEqual([]);
  });

  it('passes "% mantelzorgers dat overbelast is" 3% -> 2% under "Meer inwoners die mantelzorger zijn, kunnen ..."', () => {
    expect(on(findings(programme(GS), 'V13'), 'g3-i2')).toEqual([]);
  });

  it('passes Bestaanszekerheid, whose targets follow their uitwerkingen', () => {
    expect(findings(programme(BZ), 'V13')).toEqual([]);
  });

  it('fails when the wording is turned around', () => {
    const p = programme(GS);
    p.goals[2]!.subGoals[0]!.title = 'Meer inwoners zijn eenzaam';
    expect(on(findings(p, 'V13'), 'g3-i1')).toHaveLength(1);
  });
});

describe('V14 polarity', () => {
  it('flags "% met startkwalificatie" with a nulmeting "zonder" and target "Maximaal 10%" (002:1082-1090)', () => {
    const f = on(findings(programme(BZ), 'V14'), 'g3-i4');
    expect(f.map((x) => x.field).sort()).toEqual(['baseline', 'target']);
  });

  it('flags "% kinderen in groep 3 zonder extra ondersteuning" with "kan niet mee komen" (002:3549-3562)', () => {
    expect(on(findings(programme(KG), 'V14'), 'g2-i1').map((x) => x.field)).toEqual(['baseline']);
  });

  it('passes "% kinderen in armoede" with "Maximaal 2,3%"', () => {
    expect(on(findings(programme(BZ), 'V14'), 'g4-i1')).toEqual([]);
  });

  it('uses an explicit polarity over the wording', () => {
    const p = tiny({ indicator: '% inwoners met een uitkering', baseline: '40% (2025)', target: 'Maximaal 30%' });
    expect(findings(p, 'V14')).toEqual([]);
    expect(findings(p, 'V14', { polarity: { 'g1-i1': 'higher-is-better' } })).toHaveLength(1);
  });
});

describe('V15 relative target needs a matching nulmeting', () => {
  it('flags "met 50% verminderen" on a stock (63) and a part-year inflow (15) (002:3996-4011)', () => {
    const f = on(findings(programme(KG), 'V15'), 'g4-i1', 'target');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('stand');
    expect(f[0]!.message).toContain('deel van een jaar');
  });

  it('passes when the nulmeting has the inflow over a full year', () => {
    const p = withIndicator(programme(KG), 'g4-i1', {
      baseline: 'In 2024 zijn 21 jeugdigen ingestroomd in jeugdhulp met verblijf.',
    });
    expect(findings(p, 'V15')).toEqual([]);
  });
});

describe('V16 target not set says when or why', () => {
  it('passes "Specifieke streefwaarde volgt in 2027 na nulmeting 2026" (002:318-320)', () => {
    expect(on(findings(programme(BZ), 'V16'), 'g1-i2')).toEqual([]);
  });

  it('passes "niet te bepalen" with its reason (002:3910-3912)', () => {
    expect(on(findings(programme(KG), 'V16'), 'g3-i1')).toEqual([]);
  });

  it('flags "Streefwaarde zal afhankelijk zijn van de nulmeting." without a year (002:3431)', () => {
    const f = on(findings(programme(KG), 'V16'), 'g1-i1');
    expect(f[0]?.message).toContain('geen jaar');
    expect(f[0]?.message).toContain('nulmeting 2025');
  });

  it('flags "niet te bepalen" without a reason', () => {
    expect(findings(tiny({ target: 'Streefwaarde is niet te bepalen.' }), 'V16')[0]?.message).toContain('geen reden');
  });
});

describe('V17 result does not contradict goal', () => {
  it('flags Doel 4: goal "Maximaal 2,3%" against result "daalt of blijft maximaal 3,6%" (002:1425 vs 1453)', () => {
    const f = on(findings(programme(BZ), 'V17'), 'g4-s1-r1', 'text');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('maximaal 3,6%');
    expect(f[0]!.message).toContain('maximaal 2,3%');
  });

  it('passes result 2.5 "... in 2028 maximaal 7,9%" against goal "Maximaal 7,9%", and 3.10 (70%)', () => {
    const f = findings(programme(BZ), 'V17');
    expect(on(f, 'g2-s3-r1')).toEqual([]);
    expect(on(f, 'g3-s3-r1')).toEqual([]);
  });

  it('fails when result 2.5 is changed to another ceiling', () => {
    const p = withResult(programme(BZ), 'g2-s3-r1', { text: 'Het percentage huishoudens met problematische schulden is in 2028 maximaal 9%.' });
    expect(on(findings(p, 'V17'), 'g2-s3-r1')).toHaveLength(1);
  });
});
