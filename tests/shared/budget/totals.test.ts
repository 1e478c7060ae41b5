/**
 * Totals computed from the entries (shared/budget/totals.ts), on the plans of three
 * municipalities: Dronten's table adds up to its 403.600, hours per week turn into euros at a
 * rate, transfers and carry-overs move money between lines and years without creating any, and
 * a changed cell updates every total as a full recompute would.
 */
import { describe, expect, it } from 'vitest';
import { computeBudget } from '../../../shared/budget/totals.ts';
import { euros, formatEuro, parseDutchAmount, splitByShares, costOfHours, centsOfSpreadsheetNumber, formatShare } from '../../../shared/budget/money.ts';
import { DRONTEN, HEUVELLAND, RIVIERSTAD, budgetPlan } from './fixtures.ts';

describe('money', () => {
  it.each([
    ['1.237.449', 123_744_900],
    ['€ 47.600,-', 4_760_000],
    ['€ 4.000,--', 400_000],
    ['€\u00a03.500,-', 350_000],
    ['47.600,50', 4_760_050],
    ['47.600,5', 4_760_050],
    ['200000', 20_000_000],
    ['0', 0],
    ['-5.000', -500_000],
    ['€ -5.000', -500_000],
    ['1 237 449', 123_744_900],
  ])('reads %s as %d cents', (text, cents) => {
    expect(parseDutchAmount(text)).toEqual({ ok: true, cents });
  });

  it.each(['47.6', '1.5', '12,345', 'veertig', '', '1.2345', '€'])('refuses %j with a Dutch reason', (text) => {
    const parsed = parseDutchAmount(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/^["EÉ]|\.$/);
  });

  it('refuses more than € 1 miljard in one amount, and fractions of a cent from a spreadsheet', () => {
    expect(parseDutchAmount('1.000.000.001').ok).toBe(false);
    expect(centsOfSpreadsheetNumber(47600.5)).toEqual({ ok: true, cents: 4_760_050 });
    expect(centsOfSpreadsheetNumber(0.1 + 0.2)).toEqual({ ok: true, cents: 30 });
    expect(centsOfSpreadsheetNumber(1.005 + 0.0001).ok).toBe(false);
  });

  it('writes Dutch notation with €, cents only when there are any', () => {
    expect(formatEuro(40_360_000)).toBe('€ 403.600');
    expect(formatEuro(4_760_050)).toBe('€ 47.600,50');
    expect(formatEuro(-500_000)).toBe('-€ 5.000');
    expect(formatEuro(5, { cents: 'always' })).toBe('€ 0,05');
    expect(formatEuro(123_744_900, { symbol: false })).toBe('1.237.449');
    expect(formatShare(5000)).toBe('50%');
    expect(formatShare(3333)).toBe('33,33%');
  });

  it('splits by shares without losing a cent, and prices hours once per cell', () => {
    expect(splitByShares(100, [3333, 3333, 3334])).toEqual([33, 33, 34]);
    expect(splitByShares(100, [5000, 5000])).toEqual([50, 50]);
    expect(splitByShares(101, [5000, 5000])).toEqual([51, 50]);
    expect(splitByShares(1, [3333, 3333, 3334])).toEqual([0, 0, 1]);
    expect(splitByShares(100, [2500])).toEqual([25]);
    expect(splitByShares(9_000_000_000_000_000 / 100, [10_000])).toEqual([90_000_000_000_000]);
    expect(costOfHours(1600, euros(85.5), 40)).toBe(euros(54_720));
    expect(costOfHours(150, 3333, 52)).toBe(259_974); // 1,5 h x € 33,33 x 52 = € 2.599,74 exactly
    expect(costOfHours(125, 3333, 1)).toBe(4166); // € 41,6625: rounded once, to the cent
    expect(costOfHours(150, 33, 1)).toBe(50); // € 0,495: half up
  });
});

describe('Dronten: plan van aanpak POK (000)', () => {
  const totals = computeBudget(budgetPlan(DRONTEN));

  it('adds the table up to its stated 403.600, per theme as the table shows', () => {
    expect(formatEuro(totals.planTotal().gereserveerd)).toBe('€ 403.600');
    expect(totals.themes().map((t) => [t.line.code, formatEuro(t.total.gereserveerd, { symbol: false })])).toEqual([
      ['', '0'],
      ['1', '200.000'],
      ['2', '123.600'],
      ['3', '40.000'],
      ['4', '15.000'],
      ['5', '25.000'],
    ]);
  });

  it('shows what is not yet earmarked: per year and over the whole period', () => {
    expect(totals.planTotal(2022).nogNietBestemd).toBe(euros(412_483 - 403_600));
    expect(totals.planTotal().beschikbaar).toBe(euros(1_237_449));
    expect(totals.planTotal().nogNietBestemd).toBe(euros(833_849));
    expect(totals.perYear().map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it('derives a year matrix with the lines, their sub-lines and the total', () => {
    const matrix = totals.matrix(2022);
    expect(matrix.rows.find((r) => r.line.id === 't2')!.figures.gereserveerd).toBe(euros(123_600));
    expect(matrix.rows.find((r) => r.line.id === 't2-bso')!.figures.gereserveerd).toBe(euros(47_600));
    expect(matrix.total.gereserveerd).toBe(euros(403_600));
    expect(totals.matrix(2023).total.gereserveerd).toBe(0);
  });

  it('follows one changed amount exactly as a full recompute does', () => {
    const plan = budgetPlan(DRONTEN);
    const live = computeBudget(plan);
    live.updateCells([{ lineId: 't2-bso', year: 2022, soort: 'gereserveerd', value: euros(50_000) }]);
    live.updateCells([{ lineId: 't5', year: 2023, soort: 'besteed', value: euros(1_234.56) }]);
    live.updateCells([{ lineId: 't4', year: 2022, soort: 'gereserveerd', value: null }]);
    expect(formatEuro(live.planTotal().gereserveerd)).toBe('€ 391.000');
    const fresh = computeBudget({ ...plan, amounts: live.amounts() });
    for (const line of plan.lines) for (const year of [null, ...fresh.years]) expect(live.line(line.id, year)).toEqual(fresh.line(line.id, year));
    expect(live.planTotal()).toEqual(fresh.planTotal());
  });

  it('rebuilds when a changed cell lies in a year it did not know', () => {
    const live = computeBudget(budgetPlan(DRONTEN));
    live.updateCells([{ lineId: 't5', year: 2030, soort: 'besteed', value: euros(10) }]);
    expect(live.years).toContain(2030);
    expect(live.planTotal(2030).besteed).toBe(euros(10));
  });
});

describe('Heuvelland (invented, after 001): hours and carry-over', () => {
  const totals = computeBudget(budgetPlan(HEUVELLAND));

  it('prices 16 hours a week at € 85,50 over 40 weeks as € 54.720 a year', () => {
    expect(totals.line('al1-consulent', 2025).toegekend).toBe(euros(54_720));
    expect(totals.line('al1').toegekend).toBe(euros(109_440));
  });

  it('carries 2024’s remainder into 2025 by decision: out of one year, into the next', () => {
    expect(totals.line('pok', 2024)).toMatchObject({ toegewezen: euros(120_000), overgeheveldUit: euros(35_000), beschikbaar: euros(85_000), overhevelbaar: euros(35_000) });
    expect(totals.line('pok', 2025)).toMatchObject({ overgeheveldIn: euros(35_000), beschikbaar: euros(155_000) });
    expect(totals.planTotal(2025).gereserveerd).toBe(euros(40_000));
    expect(totals.planTotal(2025).nogNietBestemd).toBe(euros(155_000 - 54_720 - 40_000));
    expect(totals.planTotal().beschikbaar).toBe(euros(360_000));
  });
});

describe('Rivierstad (invented, after 004): transfers between budget programmes', () => {
  const totals = computeBudget(budgetPlan(RIVIERSTAD));

  it('moves money from programma 0 to programma 6 without creating any', () => {
    expect(totals.line('p0', 2023)).toMatchObject({ verschovenUit: euros(300_000), beschikbaar: euros(200_000) });
    expect(totals.line('wijk', 2023)).toMatchObject({ verschovenIn: euros(300_000), overgeheveldUit: euros(20_000), beschikbaar: euros(280_000), nogNietBestemd: 0 });
    expect(totals.line('wijk', 2024)).toMatchObject({ beschikbaar: euros(420_000), nogNietBestemd: euros(20_000) });
    expect(totals.planTotal()).toMatchObject({ toegewezen: euros(1_500_000), beschikbaar: euros(1_500_000), toegekend: euros(680_000), besteed: euros(330_000) });
    expect(totals.years).toEqual([2023, 2024, 2025, 2026, 2027]);
  });

  it('rolls the line up to the results it pays for, by share, to the cent', () => {
    expect(totals.rollUps()).toEqual([
      { programmeId: 'bestaanszekerheid', rowId: 'r-wijkteam', bestemd: euros(408_000), besteed: euros(198_000), links: 1 },
      { programmeId: 'gezond-samenleven', rowId: 'r-gezin', bestemd: euros(272_000), besteed: euros(132_000), links: 1 },
    ]);
    const live = computeBudget(budgetPlan(RIVIERSTAD));
    live.updateCells([{ lineId: 'wijk', year: 2025, soort: 'besteed', value: 1 }]);
    const parts = live.rollUps().map((r) => r.besteed);
    expect(parts.reduce((a, b) => a + b)).toBe(euros(330_000) + 1);
  });
});
