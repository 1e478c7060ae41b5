/**
 * A link from a budget line (or a share of it) to a row of a programme it pays for: an
 * activity, a result, an uitwerking or a goal. Policy officers make links (the edit right);
 * the amounts stay with the financieel adviseur.
 */
import { choice } from '../fields.ts';
import { defineRowKind } from '../row-kind.ts';
import { reference, share } from './fields.ts';

export const budgetLink = defineRowKind({
  kind: 'budgetLink',
  label: 'Koppeling',
  noun: 'koppeling',
  main: 'rowId',
  sheet: 'Koppelingen',
  parents: ['budgetLine'],
  fields: {
    programmeId: reference({ label: 'Programma', right: 'edit', column: { width: 24, position: 1 } }),
    rowId: reference({ label: 'Rij', right: 'edit', column: { width: 40, position: 2 } }),
    rowKind: choice({
      label: 'Soort rij',
      owner: 'college',
      right: 'edit',
      column: { width: 14, position: 3 },
      labels: { goal: 'doel', subGoal: 'uitwerking', result: 'resultaat', activity: 'activiteit' },
    }),
    basisPoints: share({
      label: 'Aandeel van de regel',
      heading: 'Aandeel',
      right: 'edit',
      hint: 'Leeg is de hele regel; 2500 is een kwart.',
      column: { header: 'Aandeel', width: 10, position: 4 },
    }),
  },
});
