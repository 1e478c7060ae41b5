/**
 * Where the caret goes when a cell opens for editing, as in Excel and Word: at the end for
 * Enter and F2, where the pointer was for a double click. The cell shows its text through a
 * renderer (lists, marks), so the place under the pointer is read from the rendered text and
 * matched back to the stored value.
 */

/** A press on a cell's text: the text before the pointer, read on pointerdown. */
interface PointerPlace {
  rowId: string;
  colId: string;
  /** The rendered text from the start of the cell's content up to the pointer. */
  before: string;
  at: number;
}

let last: PointerPlace | null = null;

/** A double click opens the editor within this time of the press that started it. */
const FRESH_MS = 1500;

/**
 * The offset in `value` that corresponds to the end of `before`: the characters of `before` are
 * found in `value` in order; whatever the rendering left out (line breaks between list items,
 * indents, collapsed spaces) is skipped over. Clamped to the value's length.
 */
export function alignOffset(value: string, before: string): number {
  let j = 0;
  for (const ch of before) {
    if (/\s/.test(ch)) {
      // Rendered white space may stand for a line break or several spaces, or be absent in the value.
      let k = j;
      while (k < value.length && /\s/.test(value[k]!)) k++;
      j = k;
      continue;
    }
    const k = value.indexOf(ch, j);
    if (k < 0) return value.length;
    j = k + 1;
  }
  return Math.min(j, value.length);
}

/** The DOM text position under the point, in the browsers that offer either API. */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?(x: number, y: number): Range | null;
  };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/**
 * Remembers where in a cell's text a press landed (call on pointerdown, before the editor covers
 * the cell). Presses outside a cell's text forget it: the editor then opens with the caret at the end.
 */
export function notePointerDown(event: PointerEvent | MouseEvent): void {
  last = null;
  const target = event.target;
  if (!(target instanceof Element)) return;
  const cellEl = target.closest<HTMLElement>('.ag-cell');
  const rowId = cellEl?.closest('.ag-row')?.getAttribute('row-id');
  const colId = cellEl?.getAttribute('col-id');
  const content = cellEl?.querySelector<HTMLElement>('[data-cell-content]');
  if (!cellEl || !rowId || !colId || !content) return;
  const pos = caretAt(event.clientX, event.clientY);
  if (!pos || !content.contains(pos.node)) return;
  const range = document.createRange();
  range.setStart(content, 0);
  range.setEnd(pos.node, pos.offset);
  last = { rowId, colId, before: range.toString(), at: performance.now() };
}

/** The caret for an editor opened on this cell without a key: where it was pressed, else the end. */
export function caretForOpen(rowId: string | undefined, colId: string, value: string): number {
  const place = last;
  last = null;
  if (!place || place.rowId !== rowId || place.colId !== colId || performance.now() - place.at > FRESH_MS) return value.length;
  return alignOffset(value, place.before);
}
