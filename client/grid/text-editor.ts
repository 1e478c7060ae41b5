/**
 * The grid's text editor, in the habits of Excel and Word: Enter or F2 open it with the caret at
 * the end of the text (nothing selected, so the first key does not wipe it); a double click puts
 * the caret where the pointer was; typing on a selected cell replaces its text with what is typed;
 * Backspace or Delete on a selected cell start from an empty text. Enter saves (the grid then moves
 * down), Shift+Enter or Alt+Enter start a new line, Escape cancels, Tab saves and moves right.
 *
 * Long texts open in a large popup over the cell that grows with the text (up to most of the
 * window) and is named for screen readers; short texts (a code, a year) are edited in the cell.
 * A plain class, not a React component: it exists in the same task as the key that opened it, so
 * no typed character is lost while it mounts.
 */
import type { ICellEditorComp, ICellEditorParams } from 'ag-grid-community';
import { caretForOpen } from './caret.ts';

export interface TextEditorParams {
  /** A textarea in a popup (default) or a one-line field in the cell. */
  multiline?: boolean;
  maxLength?: number;
}

/** What the grid context tells an editor about its table (see TableGrid). */
interface EditorContext {
  label?: string;
}

/** "Indicator bewerken, Indicatoren bij doel 1, rij 2". */
export function editorLabel(header: string | undefined, table: string | undefined, rowIndex: number | null | undefined): string {
  const parts = [`${header || 'Cel'} bewerken`];
  if (table) parts.push(table);
  if (rowIndex != null && rowIndex >= 0) parts.push(`rij ${rowIndex + 1}`);
  return parts.join(', ');
}

/** The text an editor starts with and where its caret goes, from the key that opened it. */
export function startState(value: unknown, eventKey: string | null | undefined, caretWithoutKey: (text: string) => number): { text: string; caret: number } {
  const stored = value == null ? '' : String(value);
  if (eventKey === 'Backspace' || eventKey === 'Delete') return { text: '', caret: 0 };
  if (eventKey && eventKey.length === 1) return { text: eventKey, caret: 1 };
  if (eventKey) return { text: stored, caret: stored.length }; // Enter, F2
  return { text: stored, caret: Math.max(0, Math.min(stored.length, caretWithoutKey(stored))) };
}

let hintSeq = 0;

const NAVIGATION_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

export class TextCellEditor implements ICellEditorComp {
  private gui!: HTMLElement;
  private input!: HTMLTextAreaElement | HTMLInputElement;
  private caret = 0;
  private multiline = true;
  private label = '';
  private cellWidth = 0;

  init(params: ICellEditorParams & TextEditorParams): void {
    this.multiline = params.multiline !== false;
    const rowId = params.node.id;
    const colId = params.column.getColId();
    const { text, caret } = startState(params.value, params.eventKey, (stored) => caretForOpen(rowId, colId, stored));
    this.caret = caret;
    this.label = editorLabel(params.colDef.headerName, (params.context as EditorContext | undefined)?.label, params.rowIndex);
    this.cellWidth = params.eGridCell?.getBoundingClientRect().width ?? 0;

    const gui = document.createElement('div');
    gui.className = this.multiline ? 'koers-text-editor koers-text-editor-large' : 'koers-text-editor koers-text-editor-inline';
    const input = this.multiline ? document.createElement('textarea') : document.createElement('input');
    if (input instanceof HTMLInputElement) input.type = 'text';
    input.className = 'koers-text-editor-input';
    input.value = text;
    input.maxLength = params.maxLength ?? (this.multiline ? 20_000 : 200);
    input.setAttribute('aria-label', this.label);
    input.spellcheck = true;
    input.lang = 'nl';
    gui.appendChild(input);
    if (this.multiline) {
      const hint = document.createElement('p');
      hint.className = 'koers-text-editor-hint';
      hint.id = `koers-editor-hint-${++hintSeq}`;
      hint.textContent = 'Enter bewaart · Shift+Enter: nieuwe regel · Esc annuleert';
      gui.appendChild(hint);
      input.setAttribute('aria-describedby', hint.id);
    }
    input.addEventListener('keydown', (event) => this.onKeyDown(event as KeyboardEvent));
    input.addEventListener('input', () => this.fit());
    this.gui = gui;
    this.input = input;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const input = this.input;
    if (this.multiline && event.key === 'Enter' && (event.shiftKey || event.altKey) && !event.ctrlKey && !event.metaKey) {
      // A new line in the text, not a save. Alt+Enter as in Excel; the textarea does Shift+Enter itself.
      event.stopPropagation();
      if (event.altKey) {
        event.preventDefault();
        const start = input.selectionStart ?? input.value.length;
        const end = input.selectionEnd ?? start;
        input.setRangeText('\n', start, end, 'end');
        this.fit();
      }
      return;
    }
    // Inside the text these move the caret; the grid must not move to another cell.
    if (NAVIGATION_KEYS.has(event.key) && (this.multiline || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown'))) event.stopPropagation();
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  afterGuiAttached(): void {
    const input = this.input;
    // The popup the grid puts around a large editor is a dialog: it gets the editor's name.
    const popup = this.gui.closest('.ag-popup-editor');
    if (popup) popup.setAttribute('aria-label', this.label);
    if (this.multiline && this.cellWidth > 0) this.gui.style.width = `${Math.max(this.cellWidth, 420)}px`;
    this.fit();
    input.focus({ preventScroll: true });
    input.setSelectionRange(this.caret, this.caret);
    if (this.multiline) {
      // Show the caret's line: after a double click low in a long text it may be below the fold.
      const lineHeight = parseFloat(getComputedStyle(input).lineHeight) || 20;
      const linesBefore = input.value.slice(0, this.caret).split('\n').length;
      if (input.scrollHeight > input.clientHeight) input.scrollTop = Math.max(0, linesBefore * lineHeight - input.clientHeight / 2);
    }
  }

  /** The textarea grows with its text up to most of the window, then scrolls. */
  private fit(): void {
    if (!(this.input instanceof HTMLTextAreaElement)) return;
    const input = this.input;
    const max = Math.max(160, Math.round(window.innerHeight * 0.6));
    input.style.height = 'auto';
    input.style.height = `${Math.min(max, input.scrollHeight + 2)}px`;
  }

  getValue(): string {
    return this.input.value;
  }

  isPopup(): boolean {
    return this.multiline;
  }

  getPopupPosition(): 'over' {
    return 'over';
  }

  focusIn(): void {
    this.input.focus({ preventScroll: true });
  }
}
