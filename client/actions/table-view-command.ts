/**
 * Sorting and filtering a table for this user: a command with keys like the actions, but no
 * change of the document (client/grid/table-view.ts). Ctrl+Shift+L as in Excel: open the form,
 * filtering in the column of the focused cell.
 */
import type { Command } from './history-commands.ts';
import { ctrl } from './shortcut.ts';

export const tableViewCommand: Command = {
  id: 'table.view',
  label: 'Sorteren en filteren',
  help: 'Tabel sorteren of filteren op de kolom van de huidige cel (alleen voor jou)',
  shortcuts: [ctrl('Ctrl+Shift+L', 'Control+Shift+L', 'l', true)],
};
