/** An activity (activiteit): under an uitwerking, or under one of its results. */
import { choice, text } from './fields.ts';
import { defineRowKind } from './row-kind.ts';

export const activity = defineRowKind({
  kind: 'activity',
  label: 'Activiteit',
  noun: 'activiteit',
  sheet: 'Activiteiten',
  parents: ['subGoal', 'result'],
  main: 'text',
  fields: {
    text: text({ label: 'Activiteit', owner: 'college', column: { width: 70, position: 1 } }),
    kind: choice({
      label: 'Soort',
      owner: 'college',
      column: { width: 12, position: 2 },
      labels: { existing: 'bestaand', new: 'nieuw' },
    }),
  },
});
