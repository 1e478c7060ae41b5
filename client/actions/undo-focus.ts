/**
 * Where the keyboard goes after undo and redo. Each undo step remembers a place when it is
 * made: the one the action named (a section heading for the section buttons), else the cell the
 * user was on. Undoing moves the step to the redo stack, which keeps the same place.
 */
import type * as Y from 'yjs';
import type { CellRef } from './action.ts';

type StackItem = { meta: Map<unknown, unknown> };

export class UndoFocus {
  /** The place the change being written names; read when its undo step is made. */
  private carried: CellRef | null = null;

  constructor(
    private readonly undoManager: Y.UndoManager,
    /** The cell the user is on now. */
    private readonly current: () => CellRef | null,
  ) {
    undoManager.on('stack-item-added', this.onAdded);
  }

  destroy(): void {
    this.undoManager.off('stack-item-added', this.onAdded);
  }

  private readonly onAdded = (event: { stackItem: StackItem }) => {
    if (event.stackItem.meta.has('focus')) return;
    event.stackItem.meta.set('focus', this.carried ?? this.current());
  };

  /** Runs `write` so that the undo step it makes returns to `focus` (undefined/null: the current cell). */
  carry<T>(focus: CellRef | null | undefined, write: () => T): T {
    this.carried = focus ?? null;
    try {
      return write();
    } finally {
      this.carried = null;
    }
  }

  /** Names the place for the step being written now (inside its transaction). */
  name(focus: CellRef | null | undefined): void {
    this.carried = focus ?? null;
  }

  /** Undoes the last step; returns where the keyboard should go (null: nowhere, or nothing to undo). */
  undo(): CellRef | null {
    return this.pop(this.undoManager.undoStack, () => this.undoManager.undo());
  }

  redo(): CellRef | null {
    return this.pop(this.undoManager.redoStack, () => this.undoManager.redo());
  }

  private pop(stack: StackItem[], run: () => unknown): CellRef | null {
    const item = stack[stack.length - 1];
    if (!item) return null;
    const focus = (item.meta.get('focus') as CellRef | null | undefined) ?? null;
    this.carry(focus, run);
    return focus;
  }
}
