/**
 * One place in the advisory body's ranking of a programme's results (the ASD's top 10 in
 * Dronten): which result, at which place, in the words that were ranked, with the body's remark.
 * Priority rows hang directly under the programme and live in its Y.Doc like every other row, so
 * the list is co-edited, kept in the history and frozen in versions; V36 checks it against the
 * results.
 */
import { choice, int, text } from './fields.ts';
import { defineRowKind } from './row-kind.ts';

const college = 'college' as const;

export const priority = defineRowKind({
  kind: 'priority',
  label: 'Prioriteit',
  noun: 'prioriteit',
  sheet: 'Prioriteiten',
  parents: ['programme'],
  main: 'result',
  fields: {
    rank: int({ label: 'Plaats', hint: 'Bijvoorbeeld 1 voor de hoogste prioriteit', owner: college, column: { width: 8, position: 1 } }),
    code: text({ label: 'Resultaatcode', hint: 'De code van het resultaat, bijvoorbeeld 2.4', owner: college, column: { width: 12, position: 2 } }),
    result: text({ label: 'Gerangschikte tekst', hint: 'Het resultaat zoals de adviesraad het rangschikte', owner: college, column: { width: 60, position: 3 } }),
    comment: text({ label: 'Opmerking van de adviesraad', owner: college, column: { header: 'Opmerking', width: 50, position: 4 } }),
    /** The source marks a shared place ("↑ ↓ Gelijke stand"); V36 asks for the mark where ranks repeat. */
    tie: choice({ label: 'Gelijke stand', owner: college, column: { width: 14, position: 5 }, labels: { tie: 'gelijke stand' } }),
  },
});
