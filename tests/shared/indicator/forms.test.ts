/**
 * Cell forms the real programmes do not (yet) contain but the user-needs analysis names:
 * school years, quarters, amounts, relative increases, status phrases, polarity wording.
 */
import { describe, expect, it } from 'vitest';
import {
  impliedTarget,
  inferPolarity,
  lexiconPolarity,
  parseBaseline,
  parseTarget,
  wordingDirection,
} from '../../../shared/indicator/index.ts';

describe('periods', () => {
  it.each([
    ['45% (schooljaar 2022/2023)', { kind: 'schoolYear', year: 2023, from: '2022-08-01', to: '2023-07-31', partial: false }],
    ['45% in 2022/2023', { kind: 'schoolYear', year: 2023 }],
    ['12 meldingen in Q1 2026', { kind: 'quarter', year: 2026, from: '2026-01-01', to: '2026-03-31', partial: true }],
    ['30 aanvragen januari t/m mei 2025', { kind: 'range', from: '2025-01-01', to: '2025-05-31', partial: true }],
    ['Op 1-10-2024 waren er 63 jeugdigen', { kind: 'date', from: '2024-10-01', pointInTime: true }],
    ['Per 1 januari 2025: 40 plekken', { kind: 'date', from: '2025-01-01', pointInTime: true }],
    ['120 deelnemers van 2023 tot en met 2024', { kind: 'range', from: '2023-01-01', to: '2024-12-31', partial: false }],
  ])('%s', (text, period) => {
    const m = parseBaseline(text).measures[0];
    expect(m?.period).toMatchObject(period);
  });

  it('a cell heading year reaches the values of its clause only', () => {
    const c = parseBaseline('Nulmeting: 2023. De wachttijd was 60 dagen.');
    expect(c.measures[0]?.period).toBeNull();
  });
});

describe('units and amounts', () => {
  it.each([
    ['€ 4.000,- per jaar', 4000, 'euro'],
    ['€ 1.237.449', 1237449, 'euro'],
    ['1.500 euro', 1500, 'euro'],
    ['12 weken', 12, 'weken'],
    ['rapportcijfer 7,4', 7.4, 'score'],
    ['3 dagen', 3, 'dagen'],
  ])('%s', (text, value, unit) => {
    expect(parseBaseline(text).measures[0]).toMatchObject({ value, unit });
  });

  it('a frequency is not a value', () => {
    expect(parseBaseline('Netwerkbijeenkomsten 2x per jaar').measures).toEqual([]);
  });
});

describe('comparators', () => {
  it.each([
    ['Minimaal 70%', 'min', 70],
    ['ten minste 12 deelnemers', 'min', 12],
    ['Maximaal 7,9% van de huishoudens', 'max', 7.9],
    ['niet meer dan 10 weken', 'max', 10],
    ['45,0 %', 'exact', 45],
    ['Tussen 5 en 8%', 'range', 5],
    ['neemt af', 'decrease', null],
    ['Het aantal blijft gelijk', 'maintain', null],
    ['daalt of blijft gelijk', 'maintainOrDecrease', null],
    ['Clienttevredenheid blijft minimaal hetzelfde of stijgt', 'maintainOrIncrease', null],
  ])('%s -> %s', (text, kind, value) => {
    expect(parseTarget(text).comparators[0]).toMatchObject({ kind, value });
  });

  it.each([
    ['het aantal meldingen met 20% verhogen', 20],
    ['een daling van 10% ten opzichte van 2024', -10],
    ['-10%', -10],
    ['+5%', 5],
    ['De wachtlijst halveren', -50],
  ])('relative: %s', (text, percent) => {
    expect(parseTarget(text).comparators[0]).toMatchObject({ kind: 'relative', percent });
  });

  it('"een stabiel inkomen" is not a target to keep things equal', () => {
    expect(parseTarget('Inwoners hebben een stabiel en voorspelbaar inkomen').comparators).toEqual([]);
  });

  it('gives the absolute value a relative target implies on a full-year baseline', () => {
    const baseline = parseBaseline('In 2024 stroomden 40 jeugdigen in jeugdhulp met verblijf in.');
    const target = parseTarget('De instroom in jeugdhulp met verblijf met 50% verminderen.');
    expect(impliedTarget(baseline, target)).toMatchObject({ value: 20 });
  });

  it('gives no implied value on a one-day stock', () => {
    const baseline = parseBaseline('Op 1-10-2024 waren er 63 jeugdigen uithuisgeplaatst.');
    expect(impliedTarget(baseline, parseTarget('met 50% verminderen'))).toBeNull();
  });
});

