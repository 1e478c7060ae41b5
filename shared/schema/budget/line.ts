/**
 * A budget line (begrotingsregel): a thema, an actielijn under it, or a sub-item under that
 * (the words are the plan's level labels). Its amounts per year are cells beside it
 * (./amount.ts), its co-financing and its links are rows under it.
 */
import { choice } from '../fields.ts';
import { defineRowKind } from '../row-kind.ts';
import { budgetText, money } from './fields.ts';

export const budgetLine = defineRowKind({
  kind: 'budgetLine',
  label: 'Begrotingsregel',
  noun: 'begrotingsregel',
  main: 'label',
  sheet: 'Begroting',
  parents: ['plan', 'budgetLine'],
  fields: {
    label: budgetText({ label: 'Omschrijving', column: { width: 50, position: 1 } }),
    code: budgetText({ label: 'Nummer', hint: 'Het nummer in het plan, bijvoorbeeld 2 of 5.3.', column: { width: 8, position: 0 } }),
    ledger: budgetText({ label: 'Grootboek', hint: 'De grootboek- of kostenplaats, bijvoorbeeld FCL 6080100.', column: { width: 16, position: 2 } }),
    programmeNumber: budgetText({
      label: 'Begrotingsprogramma',
      heading: 'Programma',
      hint: 'Het programma van de begroting waarop het geld staat, bijvoorbeeld 6.',
      column: { header: 'Programma', width: 10, position: 3 },
    }),
    unit: choice({
      label: 'Eenheid',
      owner: 'college',
      right: 'finance',
      column: { width: 14, position: 4 },
      labels: { euro: 'euro', hours: 'uren per week' },
    }),
    rate: money({
      label: 'Uurtarief',
      hint: 'Alleen bij uren per week: wat een uur kost. Het jaarbedrag is uren per week x tarief x weken per jaar.',
      column: { width: 12, position: 5 },
    }),
    recurrence: choice({
      label: 'Looptijd',
      owner: 'college',
      right: 'finance',
      column: { width: 18, position: 6 },
      labels: { recurring: 'jaarlijks terugkerend', oneOff: 'eenmalig' },
    }),
    note: budgetText({ label: 'Toelichting', column: { width: 40, position: 7 } }),
  },
});
