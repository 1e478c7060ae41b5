/**
 * Undo and redo: commands with keys like the actions, but no change of their own (they replay
 * this user's undo steps; see undo-focus.ts for where the keyboard goes).
 */
import type { Action } from './action.ts';
import { ctrl } from './shortcut.ts';

export type Command = Pick<Action<never, unknown>, 'id' | 'label' | 'help' | 'shortcuts'>;

export const undoCommand: Command = {
  id: 'history.undo',
  label: 'Ongedaan maken',
  help: 'Je eigen laatste wijziging ongedaan maken',
  shortcuts: [ctrl('Ctrl+Z', 'Control+Z', 'z', false)],
};

export const redoCommand: Command = {
  id: 'history.redo',
  label: 'Opnieuw',
  help: 'Opnieuw uitvoeren',
  shortcuts: [ctrl('Ctrl+Y', 'Control+Y', 'y', false), ctrl('Ctrl+Shift+Z', 'Control+Shift+Z', 'z', true)],
};