describe('status lifecycle', () => {
  it.each([
    ['Te ontwikkelen', 'baseline', 'to-be-developed', null],
    ['Verder te ontwikkelen: voorbeelden zijn', 'baseline', 'to-be-developed', null],
    ['Nulmeting volgt in 2026', 'baseline', 'baseline-pending', 2026],
    ['Nulmeting vindt plaats in 2025', 'baseline', 'baseline-pending', 2025],
    ['Streefwaarde volgt in 2027', 'target', 'target-pending', 2027],
    ['Indicator is niet meetbaar omdat er geen registratie is', 'baseline', 'not-measurable', null],
    ['Zie programma Gezond Samenleven', 'target', 'delegated', null],
    ['Voor deze groep zijn geen cijfers beschikbaar.', 'baseline', 'not-measurable', null],
  ] as const)('%s (%s) -> %s', (text, role, status, year) => {
    const c = role === 'baseline' ? parseBaseline(text) : parseTarget(text);
    expect(c.status).toMatchObject({ status, year });
  });

  it('an empty cell is empty, not unparsed', () => {
    expect(parseBaseline('   ')).toMatchObject({ empty: true, unparsed: false, status: null, description: 'Leeg' });
  });

  it('text without value, comparator or status is flagged unparsed', () => {
    const c = parseBaseline('Zie de toelichting in hoofdstuk drie');
    expect(c.unparsed).toBe(true);
    expect(c.description).toMatch(/^Niet herkend/);
  });
});

describe('polarity and wording', () => {
  it.each([
    ['% kinderen in armoede', 'lower-is-better'],
    ['% schoolverlaters met startkwalificatie.', 'higher-is-better'],
    ['12% van 18 t/m 30 jarige verlaat school zonder startkwalificatie', 'lower-is-better'],
    ['% kinderen in groep 3 zonder extra ondersteuning', 'higher-is-better'],
    ['14 % van de VVE doelgroepkinderen kan niet mee komen in groep 3', 'lower-is-better'],
    ['% inwoners dat eenzaam is', 'lower-is-better'],
  ])('%s: %s', (text, polarity) => {
    expect(lexiconPolarity(text)?.polarity).toBe(polarity);
  });

  it('says nothing about neutral wording', () => {
    expect(lexiconPolarity('Aantal meldingen en adviesvragen huiselijk geweld')).toBeNull();
  });

  it('infers polarity from the target first, the words second', () => {
    const max = parseTarget('Maximaal 3%').comparators[0]!;
    expect(inferPolarity({ indicatorText: 'x', target: max, baselineValue: 3 })).toEqual({ polarity: 'lower-is-better', basis: 'target' });
    expect(inferPolarity({ indicatorText: '% inwoners dat eenzaam is', target: null, baselineValue: null })).toEqual({ polarity: 'lower-is-better', basis: 'wording' });
    expect(inferPolarity({ explicit: 'higher-is-better', indicatorText: 'armoede', target: max, baselineValue: 3 }).basis).toBe('explicit');
  });

  it.each([
    ['Meer inwoners halen de beweegnorm', 'up'],
    ['Minder thuiszitters met leerplicht', 'down'],
    ['Het aantal uithuisplaatsingen neemt af', 'down'],
    ['Percentage kinderen (0 tot 18 jaar) in armoede daalt of blijft gelijk', 'downOrSame'],
    ['Het percentage huishoudens met een laag inkomen blijft gelijk', 'same'],
    ['Inwoners hebben een stabiel en voorspelbaar (basis)inkomen', null],
  ])('wording "%s" -> %s', (text, movement) => {
    expect(wordingDirection(text)).toBe(movement);
  });
});
