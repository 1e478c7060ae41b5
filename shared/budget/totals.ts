/**
 * The computed side of a budget plan: every total, per line (with everything under it), per
 * theme, per year and over all years, and the remainder "nog niet bestemd". Totals are never
 * typed; they are derived from the cells and the movements, so they always equal the sum of the
 * entries (tests/shared/budget/totals-properties.test.ts proves it for random plans).
 *
 * What a year of a line holds, from its entries:
 *
 *   toegewezen       its beschikbaar cells (the allocation, as the plan states it)
 *   verschovenIn/Uit transfers from or to another line in that year (movement 'transfer')
 *   overgeheveldIn/Uit carry-over into this year from an earlier one, out of it to a later one
 *   beschikbaar      toegewezen + verschovenIn - verschovenUit + overgeheveldIn - overgeheveldUit
 *   gereserveerd     its gereserveerd cells + reservations (movement 'reservation')
 *   toegekend, besteed  its cells
 *   nogNietBestemd   beschikbaar - gereserveerd - toegekend (may be negative: V29 says so)
 *   overhevelbaar    toegewezen + verschovenIn - verschovenUit + overgeheveldIn - besteed: what
 *                    may be carried on to a later year (V31)
 *
 * Amounts are whole cents in a Float64Array: a double holds every whole number below 2^53
 * exactly, and nothing but whole numbers ever enters (cells and movements are whole cents, hours
 * are turned into whole cents once per cell by costOfHours), so every sum is exact. After one
 * changed cell only the differences travel up the line's ancestors (`updateCells`), which is
 * what keeps a keystroke in a plan of 500 lines far below a millisecond; anything else (a line,
 * a movement, the settings) rebuilds, which stays well below 20 ms (bench/budget.bench.ts).
 */
import { AMOUNT_KINDS, type AmountKind } from '../schema/budget/index.ts';
import { WHOLE_SHARE, costOfHours, splitByShares, type Cents } from './money.ts';
import type { AmountCell, BudgetLine, BudgetLink, BudgetMovement, BudgetPlan } from './types.ts';

const B = 0;
const R = 1;
const T = 2;
const S = 3;
const TI = 4;
const TO = 5;
const CI = 6;
const CO = 7;
/** Reservations by movement, apart from the typed gereserveerd cells (R), which V28 checks alone. */
const RM = 8;
const M = 9;

/** The measure of each kind of cell; also its place among a cell's four kinds (AMOUNT_KINDS order). */
const SOORT_INDEX: Readonly<Record<AmountKind, number>> = { beschikbaar: B, gereserveerd: R, toegekend: T, besteed: S };

/** The figures of one line (with what is under it), or of the plan, in one year or over all. */
export interface Figures {
  toegewezen: Cents;
  verschovenIn: Cents;
  verschovenUit: Cents;
  overgeheveldIn: Cents;
  overgeheveldUit: Cents;
  beschikbaar: Cents;
  gereserveerd: Cents;
  toegekend: Cents;
  besteed: Cents;
  nogNietBestemd: Cents;
  overhevelbaar: Cents;
}

function figuresOf(a: Float64Array, o: number): Figures {
  const available = a[o + B]! + a[o + TI]! - a[o + TO]! + a[o + CI]!;
  const beschikbaar = available - a[o + CO]!;
  return {
    toegewezen: a[o + B]!,
    verschovenIn: a[o + TI]!,
    verschovenUit: a[o + TO]!,
    overgeheveldIn: a[o + CI]!,
    overgeheveldUit: a[o + CO]!,
    beschikbaar,
    gereserveerd: a[o + R]! + a[o + RM]!,
    toegekend: a[o + T]!,
    besteed: a[o + S]!,
    nogNietBestemd: beschikbaar - a[o + R]! - a[o + RM]! - a[o + T]!,
    overhevelbaar: available - a[o + S]!,
  };
}

/** What a linked programme row receives: its share of the lines that pay for it. */
export interface RollUp {
  programmeId: string;
  rowId: string;
  /** Gereserveerd + toegekend over all years, its share. */
  bestemd: Cents;
  besteed: Cents;
  /** The links that pay for it. */
  links: number;
}

/** A cell as it is now; null: cleared. */
export type CellChange = Omit<AmountCell, 'value'> & { value: number | null };

interface LineNode {
  line: BudgetLine;
  index: number;
  parent: LineNode | null;
  /** The line and its ancestors, nearest first. */
  chain: LineNode[];
}

interface Effect {
  line: number;
  year: number;
  measure: number;
  amount: Cents;
}

