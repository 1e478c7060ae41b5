/** Keyboard shortcuts, in one place so the help text and the handlers agree. */

export type RowCommand = 'add' | 'delete' | 'up' | 'down';

export function rowCommandFor(event: KeyboardEvent | React.KeyboardEvent): RowCommand | null {
  if (!event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.code === 'KeyN' || event.key === 'Insert') return 'add';
  if (event.key === 'Delete' || event.key === 'Backspace') return 'delete';
  if (event.key === 'ArrowUp') return 'up';
  if (event.key === 'ArrowDown') return 'down';
  return null;
}

export type HistoryCommand = 'undo' | 'redo';

export function historyCommandFor(event: KeyboardEvent): HistoryCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/** True when typing goes into a text field, where the browser's own undo must win. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'submit', 'reset', 'checkbox', 'radio'].includes(target.type);
  }
  return false;
}

export const SHORTCUTS: { keys: string; action: string }[] = [
  { keys: 'Pijltjes', action: 'Naar een andere cel' },
  { keys: 'Enter of F2', action: 'Cel bewerken; Enter slaat op' },
  { keys: 'Shift+Enter', action: 'Nieuwe regel in een lange tekst' },
  { keys: 'Escape', action: 'Bewerken annuleren; op een cel met een melding: melding verbergen' },
  { keys: 'Enter op Nulmeting of Streefwaarde', action: 'Tekst en onderdelen bewerken; Tab gaat naar het volgende veld' },
  { keys: 'Tab / Shift+Tab', action: 'Opslaan en naar de volgende / vorige cel' },
  { keys: 'Alt+N (of Alt+Insert)', action: 'Rij toevoegen onder de huidige rij' },
  { keys: 'Alt+Delete (of Alt+Backspace)', action: 'Huidige rij verwijderen' },
  { keys: 'Alt+↑ / Alt+↓', action: 'Huidige rij omhoog / omlaag verplaatsen' },
  { keys: 'Shift+pijltjes (of Shift+klik)', action: 'Een blok cellen selecteren' },
  { keys: 'Ctrl+C', action: 'Cel of geselecteerd blok kopiëren (plakbaar in Excel en Word)' },
  { keys: 'Ctrl+V', action: 'Blok uit Excel, Word of Google Sheets plakken vanaf de huidige cel; voegt zo nodig rijen toe' },
  { keys: 'Ctrl+Z', action: 'Je eigen laatste wijziging ongedaan maken' },
  { keys: 'Ctrl+Y of Ctrl+Shift+Z', action: 'Opnieuw uitvoeren' },
  { keys: '← / → op de tabs van het zijpaneel', action: 'Naar Problemen, Opmerkingen of Geschiedenis' },
  { keys: 'Ctrl+Enter in een opmerking', action: 'Opmerking of antwoord plaatsen' },
];
