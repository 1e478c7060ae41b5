/** An indicator of a result: one line of text. */
import { text } from './fields.ts';
import { defineRowKind } from './row-kind.ts';

export const resultIndicator = defineRowKind({
  kind: 'resultIndicator',
  label: 'Indicator op resultaat',
  noun: 'resultaatindicator',
  sheet: 'Resultaatindicatoren',
  parents: ['result'],
  main: 'text',
  fields: {
    text: text({ label: 'Indicator op resultaat', owner: 'college', column: { width: 60, position: 1 } }),
  },
});
