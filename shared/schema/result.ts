/** A result (resultaat) of an uitwerking. */
import { text } from './fields.ts';
import { defineRowKind } from './row-kind.ts';

export const result = defineRowKind({
  kind: 'result',
  label: 'Resultaat',
  noun: 'resultaat',
  sheet: 'Resultaten',
  parents: ['subGoal'],
  main: 'text',
  fields: {
    code: text({ label: 'Code', owner: 'college', column: { header: 'Resultaatcode', width: 12, position: 1 } }),
    text: text({ label: 'Resultaat', owner: 'college', column: { width: 50, position: 2 } }),
    source: text({ label: 'Bron', owner: 'college', column: { width: 30, position: 3 } }),
    measurableFrom: text({ label: 'Meetbaar vanaf', owner: 'college', column: { width: 14, position: 4 } }),
  },
});
