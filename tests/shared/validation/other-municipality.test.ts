/**
 * The engine on a programme of another municipality (the invented Lindewaard, 2026-2029), held
 * out from the Dronten texts it grew on. Each case is a cause found when such a programme was
 * validated: direction from the goal when its words differ from the indicator's, a bare number as
 * a target, counted nouns in targets, thousands dots before a counted noun, "afneemt", and
 * messages that name Dronten, the ASD or a fixed year.
 */
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../../shared/indicator/index.ts';
import type { Goal, GoalIndicator, Programme } from '../../../shared/model/types.ts';
import { validateProgramme } from '../../../shared/validation/index.ts';
import { findings, tiny } from './fixtures.ts';

/** One goal with one indicator, in Lindewaard's period; the uitwerking names no direction. */
function lindewaard(indicator: Partial<GoalIndicator>, goal: Partial<Goal> = {}): Programme {
  const base = tiny({ direction: null, baselineValue: null, targetValue: null, baselineYear: null, targetYear: null, ...indicator }, goal);
  base.goals[0]!.subGoals[0]!.title = 'Samen met partners in de wijk';
  return { ...base, id: 'lindewaard-meedoen', name: 'Meedoen in Lindewaard', municipality: 'Lindewaard', period: '2026-2029' };
}

describe('direction comes from the goal, the uitwerking and the indicator itself', () => {
  it('a "Meer ..." goal whose words the indicator does not share still sets the direction: a target below the baseline is flagged', () => {
    const p = lindewaard(
      { indicator: '% volwassenen dat wekelijks sport', baseline: '55% (2025)', target: '45% in 2029' },
      { title: 'Meer inwoners bewegen voldoende' },
    );
    const [f] = findings(p, 'V13');
    expect(f?.message).toContain('Volgens het doel "Meer inwoners bewegen voldoende" moet de waarde stijgen');
  });

  it('the same target under a "Minder ..." goal passes, and an indicator that names its own direction speaks for itself', () => {
    expect(findings(lindewaard({ indicator: '% volwassenen dat wekelijks sport', baseline: '55% (2025)', target: 'Maximaal 45% in 2029' }, { title: 'Minder inwoners zitten stil' }), 'V13')).toEqual([]);
    const own = lindewaard({ indicator: 'Het aantal meldingen van overlast neemt af', baseline: '120 meldingen (2025)', target: 'Minimaal 150 meldingen' }, { title: 'Meer inwoners voelen zich veilig' });
    expect(findings(own, 'V13')[0]?.message).toContain('Volgens de indicator');
  });

  it('reads "afneemt" as a decrease, in a target written as a subordinate clause', () => {
    expect(parseTarget('We willen dat het aantal voortijdig schoolverlaters afneemt').comparators[0]?.kind).toBe('decrease');
    expect(parseTarget('Zorgen dat het gebruik van de voedselbank toeneemt').comparators[0]?.kind).toBe('increase');
    expect(findings(lindewaard({ indicator: 'Aantal voortijdig schoolverlaters', baseline: '40 (2025)', target: 'We willen dat het aantal voortijdig schoolverlaters afneemt' }), 'V11')).toEqual([]);
  });
});

describe('a target needs a comparator', () => {
  const bare = { indicator: 'Aantal buurtinitiatieven', unit: 'aantal', baseline: '38 (2025)', target: '50' };

  it('a bare "50" with no direction anywhere is a warning, with an example in the programme\'s own end year', () => {
    const [f] = findings(lindewaard(bare, { title: 'Inwoners zetten zich in voor hun buurt' }), 'V11');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('"50" is alleen een getal');
    expect(f?.message).toContain('"Minimaal 50 in 2029"');
  });

  it('is complete with a comparator, or when the wording or the structured direction says which way', () => {
    expect(findings(lindewaard({ ...bare, target: 'Minimaal 50 in 2029' }, { title: 'Inwoners zetten zich in voor hun buurt' }), 'V11')).toEqual([]);
    expect(findings(lindewaard(bare, { title: 'Meer inwoners zetten zich in voor hun buurt' }), 'V11')).toEqual([]);
    expect(findings(lindewaard({ ...bare, direction: 'min' }, { title: 'Inwoners zetten zich in voor hun buurt' }), 'V11')).toEqual([]);
  });
});

describe('counted nouns are counts', () => {
  it('"300 deelnemers" in a target is a count, not 300%, under an indicator worded as a percentage', () => {
    const p = lindewaard({ indicator: 'Percentage jongeren dat meedoet aan de sportweek', unit: null, baseline: '240 deelnemers (2025)', target: 'Minimaal 300 deelnemers in 2029' });
    expect(findings(p, 'V18').map((f) => f.message)).toEqual([]);
    expect(parseTarget('Minimaal 300 deelnemers in 2029').comparators[0]?.unit).toBe('aantal');
  });

  it('"1.450 deelnemers" cannot mean 1,45 and needs no confirmation; a bare "1.450" still does', () => {
    expect(findings(lindewaard({ indicator: 'Aantal deelnemers aan de sportweek', unit: 'aantal', baseline: '1.450 deelnemers (2025)', target: 'Minimaal 1.600 deelnemers' }), 'V23')).toEqual([]);
    expect(findings(lindewaard({ indicator: 'Aantal deelnemers aan de sportweek', unit: 'aantal', baseline: '1.450 (2025)', target: 'Minimaal 1.600 deelnemers' }), 'V23')).toHaveLength(1);
  });
});

describe('messages speak for any municipality', () => {
  it('a regional nulmeting is measured against Lindewaard, not Dronten', () => {
    const [f] = findings(lindewaard({ indicator: '% inwoners dat vrijwilligerswerk doet', baseline: 'Regionaal 31% (2025)', target: 'Minimaal 35%' }), 'V9');
    expect(f?.message).toContain('geen cijfer van de gemeente Lindewaard');
  });

  it('no finding on a whole held-out programme names Dronten, the ASD or a year the programme does not mention', () => {
    // A later period than any Dronten text names, so a year fixed in code stands out.
    const p = { ...lindewaard({ indicator: 'Aantal buurtinitiatieven', unit: 'aantal', baseline: 'Nulmeting volgt', target: '' }, { title: 'Inwoners zetten zich in voor hun buurt' }), period: '2031-2034' };
    const messages = validateProgramme(p, { today: '2031-09-01' }).map((f) => f.message);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).not.toMatch(/Dronten|Drontens|\bASD\b/);
      for (const year of message.match(/\b20\d\d\b/g) ?? []) expect(['2031', '2032', '2033', '2034'], message).toContain(year);
    }
    expect(messages.join(' ')).toContain('Nulmeting in 2032');
  });
});