export class BudgetTotals {
  /** Every year with an entry or shown, in order: the shown years and any beyond them. */
  years: number[] = [];
  private yearIndex = new Map<number, number>();
  private nodes = new Map<string, LineNode>();
  private order: LineNode[] = [];
  private own = new Float64Array(0);
  private sub = new Float64Array(0);
  private total = new Float64Array(0);
  /**
   * The cells as stored, per line, year and kind (index ((line x years) + year) x 4 + kind), to
   * find the difference a changed cell makes; `present` says which hold a value at all.
   */
  private raw = new Float64Array(0);
  private present = new Uint8Array(0);
  /** Cells per line and kind, whatever their value. */
  private ownCount = new Int32Array(0);
  /** Cells of lines that are not in the plan: they count nowhere, but are kept. */
  private stray = new Map<string, AmountCell>();
  private linksByLine = new Map<string, BudgetLink[]>();
  private linkParts = new Map<BudgetLink, { bestemd: Cents; besteed: Cents }>();
  private plan: BudgetPlan;

  constructor(plan: BudgetPlan) {
    this.plan = plan;
    this.build();
  }

  /** Starts over from a plan (a line, movement or setting changed). */
  rebuild(plan: BudgetPlan): void {
    this.plan = plan;
    this.build();
  }

  /**
   * Cells that changed (value null: cleared), with the differences carried up each line's
   * ancestors. A cell in a year outside the known years rebuilds instead.
   */
  updateCells(changes: readonly CellChange[]): void {
    for (let i = 0; i < changes.length; i++) {
      const change = changes[i]!;
      const node = this.nodes.get(change.lineId);
      if (!node) {
        const key = cellKey(change.lineId, change.year, change.soort);
        if (change.value === null) this.stray.delete(key);
        else this.stray.set(key, { lineId: change.lineId, year: change.year, soort: change.soort, value: change.value });
        continue;
      }
      const y = this.yearIndex.get(change.year);
      if (y === undefined) {
        // A year nobody used yet: start over with the rest of the changes applied.
        const cells = new Map(this.amounts().map((c) => [cellKey(c.lineId, c.year, c.soort), c]));
        for (const c of changes.slice(i)) {
          const key = cellKey(c.lineId, c.year, c.soort);
          if (c.value === null) cells.delete(key);
          else cells.set(key, { lineId: c.lineId, year: c.year, soort: c.soort, value: c.value });
        }
        this.plan = { ...this.plan, amounts: [...cells.values()] };
        this.build();
        return;
      }
      const kind = SOORT_INDEX[change.soort];
      const at = (node.index * this.years.length + y) * 4 + kind;
      const before = this.present[at] === 1 ? this.raw[at]! : null;
      if (change.value === null) {
        if (before !== null) this.ownCount[node.index * 4 + kind]!--;
        this.present[at] = 0;
        this.raw[at] = 0;
      } else {
        if (before === null) this.ownCount[node.index * 4 + kind]!++;
        this.present[at] = 1;
        this.raw[at] = change.value;
      }
      const delta = this.costOf(node.line, change.value ?? 0) - this.costOf(node.line, before ?? 0);
      if (delta !== 0) this.add({ line: node.index, year: y, measure: kind, amount: delta });
    }
  }

  /** The plan's amounts as this computation holds them (after updateCells). */
  amounts(): AmountCell[] {
    const out: AmountCell[] = [];
    const nY = this.years.length;
    for (const node of this.order) {
      for (let y = 0; y < nY; y++) {
        for (let k = 0; k < 4; k++) {
          const at = (node.index * nY + y) * 4 + k;
          if (this.present[at] === 1) out.push({ lineId: node.line.id, year: this.years[y]!, soort: AMOUNT_KINDS[k]!, value: this.raw[at]! });
        }
      }
    }
    return [...out, ...this.stray.values()];
  }

  /** True when the line itself (not a sub-line) has a cell of this kind. */
  hasOwnCells(lineId: string, soort: AmountKind): boolean {
    const node = this.nodes.get(lineId);
    return node !== undefined && this.ownCount[node.index * 4 + SOORT_INDEX[soort]]! > 0;
  }

  /** A line with everything under it, in one year (null: over all years). */
  line(lineId: string, year: number | null = null): Figures {
    const node = this.nodes.get(lineId);
    if (!node) return figuresOf(new Float64Array(M), 0);
    return this.read(this.sub, node.index, year);
  }

  /** Only what the line holds itself, without its sub-lines. */
  lineOwn(lineId: string, year: number | null = null): Figures {
    const node = this.nodes.get(lineId);
    if (!node) return figuresOf(new Float64Array(M), 0);
    return this.read(this.own, node.index, year);
  }

