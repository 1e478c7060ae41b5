/**
 * The figures of a large budget plan (issue 14): 500 lines (50 themes of 1 + 9 lines) x 10
 * years with beschikbaar and toegekend cells, 2,000 decided movements (reservations, transfers
 * between lines, carry-overs) and 1,000 links to results and activities of the three Dronten
 * programmes, built through the real document operations and read back. BENCH_ONLY=budget.
 *
 *   read           readBudgetPlan of the Y.Doc (what the page does once per burst)
 *   totals         every total and roll-up from scratch: new BudgetTotals + rollUps + the
 *                  cost per row of each programme (programmeCosts)
 *   one amount     one changed cell carried by its difference (updateCells) + rollUps
 *   validation     the finance rules V28-V35 with the programmes as context (totals given, as
 *                  the page passes them) and computing them itself (as the server does)
 *   xlsx           the matrix with formulas for its totals (server/budget/export.ts)
 *
 * Targets: totals < 20 ms, one amount < 2 ms, validation < 20 ms, xlsx < 1 s.
 */
import * as Y from 'yjs';
import { renderBudgetXlsx } from '../server/budget/export.ts';
import { programmeCosts } from '../shared/budget/programme-costs.ts';
import { checkNewBudget } from '../shared/budget/settings.ts';
import { BudgetTotals } from '../shared/budget/totals.ts';
import { readBudgetPlan, seedBlankBudget, writeBudgetBatch, type CellWrite, type NewBudgetRow } from '../shared/doc/budget/index.ts';
import { readProgramme, seedProgramme, userOrigin } from '../shared/doc/index.ts';
import type { FieldValue } from '../shared/model/entities.ts';
import { SEED_PROGRAMMES } from '../shared/seed/programmes.ts';
import { validateBudget } from '../shared/validation/budget/index.ts';
import { seededRandom } from './seeded-random.ts';
import { fmt, markdownTable, measure as measureRuns, summarise } from './stats.ts';

const measure = (runs: number, fn: () => void) => measureRuns(fn, { warmup: 20, runs });

const YEARS = 10;
const START = 2021;
const THEMES = 50;
const PER_THEME = 9;
const MOVEMENTS = 2_000;
const LINKS = 1_000;
const origin = userOrigin('bench', 'Bench');

function programmes() {
  return SEED_PROGRAMMES.map((seed) => {
    const doc = new Y.Doc();
    seedProgramme(doc, seed);
    return readProgramme(doc);
  });
}

function largePlan(targets: { programmeId: string; rowId: string; rowKind: 'result' | 'activity' }[]): Y.Doc {
  const random = seededRandom(14);
  const pick = (n: number) => Math.floor(random() * n);
  const settings = checkNewBudget({ name: 'Bench', municipality: 'Benchstad', periodStart: START, periodEnd: START + YEARS - 1, fundingSource: 'POK-middelen' });
  if (!settings.ok) throw new Error(settings.error);
  const doc = new Y.Doc();
  seedBlankBudget(doc, 'begroting-bench', 'Bench', settings.value.settings, origin);
  const lines: NewBudgetRow[] = [];
  const leaves: string[] = [];
  for (let t = 0; t < THEMES; t++) {
    lines.push({ id: `t${t}`, parentId: null, fields: { label: `Thema ${t + 1}`, code: String(t + 1) } });
    for (let i = 0; i < PER_THEME; i++) {
      const id = `t${t}-${i}`;
      lines.push({ id, parentId: `t${t}`, fields: { label: `Onderdeel ${t + 1}.${i + 1}`, code: `${t + 1}.${i + 1}`, ledger: `FCL ${6_000_000 + t * 100 + i}` } });
      leaves.push(id);
    }
  }
  const cells: CellWrite[] = [];
  for (const lineId of leaves) {
    for (let y = 0; y < YEARS; y++) {
      const available = (10_000 + pick(90_000)) * 100;
      cells.push({ lineId, year: START + y, soort: 'beschikbaar', value: available });
      cells.push({ lineId, year: START + y, soort: 'toegekend', value: Math.floor(available * random() * 0.8) });
    }
  }
  const decision = { decisionBody: 'college van B en W', decisionDate: '2023-03-14', decisionNumber: 'Z-23-1234' };
  const movements: NewBudgetRow[] = [];
  for (let m = 0; m < MOVEMENTS; m++) {
    const kind = m % 3;
    const lineId = leaves[pick(leaves.length)]!;
    const year = START + pick(YEARS - 1);
    const amount = (100 + pick(2_000)) * 100;
    const fields: Record<string, FieldValue> =
      kind === 0
        ? { type: 'reservation', lineId, year, amount }
        : kind === 1
          ? { type: 'transfer', lineId, toLineId: leaves[pick(leaves.length)]!, year, amount }
          : { type: 'carryOver', lineId, year, toYear: year + 1, amount };
    movements.push({ parentId: null, fields: { ...fields, ...decision } });
  }
  const links: NewBudgetRow[] = [];
  for (let l = 0; l < LINKS; l++) {
    const target = targets[pick(targets.length)]!;
    links.push({ parentId: leaves[l % leaves.length]!, fields: { ...target, basisPoints: 2_500 + pick(2) * 2_500 } });
  }
  writeBudgetBatch(doc, { lines, cells, movements, links }, origin);
  return doc;
}

