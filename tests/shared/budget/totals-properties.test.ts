/**
 * Property tests (fast-check) on random plans: whatever the lines, cells and movements, every
 * total equals the sum of the entries it stands for, sub-totals add up to their parents and the
 * plan, years add up to the whole, money is only moved by transfers and carry-overs (never
 * made), and following changed cells one by one ends where a full recompute starts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costOfHours } from '../../../shared/budget/money.ts';
import { DEFAULT_BUDGET_LEVELS } from '../../../shared/budget/settings.ts';
import { computeBudget, type Figures } from '../../../shared/budget/totals.ts';
import type { AmountCell, BudgetLine, BudgetMovement, BudgetPlan } from '../../../shared/budget/types.ts';
import { AMOUNT_KINDS } from '../../../shared/schema/budget/index.ts';

const YEAR0 = 2022;

const arbPlan = fc
  .record({
    span: fc.integer({ min: 1, max: 5 }),
    weeks: fc.integer({ min: 1, max: 53 }),
    lines: fc.array(
      fc.record({ parentPick: fc.option(fc.nat(), { nil: null }), hours: fc.boolean(), rate: fc.integer({ min: 0, max: 20_000 }) }),
      { minLength: 1, maxLength: 25 },
    ),
    cells: fc.array(
      fc.record({ line: fc.nat(), year: fc.integer({ min: -1, max: 6 }), soort: fc.constantFrom(...AMOUNT_KINDS), value: fc.integer({ min: 0, max: 1_000_000_000 }) }),
      { maxLength: 80 },
    ),
    movements: fc.array(
      fc.record({
        type: fc.constantFrom('reservation', 'transfer', 'carryOver', null),
        line: fc.option(fc.nat(), { nil: null }),
        toLine: fc.option(fc.nat(), { nil: null }),
        year: fc.option(fc.integer({ min: -1, max: 6 }), { nil: null }),
        toYear: fc.option(fc.integer({ min: -1, max: 7 }), { nil: null }),
        amount: fc.option(fc.integer({ min: 0, max: 100_000_000 }), { nil: null }),
      }),
      { maxLength: 30 },
    ),
  })
  .map(({ span, weeks, lines: specs, cells: cellSpecs, movements: moveSpecs }): BudgetPlan => {
    const lines: BudgetLine[] = [];
    for (const [i, spec] of specs.entries()) {
      const candidates = lines.filter((l) => l.depth < 2);
      const parent = spec.parentPick === null || candidates.length === 0 ? null : candidates[spec.parentPick % candidates.length]!;
      lines.push({
        id: `l${i}`,
        parentId: parent?.id ?? null,
        depth: parent ? parent.depth + 1 : 0,
        orphan: false,
        label: `Regel ${i}`,
        code: '',
        ledger: '',
        programmeNumber: '',
        unit: spec.hours ? 'hours' : 'euro',
        rate: spec.rate,
        recurrence: null,
        note: '',
      });
    }
    // A line id that is not in the plan: cells and movements on it count nowhere.
    const lineId = (n: number) => (n % (lines.length + 1) === lines.length ? 'weg' : lines[n % (lines.length + 1)]!.id);
    const seen = new Set<string>();
    const amounts: AmountCell[] = [];
    for (const c of cellSpecs) {
      const cell = { lineId: lineId(c.line), year: YEAR0 + c.year, soort: c.soort, value: c.value };
      const key = `${cell.lineId}|${cell.year}|${cell.soort}`;
      if (!seen.has(key)) amounts.push(cell);
      seen.add(key);
    }
    const movements: BudgetMovement[] = moveSpecs.map((m, i) => ({
      id: `m${i}`,
      type: m.type,
      lineId: m.line === null ? null : lineId(m.line),
      toLineId: m.toLine === null ? null : lineId(m.toLine),
      year: m.year === null ? null : YEAR0 + m.year,
      toYear: m.toYear === null ? null : YEAR0 + m.toYear,
      amount: m.amount,
      decisionBody: '',
      decisionDate: null,
      decisionNumber: '',
      note: '',
    }));
    return {
      kind: 'budget',
      id: 'begroting-prop',
      name: 'Eigenschappen',
      schemaVersion: 1,
      settings: { municipality: 'Proef', fundingSource: '', periodStart: YEAR0, periodEnd: YEAR0 + span - 1, yearStart: YEAR0, yearEnd: YEAR0 + span - 1, levelLabels: DEFAULT_BUDGET_LEVELS, weeksPerYear: weeks },
      lines,
      amounts,
      stated: [],
      movements,
      shares: [],
      links: [],
    };
  });

/** The entries summed straight from the plan, by a model that shares no code with totals.ts. */
function reference(plan: BudgetPlan) {
  const lines = new Map(plan.lines.map((l) => [l.id, l]));
  const cost = (cell: AmountCell) => {
    const line = lines.get(cell.lineId)!;
    return line.unit === 'hours' ? costOfHours(cell.value, line.rate ?? 0, plan.settings.weeksPerYear) : cell.value;
  };
  const sums = { beschikbaar: 0, gereserveerd: 0, toegekend: 0, besteed: 0, transfers: 0, carried: 0 };
  for (const cell of plan.amounts) if (lines.has(cell.lineId)) sums[cell.soort] += cost(cell);
  for (const m of plan.movements) {
    if (m.type === null || m.lineId === null || !lines.has(m.lineId) || m.year === null || m.amount === null) continue;
    if (m.type === 'reservation') sums.gereserveerd += m.amount;
    if (m.type === 'transfer' && m.toLineId !== null && lines.has(m.toLineId) && m.toLineId !== m.lineId) sums.transfers += m.amount;
    if (m.type === 'carryOver' && (m.toYear ?? m.year + 1) > m.year) sums.carried += m.amount;
  }
  return sums;
}

