/**
 * The cells of the matrix: one number per budget line, year and kind (soort). A cell holds the
 * line's quantity in its unit: whole euro cents for a line in euro, hundredths of an hour per
 * week for a line in hours (its cost is then hours x rate x weeks, shared/budget/money.ts).
 * Stated totals (a typed "Totaal" column or row, kept to be checked by V28, never used as a
 * total) are cells of their own with the same kinds.
 */
import { int, type FieldDef } from '../fields.ts';
import * as v from 'valibot';
import { MAX_AMOUNT_CENTS } from '../../budget/money.ts';

export const AMOUNT_KINDS = ['beschikbaar', 'gereserveerd', 'toegekend', 'besteed'] as const;
export type AmountKind = (typeof AMOUNT_KINDS)[number];

/** As a heading: "Beschikbaar". */
export const AMOUNT_KIND_LABELS: Readonly<Record<AmountKind, string>> = {
  beschikbaar: 'Beschikbaar',
  gereserveerd: 'Gereserveerd',
  toegekend: 'Toegekend',
  besteed: 'Besteed',
};

export function isAmountKind(value: unknown): value is AmountKind {
  return typeof value === 'string' && (AMOUNT_KINDS as readonly string[]).includes(value);
}

const cellMessage = 'Verwacht een geheel, niet-negatief getal (centen, of honderdsten van een uur).';

/** One cell's value; the same bound as an amount, so every sum stays exact. */
export const amountCell: FieldDef<number | null> = {
  ...int({ label: 'Bedrag', owner: 'college', right: 'finance', column: { width: 14, position: 0 } }),
  stored: v.nullable(v.pipe(v.number(cellMessage), v.integer(cellMessage), v.minValue(0, cellMessage), v.maxValue(MAX_AMOUNT_CENTS, cellMessage))),
};

/** A stated total: whole euro cents as typed in the source. */
export const statedCell: FieldDef<number | null> = {
  ...amountCell,
  label: 'Opgegeven totaal',
  heading: 'Opgegeven totaal',
  inputLabel: 'Opgegeven totaal',
};
