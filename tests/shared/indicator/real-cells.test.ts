/**
 * The parser on the real cells of the three Dronten programmes. Every cell must parse without
 * throwing and be understood; selected cells are checked part by part.
 */
import { describe, expect, it } from 'vitest';
import { parseBaseline, parseIndicatorText, parseMeasurableFrom, parseTarget } from '../../../shared/indicator/index.ts';
import type { ParsedCell } from '../../../shared/indicator/index.ts';
import { cell, REAL_CELLS, RESULT_TEXTS } from './cells.ts';

const BZ = 'bestaanszekerheid';
const GS = 'gezond-samenleven';
const KG = 'kansengelijkheid';

const primary = (c: ParsedCell) => c.measures.find((m) => m.role === 'primary');

describe('every real cell', () => {
  it.each(REAL_CELLS.map((c) => [c.where, c] as const))('%s parses, keeps the text and is understood', (_where, c) => {
    const b = parseBaseline(c.baseline);
    const t = parseTarget(c.target, { defaultTargetYear: 2028 });
    expect(b.text).toBe(c.baseline);
    expect(t.text).toBe(c.target);
    expect(b.empty || !b.unparsed).toBe(true);
    expect(t.empty || !t.unparsed).toBe(true);
    expect(b.description.length).toBeGreaterThan(0);
    expect(t.description.length).toBeGreaterThan(0);
  });

  it('covers all goal indicators of the three programmes', () => {
    expect(REAL_CELLS.length).toBe(30);
  });

  it.each(RESULT_TEXTS.map((t) => [t.slice(0, 50), t] as const))('result text %s parses as a target', (_s, text) => {
    expect(() => parseTarget(text)).not.toThrow();
  });
});