const MEASURES: (keyof Figures)[] = ['toegewezen', 'verschovenIn', 'verschovenUit', 'overgeheveldIn', 'overgeheveldUit', 'beschikbaar', 'gereserveerd', 'toegekend', 'besteed', 'nogNietBestemd', 'overhevelbaar'];

function add(a: Figures, b: Figures): Figures {
  return Object.fromEntries(MEASURES.map((m) => [m, a[m] + b[m]])) as unknown as Figures;
}

const ZERO = Object.fromEntries(MEASURES.map((m) => [m, 0])) as unknown as Figures;

describe('budget totals, for any plan', () => {
  it('the plan’s totals are the sums of its entries; transfers and carry-overs move money, never make it', () => {
    fc.assert(
      fc.property(arbPlan, (plan) => {
        const totals = computeBudget(plan);
        const ref = reference(plan);
        const all = totals.planTotal();
        expect(all.toegewezen).toBe(ref.beschikbaar);
        expect(all.gereserveerd).toBe(ref.gereserveerd);
        expect(all.toegekend).toBe(ref.toegekend);
        expect(all.besteed).toBe(ref.besteed);
        expect(all.verschovenIn).toBe(ref.transfers);
        expect(all.verschovenUit).toBe(ref.transfers);
        expect(all.overgeheveldIn).toBe(all.overgeheveldUit);
        expect(all.overgeheveldIn).toBe(ref.carried);
        expect(all.beschikbaar).toBe(all.toegewezen);
        expect(all.nogNietBestemd).toBe(all.beschikbaar - all.gereserveerd - all.toegekend);
        for (const m of MEASURES) expect(Number.isSafeInteger(all[m])).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('sub-totals add up: a line is its own entries plus its sub-lines; themes make the plan; years make the whole', () => {
    fc.assert(
      fc.property(arbPlan, (plan) => {
        const totals = computeBudget(plan);
        for (const year of [null, ...totals.years]) {
          for (const line of plan.lines) {
            const children = plan.lines.filter((l) => l.parentId === line.id);
            expect(totals.line(line.id, year)).toEqual(children.reduce((sum, c) => add(sum, totals.line(c.id, year)), totals.lineOwn(line.id, year)));
          }
          const themes = plan.lines.filter((l) => l.parentId === null).reduce((sum, l) => add(sum, totals.line(l.id, year)), ZERO);
          expect(themes).toEqual(totals.planTotal(year));
        }
        expect(totals.years.reduce((sum, y) => add(sum, totals.planTotal(y)), ZERO)).toEqual(totals.planTotal());
      }),
      { numRuns: 200 },
    );
  });

  it('following changed cells one at a time ends where a full recompute of the changed plan starts', () => {
    const arbChanges = fc.array(
      fc.record({ line: fc.nat(), year: fc.integer({ min: -1, max: 6 }), soort: fc.constantFrom(...AMOUNT_KINDS), value: fc.option(fc.integer({ min: 0, max: 1_000_000_000 }), { nil: null }) }),
      { minLength: 1, maxLength: 40 },
    );
    fc.assert(
      fc.property(arbPlan, arbChanges, (plan, changes) => {
        const live = computeBudget(plan);
        for (const c of changes) {
          const line = plan.lines[c.line % plan.lines.length]!;
          live.updateCells([{ lineId: line.id, year: YEAR0 + c.year, soort: c.soort, value: c.value }]);
        }
        const fresh = computeBudget({ ...plan, amounts: live.amounts() });
        // A year a cleared cell brought in stays known (as zeros) until the next rebuild.
        expect(fresh.years.every((y) => live.years.includes(y))).toBe(true);
        for (const year of [null, ...live.years]) {
          expect(live.planTotal(year)).toEqual(fresh.planTotal(year));
          for (const line of plan.lines) expect(live.line(line.id, year)).toEqual(fresh.line(line.id, year));
        }
      }),
      { numRuns: 200 },
    );
  });
});
