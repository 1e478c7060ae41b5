/** An uitwerking of a goal: the college's elaboration, with its problem statement. */
import { text } from './fields.ts';
import { defineRowKind } from './row-kind.ts';

export const subGoal = defineRowKind({
  kind: 'subGoal',
  label: 'Uitwerking',
  noun: 'uitwerking',
  sheet: 'Uitwerkingen',
  parents: ['goal'],
  main: 'title',
  fields: {
    // The problems panel names it beside the uitwerking's number, where "Titel" says enough.
    title: text({ label: 'Uitwerking doel', heading: 'Titel', owner: 'college', column: { header: 'Uitwerking', width: 50, position: 1 } }),
    problem: text({ label: 'Probleem/aanleiding', owner: 'college', column: { width: 60, position: 2 } }),
  },
});
