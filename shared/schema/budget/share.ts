/**
 * Co-financing: the part of a line paid from one funding source ("de helft ... POK-middelen en
 * de andere helft vanuit veiligheid"). A line without shares is paid wholly from the plan's
 * funding source; with shares, they add up to 100% (V32).
 */
import { defineRowKind } from '../row-kind.ts';
import { budgetText, share } from './fields.ts';

export const budgetShare = defineRowKind({
  kind: 'budgetShare',
  label: 'Cofinanciering',
  noun: 'aandeel',
  main: 'source',
  sheet: 'Cofinanciering',
  parents: ['budgetLine'],
  fields: {
    source: budgetText({ label: 'Financieringsbron', heading: 'Bron', hint: 'Bijvoorbeeld POK-middelen of budget veiligheid.', column: { width: 30, position: 1 } }),
    basisPoints: share({ label: 'Aandeel', hint: 'In honderdsten van een procent: 5000 is 50%.', column: { width: 10, position: 2 } }),
  },
});