describe('nulmeting cells', () => {
  it('several measures in one cell: "Nulmeting 2023: 295 meldingen en 270 adviesvragen ..."', () => {
    const c = parseBaseline(cell(BZ, 1, 1).baseline);
    expect(c.text.startsWith('Nulmeting 2023: 295 meldingen en 270 adviesvragen')).toBe(true);
    expect(c.measures.map((m) => [m.value, m.label, m.period?.year, m.role])).toEqual([
      [295, 'meldingen', 2023, 'primary'],
      [270, 'adviesvragen', 2023, 'additional'],
    ]);
    expect(c.status?.status).toBe('measurable');
    expect(c.description).toBe('295 meldingen; 270 adviesvragen (2023)');
  });

  it('nulmeting planned: "Nulmeting 2026: Het aantal aanmeldingen ..."', () => {
    const c = parseBaseline(cell(BZ, 1, 2).baseline);
    expect(c.measures).toEqual([]);
    expect(c.status).toMatchObject({ status: 'baseline-pending', year: 2026 });
    expect(c.description).toBe('Nulmeting volgt in 2026');
  });

  it('local value with a national comparison: "3% ... (2022). Landelijk is dit 4%."', () => {
    const c = parseBaseline(cell(BZ, 2, 1).baseline);
    expect(primary(c)).toMatchObject({ value: 3, unit: '%', scope: null, label: 'huishoudens' });
    expect(primary(c)?.period?.year).toBe(2022);
    expect(c.measures[1]).toMatchObject({ value: 4, scope: 'landelijk', role: 'reference' });
  });

  it('a national figure as baseline, with history: "32% van de huishoudens (landelijk, 2024). In 2012 en 2015 was dit nog 45%"', () => {
    const c = parseBaseline(cell(BZ, 2, 2).baseline);
    expect(c.scope).toBe('landelijk');
    expect(primary(c)).toMatchObject({ value: 32, scope: 'landelijk' });
    expect(c.measures[1]).toMatchObject({ value: 45, role: 'historic', scope: 'landelijk' });
  });

  it('four figures, two scopes, two moments: "Dronten: 7,9% ... (januari 2024). In oktober 2020 was dit 6,7%. ..."', () => {
    const c = parseBaseline(cell(BZ, 2, 3).baseline);
    expect(c.measures.map((m) => [m.value, m.scope, m.role, m.period?.kind, m.period?.from])).toEqual([
      [7.9, 'gemeente', 'primary', 'month', '2024-01-01'],
      [6.7, 'gemeente', 'historic', 'month', '2020-10-01'],
      [8.9, 'landelijk', 'reference', 'month', '2024-01-01'],
      [7.6, 'landelijk', 'reference', 'month', '2020-10-01'],
    ]);
  });

  it('year from the source in brackets: "Arbeidsparticipatie = 67% (CBS 2022)"', () => {
    const c = parseBaseline(cell(BZ, 3, 1).baseline);
    expect(primary(c)).toMatchObject({ value: 67, unit: '%' });
    expect(primary(c)?.period?.year).toBe(2022);
  });

  it('a bare number: "126"', () => {
    const c = parseBaseline(cell(BZ, 3, 2).baseline);
    expect(c.measures).toHaveLength(1);
    expect(primary(c)).toMatchObject({ value: 126, unit: null, period: null });
  });

  it('ages are not values: "12% van 18 t/m 30 jarige verlaat school zonder startkwalificatie"', () => {
    const c = parseBaseline(cell(BZ, 3, 4).baseline);
    expect(c.measures.map((m) => m.value)).toEqual([12]);
  });

  it('a point in time: "Op 1 januari 2024 participeerde 39% ..."', () => {
    const c = parseBaseline(cell(BZ, 3, 5).baseline);
    expect(primary(c)).toMatchObject({ value: 39, label: 'inburgeringsplichtigen' });
    expect(primary(c)?.period).toMatchObject({ kind: 'date', from: '2024-01-01', pointInTime: true });
  });

  it('national proxy: "Landelijk 3,6% kinderen in armoede (2023)"', () => {
    const c = parseBaseline(cell(BZ, 4, 1).baseline);
    expect(c.scope).toBe('landelijk');
    expect(primary(c)).toMatchObject({ value: 3.6, unit: '%', label: 'kinderen' });
    expect(c.description).toBe('Landelijk: 3,6% kinderen (2023)');
  });

  it('planned inside a sentence: "(nulmeting in 2025)"', () => {
    expect(parseBaseline(cell(BZ, 4, 2).baseline).status).toMatchObject({ status: 'baseline-pending', year: 2025 });
  });

  it('decimal comma with a space before %: "43,9 %"', () => {
    expect(primary(parseBaseline(cell(GS, 1, 1).baseline))).toMatchObject({ value: 43.9, unit: '%', decimals: 1 });
  });

  it('subgroups, each with its own year: "Jongeren: 76% (2023); Jongvolwassenen: 65% (2024); ..."', () => {
    const c = parseBaseline(cell(GS, 1, 2).baseline);
    expect(c.subgroups).toEqual(['Jongeren', 'Jongvolwassenen', 'Volwassenen', 'Ouderen']);
    expect(c.measures.map((m) => [m.subgroup, m.value, m.period?.year])).toEqual([
      ['Jongeren', 76, 2023],
      ['Jongvolwassenen', 65, 2024],
      ['Volwassenen', 75, 2022],
      ['Ouderen', 66, 2022],
    ]);
  });

  it('a part-year: "112 buurtinitatieven ... in 2024. In 2025 zijn dit er 57 t/m mei"', () => {
    const c = parseBaseline(cell(GS, 2, 2).baseline);
    expect(c.measures[0]).toMatchObject({ value: 112, label: 'buurtinitatieven' });
    expect(c.measures[0]?.period?.year).toBe(2024);
    expect(c.measures[1]?.value).toBe(57);
    expect(c.measures[1]?.period).toMatchObject({ kind: 'partYear', year: 2025, to: '2025-05-31', partial: true });
  });

  it('a percentage with its counts, both ambiguous: "3% (ca. 1.115 van 10.996) in 2023"', () => {
    const c = parseBaseline(cell(GS, 3, 2).baseline);
    expect(c.measures).toHaveLength(1);
    expect(primary(c)).toMatchObject({ value: 3, unit: '%', ratio: { numerator: 1115, denominator: 10996, approximate: true } });
    expect(primary(c)?.period?.year).toBe(2023);
    expect(c.numberIssues.map((n) => [n.text, n.kind, n.alternative])).toEqual([
      ['1.115', 'ambiguous', 1.115],
      ['10.996', 'ambiguous', 10.996],
    ]);
  });

  it('a national range for comparison: "78% ... (2024). Landelijk gemiddelde is: 75-85%"', () => {
    const c = parseBaseline(cell(GS, 4, 1).baseline);
    expect(primary(c)).toMatchObject({ value: 78 });
    expect(c.measures[1]).toMatchObject({ value: 75, high: 85, unit: '%', scope: 'landelijk', role: 'reference' });
  });

  it('two groups, a school-year-like period and a quoted national figure (Jeugdhulp)', () => {
    const c = parseBaseline(cell(GS, 4, 2).baseline);
    expect(c.measures.map((m) => [m.value, m.label, m.role])).toEqual([
      [33, 'ouders', 'primary'],
      [41, 'jeugdigen', 'additional'],
      [20, 'jeugdhulp', 'reference'],
    ]);
    expect(c.measures[0]?.period?.year).toBe(2023);
    expect(c.measures[2]?.approximate).toBe(true);
    expect(c.noData).toEqual(['gemiddelde niet bekend']);
  });

  it('planned without a year: "... kunnen dienen als nulmeting"', () => {
    expect(parseBaseline(cell(GS, 4, 3).baseline).status).toMatchObject({ status: 'baseline-pending', year: null });
  });

  it('"Te ontwikkelen"', () => {
    expect(parseBaseline(cell(GS, 5, 1).baseline).status?.status).toBe('to-be-developed');
  });

  it('not measurable yet, with reason and planned year', () => {
    const c = parseBaseline(cell(KG, 1, 1).baseline);
    expect(c.status).toMatchObject({ status: 'baseline-pending', year: 2025, reason: 'een gebrek aan beschikbare data' });
  });

  it('delegated: "Deze indicator wordt uitgewerkt in het Uitvoeringsprogramma Bestaanszekerheid."', () => {
    const c = parseBaseline(cell(KG, 1, 2).baseline);
    expect(c.status).toMatchObject({ status: 'delegated', reference: 'Uitvoeringsprogramma Bestaanszekerheid' });
    expect(c.description).toBe('Uitgewerkt in ander programma: Uitvoeringsprogramma Bestaanszekerheid');
  });

  it('"groep 3" and "3 jaar" are not values; the ratio backs the percentage', () => {
    const c = parseBaseline(cell(KG, 2, 1).baseline);
    expect(c.measures.map((m) => m.value)).toEqual([14]);
    expect(primary(c)).toMatchObject({ unit: '%', ratio: { numerator: 9, denominator: 65 } });
    expect(primary(c)?.period?.year).toBe(2024);
  });

  it('days, with parts explicitly missing (wachttijd jeugdhulp)', () => {
    const c = parseBaseline(cell(KG, 3, 1).baseline);
    expect(c.measures.map((m) => [m.value, m.unit, m.period?.year])).toEqual([[60, 'dagen', 2023]]);
    expect(c.noData).toHaveLength(2);
  });

  it('stock on a date, inflow over part of a year, local and national percentages (uithuisplaatsingen)', () => {
    const c = parseBaseline(cell(KG, 4, 1).baseline);
    expect(c.measures.map((m) => [m.value, m.unit, m.scope, m.role])).toEqual([
      [63, null, null, 'primary'],
      [15, null, null, 'additional'],
      [1.6, '%', 'gemeente', 'additional'],
      [1.5, '%', 'landelijk', 'reference'],
    ]);
    expect(c.measures[0]?.period).toMatchObject({ kind: 'date', from: '2024-10-01', pointInTime: true });
    expect(c.measures[1]?.period).toMatchObject({ kind: 'range', from: '2024-01-01', to: '2024-10-01', partial: true });
  });

  it('a bare percentage without year: "7%"', () => {
    const c = parseBaseline(cell(KG, 5, 1).baseline);
    expect(primary(c)).toMatchObject({ value: 7, unit: '%', period: null });
  });
});

