/**
 * Step 4: the change as one doc.transact under the session's origin: one update on the wire,
 * one undo step, all or nothing. Yjs keeps what a failed transaction wrote and sends it, so a
 * write that fails half-way is undone at once, and that undo is not offered as a redo.
 */
import type * as Y from 'yjs';
import { DocError } from '../../../shared/doc/index.ts';
import type { Action, ActionContext, Performed } from '../action.ts';
import type { UndoFocus } from '../undo-focus.ts';

export function transact<Args, Result>(
  context: ActionContext,
  undoManager: Y.UndoManager,
  undoFocus: UndoFocus,
  action: Action<Args, Result>,
  args: Args,
): Result {
  const stackBefore = undoManager.undoStack.length;
  let performed: Performed<Result> | undefined;
  try {
    undoFocus.carry(undefined, () =>
      context.doc.transact(() => {
        performed = action.perform(context, args);
        // Still inside the transaction: its undo step is made when the transaction ends.
        undoFocus.name(performed.undoFocus);
      }, context.origin),
    );
  } catch (error) {
    if (undoManager.undoStack.length > stackBefore) {
      undoManager.undo();
      undoManager.redoStack.pop();
    }
    if (error instanceof DocError || !action.failed) throw error;
    console.error(`${action.id} failed`, error);
    throw new Error(action.failed, { cause: error });
  }
  return performed!.result;
}
