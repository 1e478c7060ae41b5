/**
 * The model's confirmed structured parts (baselineScope, polarity, statusYear, statusReason,
 * statusReference, targetHigh, targetPercent) take precedence over what the text seems to say.
 */
import { describe, expect, it } from 'vitest';
import { findings, GS, KG, on, programme, tiny, withIndicator } from './fixtures.ts';

describe('confirmed structured parts', () => {
  it('V9: a confirmed national scope is a proxy even when the text names none', () => {
    expect(findings(tiny({ baselineScope: 'landelijk' }), 'V9')).toHaveLength(1);
    expect(findings(tiny(), 'V9')).toEqual([]);
  });

  it('V7: a confirmed planned year completes "... kunnen dienen als nulmeting"', () => {
    const p = withIndicator(programme(GS), 'g4-i3', { status: 'baseline-pending', statusYear: 2026 });
    expect(on(findings(p, 'V7'), 'g4-i3')).toEqual([]);
  });

  it('V10: the confirmed year is the one checked for being overdue', () => {
    const p = withIndicator(programme(GS), 'g4-i3', { status: 'baseline-pending', statusYear: 2025 });
    expect(on(findings(p, 'V10', { today: '2026-03-01' }), 'g4-i3', 'baseline')).toHaveLength(1);
  });

  it('V14: a confirmed polarity is used instead of the wording', () => {
    const p = tiny({ indicator: '% inwoners met een uitkering', target: 'Maximaal 30%', polarity: 'higher-is-better' });
    expect(findings(p, 'V14').map((f) => f.field)).toEqual(['target']);
  });

  it('V16: a confirmed reason completes "niet te bepalen"', () => {
    const bare = { target: 'Streefwaarde is niet te bepalen.' };
    expect(findings(tiny(bare), 'V16')).toHaveLength(1);
    expect(findings(tiny({ ...bare, statusReason: 'Geen invloed op de wachtlijsten' }), 'V16')).toEqual([]);
  });

  it('V12 and V18: confirmed bounds and percentages are checked too', () => {
    expect(findings(tiny({ targetValue: 80, targetHigh: 78 }), 'V12').map((f) => f.field)).toEqual(['targetHigh']);
    expect(findings(tiny({ targetPercent: -150 }), 'V18').map((f) => f.field)).toEqual(['targetPercent']);
  });

  it('V25: a confirmed reference is followed instead of the text', () => {
    const all = [programme('bestaanszekerheid'), programme(GS)];
    const kg = withIndicator(programme(KG), 'g1-i2', { statusReference: 'Uitvoeringsprogramma Onbekend' });
    expect(on(findings(kg, 'V25', { otherProgrammes: all }), 'g1-i2', 'baseline')[0]?.message).toContain('Onbekend');
  });
});
