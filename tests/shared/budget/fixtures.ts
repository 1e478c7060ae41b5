/**
 * Budget plans for the tests, built through the real document operations and read back, so a
 * fixture is exactly what a plan in Koers holds. Three municipalities:
 *
 * - Dronten, Plan van aanpak besteding POK-middelen (000): the table "Totale kosten 2022 en
 *   2023" (000:317-347), five themes, 403.600 reserved; the parking line FCL 6080100 in
 *   programma 0 (000:350-358). Tabel 1.0 (the allocation per year) is lost in the source
 *   (000:21-25): only the total € 1.237.449 over 2021-2026 survives, so its split over 2022-2024
 *   here is invented. The table has one column "2022 en 2023"; the amounts are booked in 2022.
 * - Heuvelland (invented, after 001): a follow-up plan 2025-2026 with hours per week at a rate,
 *   a carry-over of 2024's remainder decided by the college, an evaluation of 2024.
 * - Rivierstad (invented, after 004): wijkteams 2023-2026, money parked in programma 0 and moved
 *   to programma 6 by a council decision, spending that runs into 2027.
 */
import * as Y from 'yjs';
import { readBudgetPlan, seedBlankBudget, writeBudgetBatch, type CellWrite, type NewBudgetRow, type StatedWrite } from '../../../shared/doc/budget/index.ts';
import { userOrigin } from '../../../shared/doc/index.ts';
import { checkNewBudget } from '../../../shared/budget/settings.ts';
import { euros } from '../../../shared/budget/money.ts';
import type { AmountKind, BudgetPlan } from '../../../shared/budget/types.ts';

const FIXTURE_ORIGIN = userOrigin('fixture', 'Fixture');

interface LineSpec {
  id: string;
  parent?: string;
  fields?: NewBudgetRow['fields'];
  /** year -> soort -> amount in whole euros (hours lines: hours per week). */
  cells?: Record<number, Partial<Record<AmountKind, number>>>;
  /** Stated total of the line over all years, in euros, for one soort. */
  stated?: Partial<Record<AmountKind, number>>;
}

export interface PlanSpec {
  id?: string;
  name: string;
  municipality: string;
  periodStart: number;
  periodEnd: number;
  yearStart?: number;
  yearEnd?: number;
  fundingSource?: string;
  weeksPerYear?: number;
  lines: LineSpec[];
  movements?: NewBudgetRow['fields'][];
  shares?: { line: string; source: string; basisPoints: number | null }[];
  links?: { line: string; programmeId: string; rowId: string; rowKind?: string; basisPoints?: number | null }[];
  /** The plan's stated grand total per soort, in euros (a "Totaal" row). */
  statedTotal?: Partial<Record<AmountKind, number>>;
}

function budgetDoc(spec: PlanSpec): Y.Doc {
  const doc = new Y.Doc();
  const input = checkNewBudget(spec);
  if (!input.ok) throw new Error(input.error);
  seedBlankBudget(doc, spec.id ?? 'begroting-test', spec.name, input.value.settings, FIXTURE_ORIGIN);
  const hours = new Set(spec.lines.filter((l) => l.fields?.unit === 'hours').map((l) => l.id));
  const cells: CellWrite[] = [];
  const stated: StatedWrite[] = [];
  for (const line of spec.lines) {
    for (const [year, soorten] of Object.entries(line.cells ?? {})) {
      for (const [soort, amount] of Object.entries(soorten)) {
        cells.push({ lineId: line.id, year: Number(year), soort: soort as AmountKind, value: hours.has(line.id) ? Math.round(amount! * 100) : euros(amount!) });
      }
    }
    for (const [soort, amount] of Object.entries(line.stated ?? {})) stated.push({ lineId: line.id, year: null, soort: soort as AmountKind, value: euros(amount!) });
  }
  for (const [soort, amount] of Object.entries(spec.statedTotal ?? {})) stated.push({ lineId: null, year: null, soort: soort as AmountKind, value: euros(amount!) });
  writeBudgetBatch(
    doc,
    {
      lines: spec.lines.map((l) => ({ id: l.id, parentId: l.parent ?? null, fields: l.fields ?? {} })),
      cells,
      stated,
      movements: (spec.movements ?? []).map((fields) => ({ parentId: null, fields })),
      shares: (spec.shares ?? []).map((s) => ({ parentId: s.line, fields: { source: s.source, basisPoints: s.basisPoints } })),
      links: (spec.links ?? []).map((l) => ({ parentId: l.line, fields: { programmeId: l.programmeId, rowId: l.rowId, rowKind: l.rowKind ?? 'result', basisPoints: l.basisPoints ?? null } })),
    },
    FIXTURE_ORIGIN,
  );
  return doc;
}

export function budgetPlan(spec: PlanSpec): BudgetPlan {
  return readBudgetPlan(budgetDoc(spec));
}

const g = (amount: number) => ({ 2022: { gereserveerd: amount } });

