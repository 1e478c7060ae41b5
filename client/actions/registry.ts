/**
 * The one list of keys: the key handlers find their action here, and the shortcut help is
 * written from it, so the two cannot disagree. Keys that belong to the grid itself or to a
 * text field (arrows, Enter, Escape, Tab) are listed beside the actions, in help order.
 */
import { findCommand, findNextCommand, findPreviousCommand } from './find-commands.ts';
import { redoCommand, undoCommand, type Command } from './history-commands.ts';
import { tableViewCommand } from './table-view-command.ts';
import { clearCells, fillDown, pasteBlock } from './paste-action.ts';
import { addTableRow, deleteTableRow, moveTableRowDown, moveTableRowUp } from './row-actions.ts';
import { actionForKey, type KeyPress } from './shortcut.ts';

/** The row toolbar's commands and their Alt-keys, in the toolbar's order. */
export const TABLE_ROW_ACTIONS = { add: addTableRow, delete: deleteTableRow, up: moveTableRowUp, down: moveTableRowDown } as const;

export type RowCommand = keyof typeof TABLE_ROW_ACTIONS;

export function rowCommandFor(event: KeyPress): RowCommand | null {
  return commandFor(TABLE_ROW_ACTIONS, event);
}

/** What a key does to a selected block of cells (copy and paste are the browser's own events). */
export const RANGE_ACTIONS = { clear: clearCells, fillDown } as const;

export type RangeCommand = keyof typeof RANGE_ACTIONS;

export function rangeCommandFor(event: KeyPress): RangeCommand | null {
  return commandFor(RANGE_ACTIONS, event);
}

function commandFor<K extends string>(table: Readonly<Record<K, Command>>, event: KeyPress): K | null {
  const entries = Object.entries(table) as [K, Command][];
  const found = actionForKey(event, entries.map(([, action]) => action));
  return found ? entries.find(([, action]) => action === found)![0] : null;
}

export type HistoryCommand = 'undo' | 'redo';

export function historyCommandFor(event: KeyPress): HistoryCommand | null {
  const found = actionForKey(event, [undoCommand, redoCommand]);
  return found === undoCommand ? 'undo' : found === redoCommand ? 'redo' : null;
}

export type FindCommand = 'open' | 'next' | 'previous';

export const FIND_COMMANDS: Readonly<Record<FindCommand, Command>> = { open: findCommand, next: findNextCommand, previous: findPreviousCommand };

/** Ctrl+F anywhere on the programme page; Enter and F3 (with Shift: back) in the search. */
export function findCommandFor(event: KeyPress): FindCommand | null {
  return commandFor(FIND_COMMANDS, event);
}

/** Ctrl+Shift+L on a cell: sort and filter this table (for this user). */
export function isTableViewKey(event: KeyPress): boolean {
  return actionForKey(event, [tableViewCommand]) !== null;
}

/** aria-keyshortcuts of a command or action. */
export function ariaKeys(command: Command): string {
  return (command.shortcuts ?? []).map((s) => s.aria).join(' ');
}

/** aria-keyshortcuts of the main key only (a button names one). */
export function mainKey(command: Command): string | undefined {
  return command.shortcuts?.[0]?.aria;
}

/** How the help writes a command's keys: "Ctrl+Y of Ctrl+Shift+Z". */
function helpKeys(command: Command): string {
  return (command.shortcuts ?? []).map((s) => s.keys).join(' of ');
}

/** The main key and its alternatives in brackets: "Alt+N (of Alt+Insert)". */
function keysWithAlternative(command: Command): string {
  const [main, ...more] = (command.shortcuts ?? []).map((s) => s.keys);
  return more.length > 0 ? `${main} (of ${more.join(', ')})` : (main ?? '');
}

/** A button's title: what it does and its main key, "Huidige rij verwijderen (Alt+Delete)". */
export function buttonTitle(command: Command): string {
  const main = command.shortcuts?.[0];
  return main ? `${command.help ?? command.label} (${main.keys})` : (command.help ?? command.label);
}

export interface HelpLine {
  keys: string;
  action: string;
}

function line(command: Command, keys = helpKeys(command)): HelpLine {
  return { keys, action: command.help ?? command.label };
}

export const SHORTCUTS: readonly HelpLine[] = [
  { keys: 'Pijltjes', action: 'Naar een andere cel' },
  { keys: 'Enter of F2', action: 'Cel bewerken; Enter slaat op' },
  { keys: 'Shift+Enter', action: 'Nieuwe regel in een lange tekst' },
  { keys: 'Escape', action: 'Bewerken annuleren; op een cel met een melding: melding verbergen' },
  { keys: 'Enter op Nulmeting of Streefwaarde', action: 'Tekst en onderdelen bewerken; Tab gaat naar het volgende veld' },
  { keys: 'Tab / Shift+Tab', action: 'Opslaan en naar de volgende / vorige cel' },
  line(addTableRow, keysWithAlternative(addTableRow)),
  line(deleteTableRow, keysWithAlternative(deleteTableRow)),
  { keys: `${helpKeys(moveTableRowUp)} / ${helpKeys(moveTableRowDown)}`, action: 'Huidige rij omhoog / omlaag verplaatsen' },
  { keys: 'Shift+pijltjes, slepen of Shift+klik', action: 'Een blok cellen selecteren' },
  { keys: 'Ctrl+C', action: 'Cel of geselecteerd blok kopiëren (plakbaar in Excel en Word)' },
  line(pasteBlock),
  line(clearCells, 'Delete of Backspace'),
  line(fillDown),
  line(undoCommand),
  line(redoCommand),
  line(findCommand),
  line(tableViewCommand),
  { keys: 'Enter of F3 / Shift+Enter of Shift+F3', action: 'In het zoeken: volgende / vorige gevonden cel; Escape sluit' },
  { keys: '← / → op de tabs van het zijpaneel', action: 'Naar Problemen, Opmerkingen of Geschiedenis' },
  { keys: 'Ctrl+Enter in een opmerking', action: 'Opmerking of antwoord plaatsen' },
];
