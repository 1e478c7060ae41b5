/**
 * The programme search: commands with keys like the actions, but no change of the document
 * (client/find/ answers them). Ctrl+F opens Koers' own search instead of the browser's, which
 * cannot see tables that are not mounted yet.
 */
import type { Command } from './history-commands.ts';
import { ctrl, type KeyPress, type Shortcut } from './shortcut.ts';

function plain(keys: string, key: string, shift: boolean): Shortcut {
  return { keys, aria: keys, matches: (e: KeyPress) => e.key === key && e.shiftKey === shift && !e.ctrlKey && !e.metaKey && !e.altKey };
}

export const findCommand: Command = {
  id: 'find.open',
  label: 'Zoeken in programma',
  help: 'Zoeken in alle tabellen van het programma',
  shortcuts: [ctrl('Ctrl+F', 'Control+F', 'f', false)],
};

export const findNextCommand: Command = {
  id: 'find.next',
  label: 'Volgende',
  help: 'Volgende gevonden cel',
  shortcuts: [plain('Enter', 'Enter', false), plain('F3', 'F3', false)],
};

export const findPreviousCommand: Command = {
  id: 'find.previous',
  label: 'Vorige',
  help: 'Vorige gevonden cel',
  shortcuts: [plain('Shift+Enter', 'Enter', true), plain('Shift+F3', 'F3', true)],
};
