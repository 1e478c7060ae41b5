/** What the finance rules share: naming a line or a year, and the keys of the cells they mark. */
import { formatEuro, type Cents } from '../../budget/money.ts';
import type { BudgetMovement } from '../../budget/types.ts';

/** The field of a finding about one year of a line or of the plan: the cell a marker sits on. */
export function yearField(year: number): string {
  return `jaar:${year}`;
}

export function euro(cents: Cents): string {
  return formatEuro(cents);
}

/** True when the movement names the decision it rests on: a date and a body or a document number. */
export function isDecided(m: Pick<BudgetMovement, 'decisionDate' | 'decisionBody' | 'decisionNumber'>): boolean {
  return m.decisionDate !== null && (m.decisionBody.trim() !== '' || m.decisionNumber.trim() !== '');
}

export const MOVEMENT_NOUN: Readonly<Record<NonNullable<BudgetMovement['type']>, string>> = {
  reservation: 'reservering',
  transfer: 'verschuiving',
  carryOver: 'overheveling',
};