  /**
   * The sum of the typed cells of one kind, without any movement: what a source's own table adds
   * up to, for a line with its sub-lines (null: the whole plan; `own`: the line's own cells
   * only), in a year (null: all years).
   */
  entered(lineId: string | null, year: number | null, soort: AmountKind, scope: 'subtree' | 'own' = 'subtree'): Cents {
    const measure = SOORT_INDEX[soort];
    let store = this.total;
    let base = 0;
    if (lineId !== null) {
      const node = this.nodes.get(lineId);
      if (!node) return 0;
      store = scope === 'own' ? this.own : this.sub;
      base = node.index * this.years.length * M;
    }
    if (year !== null) {
      const y = this.yearIndex.get(year);
      return y === undefined ? 0 : store[base + y * M + measure]!;
    }
    let sum = 0;
    for (let y = 0; y < this.years.length; y++) sum += store[base + y * M + measure]!;
    return sum;
  }

  /** The whole plan in one year (null: over all years). */
  planTotal(year: number | null = null): Figures {
    if (year === null) return figuresOf(sumYears(this.total, 0, this.years.length), 0);
    const y = this.yearIndex.get(year);
    return y === undefined ? figuresOf(new Float64Array(M), 0) : figuresOf(this.total, y * M);
  }

  /** The themes (top-level lines) with their totals over all years. */
  themes(): { line: BudgetLine; total: Figures }[] {
    return this.order.filter((n) => n.parent === null).map((n) => ({ line: n.line, total: this.line(n.line.id) }));
  }

  /** The matrix of one year: every line (with what is under it) and the plan's total. */
  matrix(year: number): { rows: { line: BudgetLine; figures: Figures }[]; total: Figures } {
    return { rows: this.order.map((n) => ({ line: n.line, figures: this.line(n.line.id, year) })), total: this.planTotal(year) };
  }

  /** The years that hold an entry, each with the plan's figures, the shown ones included. */
  perYear(): { year: number; figures: Figures }[] {
    return this.years.map((year) => ({ year, figures: this.planTotal(year) }));
  }

  /**
   * Cost per linked programme row: each link's share of its line's bestemd and besteed (over
   * all years), split without losing a cent (splitByShares); a link without a share takes the
   * whole line. Rows nothing is linked to are not here: "nog niet gekoppeld", not zero.
   */
  rollUps(): RollUp[] {
    const out = new Map<string, RollUp>();
    for (const links of this.linksByLine.values()) {
      for (const link of links) {
        if (!link.programmeId || !link.rowId) continue;
        const key = `${link.programmeId}/${link.rowId}`;
        const part = this.linkParts.get(link) ?? { bestemd: 0, besteed: 0 };
        const found = out.get(key);
        if (found) {
          found.bestemd += part.bestemd;
          found.besteed += part.besteed;
          found.links++;
        } else out.set(key, { programmeId: link.programmeId, rowId: link.rowId, bestemd: part.bestemd, besteed: part.besteed, links: 1 });
      }
    }
    return [...out.values()];
  }

  private read(store: Float64Array, index: number, year: number | null): Figures {
    const base = index * this.years.length * M;
    if (year === null) return figuresOf(sumYears(store, base, this.years.length), 0);
    const y = this.yearIndex.get(year);
    return y === undefined ? figuresOf(new Float64Array(M), 0) : figuresOf(store, base + y * M);
  }

  private costOf(line: BudgetLine, value: number): Cents {
    if (line.unit !== 'hours') return value;
    return costOfHours(value, line.rate ?? 0, this.plan.settings.weeksPerYear);
  }

