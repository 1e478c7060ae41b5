/**
 * The document side of adding, moving and deleting goals and uitwerkingen (the section toolbar).
 * The buttons are no grid cells, so undo and redo return to the section's heading. The flows
 * around them (confirmation, what the live region says) stay in client/programme/section-actions.ts.
 */
import { addRow, deleteRow } from '../../shared/doc/index.ts';
import type { Goal, SubGoal } from '../../shared/model/types.ts';
import { requestRemovals, type MovePositions } from '../council/section-write.ts';
import type { Action, CellRef } from './action.ts';
import { writeRowChange } from './write-row.ts';
import { writeRowMove } from './write-row-move.ts';

/** The colId of a focus request for a section's heading (goal or uitwerking), not a field. */
export const HEADING_FOCUS = '@kop';

export function heading(rowId: string): CellRef {
  return { rowId, colId: HEADING_FOCUS };
}

export interface AddGoalArgs {
  code: string;
  /** The last goal now, whose heading undo returns to. */
  lastId: string | null;
  place: string;
}

export const addGoal: Action<AddGoalArgs, string> = {
  id: 'goal.add',
  label: 'Doel toevoegen',
  councilQuestion: (a) => ({ kind: 'goal', rowId: a.lastId ?? '', place: a.place }),
  perform({ doc, origin, council }, a) {
    let id = '';
    writeRowChange(doc, origin, 'goal', council, () => {
      id = addRow(doc, 'goal', null, origin, { fields: { code: a.code } });
      return { rowId: id, oldValue: '', newValue: `Doel ${a.code}` };
    });
    return { result: id, undoFocus: a.lastId ? heading(a.lastId) : null };
  },
};

export interface DeleteGoalArgs {
  goal: Goal;
  place: string;
}

export const deleteGoal: Action<DeleteGoalArgs> = {
  id: 'goal.delete',
  label: 'Doel verwijderen',
  councilQuestion: (a) => ({ kind: 'goal', rowId: a.goal.id, place: a.place }),
  perform({ doc, origin, council }, { goal }) {
    writeRowChange(doc, origin, 'goal', council, () => {
      deleteRow(doc, 'goal', goal.id, origin);
      requestRemovals(
        doc,
        origin,
        council,
        goal.indicators.map((i) => ({ kind: 'goalIndicator', id: i.id, text: i.indicator })),
      );
      return { rowId: goal.id, oldValue: `Doel ${goal.code}: ${goal.title}`, newValue: '' };
    });
    return { result: undefined, undoFocus: heading(goal.id) };
  },
};

export interface AddSubGoalArgs {
  goalId: string;
  place: string;
}

export const addSubGoal: Action<AddSubGoalArgs, string> = {
  id: 'subGoal.add',
  label: 'Uitwerking toevoegen',
  councilQuestion: (a) => ({ kind: 'subGoal', rowId: a.goalId, place: a.place }),
  perform({ doc, origin, council }, a) {
    let id = '';
    writeRowChange(doc, origin, 'subGoal', council, () => {
      id = addRow(doc, 'subGoal', a.goalId, origin);
      return { rowId: id, oldValue: '', newValue: '' };
    });
    return { result: id, undoFocus: heading(a.goalId) };
  },
};

export interface DeleteSubGoalArgs {
  subGoal: SubGoal;
  place: string;
}

export const deleteSubGoal: Action<DeleteSubGoalArgs> = {
  id: 'subGoal.delete',
  label: 'Uitwerking verwijderen',
  councilQuestion: (a) => ({ kind: 'subGoal', rowId: a.subGoal.id, place: a.place }),
  perform({ doc, origin, council }, { subGoal }) {
    writeRowChange(doc, origin, 'subGoal', council, () => {
      deleteRow(doc, 'subGoal', subGoal.id, origin);
      return { rowId: subGoal.id, oldValue: subGoal.title, newValue: '' };
    });
    return { result: undefined, undoFocus: heading(subGoal.id) };
  },
};

export interface MoveSectionArgs {
  kind: 'goal' | 'subGoal';
  rowId: string;
  step: -1 | 1;
  positions: MovePositions;
  place: string;
}

/** True when it moved. */
export const moveSection: Action<MoveSectionArgs, boolean> = {
  id: 'section.move',
  label: 'Verplaatsen',
  councilQuestion: (a) => ({ kind: a.kind, rowId: a.rowId, place: a.place }),
  perform: ({ doc, origin, council }, a) => ({
    result: writeRowMove(doc, origin, a.kind, a.rowId, a.step, council, a.positions),
    undoFocus: heading(a.rowId),
  }),
};