export async function runBudgetBench(): Promise<{ table: string }> {
  const progs = programmes();
  const targets = progs.flatMap((p) =>
    p.goals.flatMap((g) =>
      g.subGoals.flatMap((s) => [
        ...s.results.map((r) => ({ programmeId: p.id, rowId: r.id, rowKind: 'result' as const })),
        ...s.activities.map((a) => ({ programmeId: p.id, rowId: a.id, rowKind: 'activity' as const })),
      ]),
    ),
  );
  const doc = largePlan(targets);
  const plan = readBudgetPlan(doc);
  const read = measure(100, () => readBudgetPlan(doc));
  const totalsRun = measure(100, () => {
    const totals = new BudgetTotals(plan);
    const ups = totals.rollUps();
    for (const p of progs) programmeCosts(p, ups);
  });
  const live = new BudgetTotals(plan);
  let flip = false;
  const one = measure(300, () => {
    flip = !flip;
    live.updateCells([{ lineId: 't7-3', year: START + 4, soort: 'toegekend', value: flip ? 1_234_500 : 2_345_600 }]);
    live.rollUps();
  });
  const context = { programmes: progs };
  let findings = 0;
  const withTotals = measure(100, () => {
    findings = validateBudget(plan, context, live).length;
  });
  const alone = measure(100, () => validateBudget(plan, context));
  let bytes = 0;
  const xlsx: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    bytes = (await renderBudgetXlsx(plan, live, new Date('2026-03-01T10:00:00Z'))).byteLength;
    if (i > 0) xlsx.push(performance.now() - t0); // the first run loads exceljs
  }
  const row = (what: string, samples: number[], target: string) => {
    const s = summarise(samples);
    return [what, fmt(s.p50, 2), fmt(s.p95, 2), target];
  };
  const table = markdownTable(
    ['500 lines x 10 years, 2,000 movements, 1,000 links', 'p50 ms', 'p95 ms', 'target'],
    [
      row('read the plan from its Y.Doc', read, '-'),
      row('all totals and roll-ups from scratch (+ cost per programme row)', totalsRun, '< 20 ms'),
      row('after one changed amount (differences + roll-ups)', one, '< 2 ms'),
      row(`finance validation V28-V35, totals given (${findings} findings)`, withTotals, '< 20 ms'),
      row('finance validation V28-V35, computing the totals', alone, '< 20 ms'),
      row(`xlsx export with formulas (${Math.round(bytes / 1024)} KiB)`, xlsx, '< 1000 ms'),
    ],
  );
  return { table };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log((await runBudgetBench()).table);