  private build(): void {
    const plan = this.plan;
    const years = new Set<number>();
    for (let y = plan.settings.yearStart; y <= plan.settings.yearEnd; y++) years.add(y);
    for (const cell of plan.amounts) years.add(cell.year);
    for (const m of plan.movements) {
      if (m.year !== null) years.add(m.year);
      if (m.type === 'carryOver' && m.year !== null) years.add(m.toYear ?? m.year + 1);
    }
    this.years = [...years].sort((a, b) => a - b);
    this.yearIndex = new Map(this.years.map((y, i) => [y, i]));

    this.nodes = new Map();
    this.order = [];
    for (const line of plan.lines) {
      const parent = line.parentId !== null && !line.orphan ? (this.nodes.get(line.parentId) ?? null) : null;
      const node: LineNode = { line, index: this.order.length, parent, chain: [] };
      node.chain = [node, ...(parent ? parent.chain : [])];
      this.nodes.set(line.id, node);
      this.order.push(node);
    }
    const size = this.order.length * this.years.length * M;
    this.own = new Float64Array(size);
    this.sub = new Float64Array(size);
    this.total = new Float64Array(this.years.length * M);

    this.linksByLine = new Map();
    this.linkParts = new Map();
    for (const link of plan.links) {
      if (!this.nodes.has(link.lineId)) continue;
      const list = this.linksByLine.get(link.lineId) ?? [];
      list.push(link);
      this.linksByLine.set(link.lineId, list);
    }

    const nY = this.years.length;
    const put = (e: Effect) => {
      const at = (e.line * nY + e.year) * M + e.measure;
      this.own[at]! += e.amount;
    };
    this.raw = new Float64Array(this.order.length * nY * 4);
    this.present = new Uint8Array(this.order.length * nY * 4);
    this.ownCount = new Int32Array(this.order.length * 4);
    this.stray = new Map();
    for (const cell of plan.amounts) {
      const node = this.nodes.get(cell.lineId);
      if (!node) {
        this.stray.set(cellKey(cell.lineId, cell.year, cell.soort), cell);
        continue;
      }
      const y = this.yearIndex.get(cell.year)!;
      const kind = SOORT_INDEX[cell.soort];
      const at = (node.index * nY + y) * 4 + kind;
      if (this.present[at] === 1) {
        // The same cell twice in one list: the last one counts, as in a Y.Map.
        put({ line: node.index, year: y, measure: kind, amount: -this.costOf(node.line, this.raw[at]!) });
        this.ownCount[node.index * 4 + kind]!--;
      }
      this.present[at] = 1;
      this.raw[at] = cell.value;
      this.ownCount[node.index * 4 + kind]!++;
      put({ line: node.index, year: y, measure: kind, amount: this.costOf(node.line, cell.value) });
    }
    for (const m of plan.movements) for (const e of this.effectsOf(m)) put(e);
    // Sub-totals: children come after their parent in plan.lines, so walk backwards.
    this.sub.set(this.own);
    const stride = nY * M;
    for (let i = this.order.length - 1; i >= 0; i--) {
      const node = this.order[i]!;
      const from = node.index * stride;
      if (node.parent) {
        const to = node.parent.index * stride;
        for (let k = 0; k < stride; k++) this.sub[to + k]! += this.sub[from + k]!;
      } else {
        for (let k = 0; k < stride; k++) this.total[k]! += this.sub[from + k]!;
      }
    }
    for (const links of this.linksByLine.values()) this.splitLinks(links);
  }

  /** What a movement does to the matrix; nothing when it lacks a line, a year or an amount (the rules say so). */
  private effectsOf(m: BudgetMovement): Effect[] {
    if (m.type === null || m.lineId === null || m.year === null || m.amount === null || m.amount === 0) return [];
    const from = this.nodes.get(m.lineId);
    const y = this.yearIndex.get(m.year);
    if (!from || y === undefined) return [];
    switch (m.type) {
      case 'reservation':
        return [{ line: from.index, year: y, measure: RM, amount: m.amount }];
      case 'transfer': {
        const to = m.toLineId === null ? undefined : this.nodes.get(m.toLineId);
        if (!to || to === from) return [];
        return [
          { line: from.index, year: y, measure: TO, amount: m.amount },
          { line: to.index, year: y, measure: TI, amount: m.amount },
        ];
      }
      case 'carryOver': {
        const target = this.yearIndex.get(m.toYear ?? m.year + 1);
        if (target === undefined || target <= y) return [];
        return [
          { line: from.index, year: y, measure: CO, amount: m.amount },
          { line: from.index, year: target, measure: CI, amount: m.amount },
        ];
      }
    }
  }

  /** One effect added after the build: the line, its ancestors, the plan, and the links on the way. */
  private add(e: Effect): void {
    const nY = this.years.length;
    const node = this.order[e.line]!;
    this.own[(e.line * nY + e.year) * M + e.measure]! += e.amount;
    for (const n of node.chain) {
      this.sub[(n.index * nY + e.year) * M + e.measure]! += e.amount;
      const links = this.linksByLine.get(n.line.id);
      if (links) this.splitLinks(links);
    }
    this.total[e.year * M + e.measure]! += e.amount;
  }

  private splitLinks(links: readonly BudgetLink[]): void {
    const line = this.line(links[0]!.lineId);
    const shares = links.map((l) => l.basisPoints ?? WHOLE_SHARE);
    const bestemd = splitByShares(line.gereserveerd + line.toegekend, shares);
    const besteed = splitByShares(line.besteed, shares);
    links.forEach((link, i) => this.linkParts.set(link, { bestemd: bestemd[i]!, besteed: besteed[i]! }));
  }
}

function cellKey(lineId: string, year: number, soort: AmountKind): string {
  return `${lineId}|${year}|${soort}`;
}

function sumYears(store: Float64Array, base: number, years: number): Float64Array {
  const out = new Float64Array(M);
  for (let y = 0; y < years; y++) for (let k = 0; k < M; k++) out[k]! += store[base + y * M + k]!;
  return out;
}

/** Every total of a plan at once. */
export function computeBudget(plan: BudgetPlan): BudgetTotals {
  return new BudgetTotals(plan);
}