/** Dronten's table (000:317-347) with its parking line and an invented yearly allocation. */
export const DRONTEN: PlanSpec = {
  id: 'begroting-pok-dronten',
  name: 'Plan van aanpak besteding POK-middelen',
  municipality: 'Dronten',
  fundingSource: 'POK-middelen, decembercirculaire 2021',
  periodStart: 2021,
  periodEnd: 2026,
  lines: [
    {
      id: 'parkeer',
      fields: { label: 'POK-middelen, nog niet functioneel in te delen', ledger: 'FCL 6080100', programmeNumber: '0' },
      cells: { 2022: { beschikbaar: 412_483 }, 2023: { beschikbaar: 412_483 }, 2024: { beschikbaar: 412_483 } },
    },
    { id: 't1', fields: { code: '1', label: 'Actieplan Armoedebestrijding 2022 en 2023', programmeNumber: '6' }, cells: g(200_000), stated: { gereserveerd: 200_000 } },
    { id: 't2', fields: { code: '2', label: 'Effectievere ondersteuning inwoners', programmeNumber: '6' } },
    { id: 't2-toekomst', parent: 't2', fields: { label: '' }, cells: g(50_000), stated: { gereserveerd: 50_000 } },
    { id: 't2-bso', parent: 't2', fields: { label: 'BSO+ voorziening' }, cells: g(47_600), stated: { gereserveerd: 47_600 } },
    { id: 't2-casus', parent: 't2', fields: { label: 'Casusmanagementsysteem', recurrence: 'recurring' }, cells: g(6_000), stated: { gereserveerd: 6_000 } },
    { id: 't2-jongeren', parent: 't2', fields: { label: 'Jongerenparticipatie' }, cells: g(20_000), stated: { gereserveerd: 20_000 } },
    { id: 't3', fields: { code: '3', label: 'Rechtsbescherming', programmeNumber: '6' }, cells: g(40_000), stated: { gereserveerd: 40_000 } },
    { id: 't4', fields: { code: '4', label: 'Digitalisering', programmeNumber: '6' }, cells: g(15_000), stated: { gereserveerd: 15_000 } },
    { id: 't5', fields: { code: '5', label: 'Vergroten vakmanschap', programmeNumber: '6' }, cells: g(25_000), stated: { gereserveerd: 25_000 } },
  ],
  shares: [
    { line: 't2-casus', source: 'POK-middelen', basisPoints: 5000 },
    { line: 't2-casus', source: 'Veiligheid', basisPoints: 5000 },
  ],
  statedTotal: { gereserveerd: 403_600 },
};

/** Invented, after 001: hours per week at a rate, a carry-over of 2024's remainder. */
export const HEUVELLAND: PlanSpec = {
  id: 'begroting-heuvelland',
  name: 'Vervolg bestedingen POK-gelden 2025-2026',
  municipality: 'Heuvelland',
  fundingSource: 'POK-middelen, meicirculaire 2023',
  periodStart: 2024,
  periodEnd: 2026,
  weeksPerYear: 40,
  lines: [
    { id: 'pok', fields: { label: 'POK-middelen', ledger: '6.1.99' }, cells: { 2024: { beschikbaar: 120_000, besteed: 85_000 }, 2025: { beschikbaar: 120_000 }, 2026: { beschikbaar: 120_000 } } },
    { id: 'al1', fields: { code: 'AL1', label: 'Vroegsignalering schulden' } },
    // 16 hours a week at € 85,50 an hour, 40 weeks: € 54.720 a year.
    { id: 'al1-consulent', parent: 'al1', fields: { label: 'Inzet consulent', unit: 'hours', rate: euros(85.5), recurrence: 'recurring' }, cells: { 2025: { toegekend: 16 }, 2026: { toegekend: 16 } } },
    { id: 'al2', fields: { code: 'AL2', label: 'Huiskamer' }, cells: { 2025: { gereserveerd: 30_000 }, 2026: { gereserveerd: 30_000 } } },
  ],
  movements: [
    { type: 'carryOver', lineId: 'pok', year: 2024, toYear: 2025, amount: euros(35_000), decisionBody: 'college', decisionDate: '2024-11-12', decisionNumber: 'Z-2024-1187' },
    { type: 'reservation', lineId: 'al2', year: 2025, amount: euros(10_000), decisionBody: 'college', decisionDate: '2025-02-04', decisionNumber: 'Z-2025-0140' },
  ],
};

/** Invented, after 004: parked in programma 0, moved to programma 6 by the raad; spending into 2027. */
export const RIVIERSTAD: PlanSpec = {
  id: 'begroting-rivierstad',
  name: 'POK onderdeel wijkteams',
  municipality: 'Rivierstad',
  fundingSource: 'POK-middelen, decembercirculaire 2022',
  periodStart: 2023,
  periodEnd: 2026,
  yearEnd: 2027,
  lines: [
    { id: 'p0', fields: { label: 'Nog niet bestemd', ledger: 'FCL 6080100', programmeNumber: '0' }, cells: { 2023: { beschikbaar: 500_000 }, 2024: { beschikbaar: 500_000 }, 2025: { beschikbaar: 250_000 }, 2026: { beschikbaar: 250_000 } } },
    { id: 'wijk', fields: { label: 'Wijkteams', ledger: 'FCL 6620100', programmeNumber: '6' }, cells: { 2023: { toegekend: 280_000, besteed: 280_000 }, 2024: { toegekend: 400_000 }, 2027: { besteed: 50_000 } } },
  ],
  movements: [
    { type: 'transfer', lineId: 'p0', toLineId: 'wijk', year: 2023, amount: euros(300_000), decisionBody: 'raad', decisionDate: '2023-06-07', decisionNumber: 'RV-2023-41' },
    { type: 'transfer', lineId: 'p0', toLineId: 'wijk', year: 2024, amount: euros(400_000), decisionBody: 'raad', decisionDate: '2023-06-07', decisionNumber: 'RV-2023-41' },
    { type: 'carryOver', lineId: 'wijk', year: 2023, toYear: 2024, amount: euros(20_000), decisionBody: 'college', decisionDate: '2024-03-19', decisionNumber: 'Z-2024-0311' },
  ],
  links: [
    { line: 'wijk', programmeId: 'bestaanszekerheid', rowId: 'r-wijkteam', basisPoints: 6000 },
    { line: 'wijk', programmeId: 'gezond-samenleven', rowId: 'r-gezin', basisPoints: 4000 },
  ],
};
