/**
 * This user's own changes in a shared document: the origin every change of theirs carries, the
 * undo manager that tracks exactly that origin (Ctrl+Z never touches a colleague's work), where
 * the keyboard goes after each undo step, and whether undo and redo are possible now.
 */
import * as Y from 'yjs';
import type { EditOrigin } from '../../shared/doc/index.ts';
import type { CellRef } from '../actions/action.ts';
import { UndoFocus } from '../actions/undo-focus.ts';
import { Store, share } from '../programme/store.ts';
import type { Feature } from './document-session.ts';

export class UndoHistory implements Feature {
  readonly undoManager: Y.UndoManager;
  readonly undoFocus: UndoFocus;
  readonly state = new Store({ canUndo: false, canRedo: false });

  constructor(
    doc: Y.Doc,
    readonly origin: EditOrigin,
    scope: ConstructorParameters<typeof Y.UndoManager>[0],
    /** The cell the user is on now, remembered by each undo step. */
    currentCell: () => CellRef | null,
  ) {
    this.undoManager = new Y.UndoManager(scope, { trackedOrigins: new Set([origin]), captureTimeout: 0 });
    // First: each new step names its place before anyone hears of it.
    this.undoFocus = new UndoFocus(this.undoManager, currentCell);
    const um = this.undoManager;
    const refresh = () => this.state.set(share(this.state.get(), { canUndo: um.undoStack.length > 0, canRedo: um.redoStack.length > 0 }));
    um.on('stack-item-added', refresh);
    um.on('stack-item-popped', refresh);
    um.on('stack-cleared', refresh);
  }

  /** Undoes this user's last change; returns where the keyboard should go. */
  undo(): CellRef | null {
    return this.undoFocus.undo();
  }

  redo(): CellRef | null {
    return this.undoFocus.redo();
  }

  destroy(): void {
    this.undoFocus.destroy();
    this.undoManager.destroy();
  }
}
