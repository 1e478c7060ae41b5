/**
 * A budget plan's settings as plain data, and the checks on what a user sends to create one.
 * Name, municipality and period are checked exactly as for a programme (same fields, same
 * Dutch messages); the rest is the plan's own.
 */
import { checkNewProgramme, type Checked } from '../programmes/settings.ts';

export interface BudgetLevelLabels {
  thema: string;
  actielijn: string;
  onderdeel: string;
}

export interface BudgetSettings {
  municipality: string;
  /** Where the money comes from: "POK-middelen, decembercirculaire 2021". */
  fundingSource: string;
  /** The allocation period: the years the money is granted for (V33). */
  periodStart: number;
  periodEnd: number;
  /** The years the matrix shows; spending may run past the period (V33 then asks for a decision). */
  yearStart: number;
  yearEnd: number;
  /** The words for the three levels of lines. */
  levelLabels: BudgetLevelLabels;
  /** Weeks in a year for a line in hours per week. */
  weeksPerYear: number;
}

export const DEFAULT_BUDGET_LEVELS: BudgetLevelLabels = { thema: 'Thema', actielijn: 'Actielijn', onderdeel: 'Onderdeel' };
export const DEFAULT_WEEKS_PER_YEAR = 52;
/** The matrix shows at most this many years. */
const MAX_BUDGET_YEARS = 15;
const MAX_TEXT = 200;

export interface NewBudgetInput {
  name: string;
  settings: BudgetSettings;
}

const fail = (field: string, error: string): { ok: false; error: string; field: string } => ({ ok: false, error, field });

function optionalYear(value: unknown, field: string, label: string): Checked<number | undefined> {
  if (value === undefined || value === null || value === '') return { ok: true, value: undefined };
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d{4}$/.test(text)) return fail(field, `Geef ${label} als jaartal van vier cijfers, bijvoorbeeld 2027.`);
  return { ok: true, value: Number(text) };
}

/**
 * POST /api/documents with kind "budget": name, municipality, periodStart, periodEnd as for a
 * programme; optional fundingSource, yearStart and yearEnd (the years shown, by default the
 * period) and weeksPerYear.
 */
export function checkNewBudget(body: unknown): Checked<NewBudgetInput> {
  const base = checkNewProgramme(body);
  if (!base.ok) return base;
  const input = body as Record<string, unknown>;
  const { municipality, periodStart, periodEnd } = base.value.settings;
  let fundingSource = '';
  if (input.fundingSource !== undefined) {
    if (typeof input.fundingSource !== 'string') return fail('fundingSource', 'Geef de financieringsbron als tekst.');
    fundingSource = input.fundingSource.trim();
    if (fundingSource.length > MAX_TEXT) return fail('fundingSource', `De financieringsbron mag hoogstens ${MAX_TEXT} tekens lang zijn.`);
  }
  const start = optionalYear(input.yearStart, 'yearStart', 'het eerste jaar van de tabel');
  if (!start.ok) return start;
  const end = optionalYear(input.yearEnd, 'yearEnd', 'het laatste jaar van de tabel');
  if (!end.ok) return end;
  const yearStart = start.value ?? Math.min(periodStart!, end.value ?? periodStart!);
  const yearEnd = end.value ?? Math.max(periodEnd!, yearStart);
  if (yearEnd < yearStart) return fail('yearEnd', 'Het laatste jaar van de tabel ligt vóór het eerste.');
  if (yearEnd - yearStart + 1 > MAX_BUDGET_YEARS) return fail('yearEnd', `De tabel toont hoogstens ${MAX_BUDGET_YEARS} jaar.`);
  let weeksPerYear = DEFAULT_WEEKS_PER_YEAR;
  if (input.weeksPerYear !== undefined) {
    const weeks = input.weeksPerYear;
    if (typeof weeks !== 'number' || !Number.isInteger(weeks) || weeks < 1 || weeks > 53) return fail('weeksPerYear', 'Geef het aantal weken per jaar als geheel getal van 1 tot en met 53.');
    weeksPerYear = weeks;
  }
  return {
    ok: true,
    value: {
      name: base.value.name,
      settings: {
        municipality,
        fundingSource,
        periodStart: periodStart!,
        periodEnd: periodEnd!,
        yearStart,
        yearEnd,
        levelLabels: { ...DEFAULT_BUDGET_LEVELS },
        weeksPerYear,
      },
    },
  };
}

/** The years the matrix shows, in order. */
export function yearsOf(settings: Pick<BudgetSettings, 'yearStart' | 'yearEnd'>): number[] {
  const years: number[] = [];
  for (let y = settings.yearStart; y <= settings.yearEnd; y++) years.push(y);
  return years;
}