describe('streefwaarde cells', () => {
  it('direction with a relational condition: "neemt toe, waarbij het aantal adviesvragen meer stijgt ..."', () => {
    const c = parseTarget(cell(BZ, 1, 1).target);
    expect(c.comparators[0]).toMatchObject({ kind: 'increase', condition: 'het aantal adviesvragen meer stijgt dan het aantal meldingen' });
  });

  it('"Specifieke streefwaarde volgt in 2027 na nulmeting 2026" plus a shift in the mix', () => {
    const c = parseTarget(cell(BZ, 1, 2).target);
    expect(c.status).toMatchObject({ status: 'target-pending', year: 2027, afterBaselineYear: 2026 });
    expect(c.comparators[0]?.kind).toBe('shift');
    expect(c.description).toContain('Streefwaarde volgt in 2027 (na nulmeting 2026)');
  });

  it('"Maximaal 3%"', () => {
    const c = parseTarget(cell(BZ, 2, 1).target, { defaultTargetYear: 2028 });
    expect(c.comparators[0]).toMatchObject({ kind: 'max', value: 3, unit: '%' });
    expect(c.description).toBe('Maximaal 3% (2028)');
  });

  it('"Minimaal 70%"', () => {
    expect(parseTarget(cell(BZ, 3, 1).target).comparators[0]).toMatchObject({ kind: 'min', value: 70, unit: '%' });
  });

  it('a value, a target year and a time window: "In 2028 participeert 70% ... binnen 1 jaar na inschrijving"', () => {
    const c = parseTarget(cell(BZ, 3, 5).target);
    expect(c.comparators[0]).toMatchObject({ kind: 'exact', value: 70 });
    expect(c.targetYear).toBe(2028);
    expect(c.qualifiers).toEqual([{ months: 12, text: 'binnen 1 jaar' }]);
  });

  it('subgroup targets: "Jongeren 77%; Volwassenen 72%; Jongvolwassenen: 66 %; Ouderen: 67%"', () => {
    const c = parseTarget(cell(GS, 1, 2).target);
    expect(c.comparators.map((x) => [x.subgroup, x.kind, x.value])).toEqual([
      ['Jongeren', 'exact', 77],
      ['Volwassenen', 'exact', 72],
      ['Jongvolwassenen', 'exact', 66],
      ['Ouderen', 'exact', 67],
    ]);
  });

  it('"Tussen de 78% en 80%" with the nuance "behoud of een kleine stijging"', () => {
    const c = parseTarget(cell(GS, 4, 1).target, { defaultTargetYear: 2028 });
    expect(c.comparators.map((x) => [x.kind, x.value, x.high])).toEqual([
      ['range', 78, 80],
      ['maintainOrIncrease', null, null],
    ]);
    expect(c.description).toBe('Tussen 78% en 80% (2028); gelijk blijven of stijgen');
  });

  it('"Een behoud of een kleine stijging van het huidige percentage"', () => {
    expect(parseTarget(cell(GS, 4, 2).target).comparators[0]?.kind).toBe('maintainOrIncrease');
  });

  it('"Streefwaarde zal afhankelijk zijn van de nulmeting."', () => {
    expect(parseTarget(cell(KG, 1, 1).target).status).toMatchObject({ status: 'target-pending', year: null });
  });

  it('"streefwaarde is niet te bepalen" keeps its reason', () => {
    const c = parseTarget(cell(KG, 3, 1).target);
    expect(c.status?.status).toBe('not-measurable');
    expect(c.status?.reason).toContain('Tijdigheid willen we volgen');
  });

  it('relative: "In 2028 willen wij de instroom binnen jeugdhulp met verblijf met 50% verminderen."', () => {
    const c = parseTarget(cell(KG, 4, 1).target);
    expect(c.comparators).toHaveLength(1);
    expect(c.comparators[0]).toMatchObject({ kind: 'relative', percent: -50, subject: 'instroom binnen jeugdhulp met verblijf' });
    expect(c.targetYear).toBe(2028);
  });

  it('"De huidige 7% behouden of verlagen."', () => {
    expect(parseTarget(cell(KG, 5, 1).target).comparators[0]).toMatchObject({ kind: 'maintainOrDecrease', value: 7, unit: '%' });
  });

  it('result text "... daalt of blijft maximaal 3,6%"', () => {
    const text = RESULT_TEXTS.find((t) => t.includes('maximaal 3,6%'))!;
    const c = parseTarget(text, { defaultTargetYear: 2028 });
    expect(c.comparators[0]).toMatchObject({ kind: 'max', value: 3.6, unit: '%' });
    expect(c.description).toBe('Maximaal 3,6% (2028)');
    // "0 tot 18 jaar" is an age band, not a value.
    expect(c.measures.map((m) => m.value)).toEqual([3.6]);
  });
});

describe('indicator text and measurable-from', () => {
  it('"Vanaf 2026:" in front of the indicator (002:308)', () => {
    expect(parseIndicatorText('Vanaf 2026: Het aantal aanmeldingen beschermde opvang (wonen)')).toMatchObject({ measurableFrom: 2026, unit: 'aantal' });
  });

  it('"% inburgeringsplichtigen dat na 18 maanden is geïntegreerd" has a time window', () => {
    expect(parseIndicatorText('% inburgeringsplichtigen dat na 18 maanden is geïntegreerd')).toMatchObject({ unit: '%', qualifiers: [{ months: 18 }] });
  });

  it.each([
    ['Na 2027', { year: 2028, kind: 'after' }],
    ['Na 2026', { year: 2027, kind: 'after' }],
    ['Nulmeting in 2025', { year: 2025, kind: 'baseline' }],
    ['Vanaf 2026: zie boven', { year: 2026, kind: 'from' }],
    ['', null],
    ['Afspraken met partners', null],
  ])('measurableFrom %j', (text, expected) => {
    expect(parseMeasurableFrom(text)).toEqual(expected);
  });
});
