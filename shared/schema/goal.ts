/** A goal (doel) of the programme, adopted by the raad. */
import { text } from './fields.ts';
import { defineRowKind } from './row-kind.ts';

export const goal = defineRowKind({
  kind: 'goal',
  label: 'Doel',
  noun: 'doel',
  sheet: 'Doelen',
  parents: ['programme'],
  main: 'title',
  fields: {
    code: text({ label: 'Nummer', owner: 'council', column: { header: 'Doelcode', width: 10, position: 1 } }),
    title: text({ label: 'Titel', owner: 'council', column: { width: 50, position: 2 } }),
    societalEffect: text({ label: 'Maatschappelijk effect', owner: 'council', column: { width: 60, position: 3 } }),
  },
});
