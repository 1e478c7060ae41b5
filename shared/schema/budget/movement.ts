/**
 * A movement (mutatie): a dated, decided entry that changes the matrix, never an edited number.
 *
 *   reservation  reserves `amount` on line `lineId` in `year` (gereserveerd)
 *   transfer     moves available money from `lineId` to `toLineId` in `year`: another ledger
 *                line or budget programme ("geparkeerd in programma 0, overgeheveld naar 6")
 *   carryOver    carries `amount` of what is left on `lineId` in `year` to `toYear`
 *                (budgetoverheveling; `toYear` empty means the next year)
 *
 * Each carries its decision: who decided, when, and the document number.
 */
import { choice } from '../fields.ts';
import { defineRowKind } from '../row-kind.ts';
import { budgetText, isoDay, money, reference, year } from './fields.ts';

export const budgetMovement = defineRowKind({
  kind: 'budgetMovement',
  label: 'Mutatie',
  noun: 'mutatie',
  main: 'type',
  sheet: 'Mutaties',
  parents: ['plan'],
  fields: {
    type: choice({
      label: 'Soort mutatie',
      heading: 'Soort',
      owner: 'college',
      right: 'finance',
      column: { header: 'Soort', width: 16, position: 1 },
      labels: { reservation: 'reservering', transfer: 'verschuiving', carryOver: 'overheveling' },
      shown: { reservation: 'Reservering', transfer: 'Verschuiving naar andere regel', carryOver: 'Overheveling naar later jaar' },
    }),
    lineId: reference({ label: 'Regel', hint: 'De regel van de reservering of overheveling, of waar een verschuiving vandaan komt.', column: { width: 40, position: 2 } }),
    toLineId: reference({ label: 'Naar regel', hint: 'Alleen bij een verschuiving: de regel die het geld krijgt.', column: { width: 40, position: 3 } }),
    year: year({ label: 'Jaar', column: { width: 8, position: 4 } }),
    toYear: year({ label: 'Naar jaar', hint: 'Alleen bij een overheveling; leeg is het volgende jaar.', column: { width: 10, position: 5 } }),
    amount: money({ label: 'Bedrag', column: { width: 14, position: 6 } }),
    decisionBody: budgetText({
      label: 'Besloten door',
      column: { width: 18, position: 7 },
      suggestions: { college: 'college van B en W', raad: 'gemeenteraad', directie: 'directie' },
    }),
    decisionDate: isoDay({ label: 'Datum besluit', column: { width: 12, position: 8 } }),
    decisionNumber: budgetText({ label: 'Kenmerk besluit', heading: 'Kenmerk', column: { header: 'Kenmerk', width: 16, position: 9 } }),
    note: budgetText({ label: 'Toelichting', column: { width: 40, position: 10 } }),
  },
});
