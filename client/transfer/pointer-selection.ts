/**
 * Selecting a block with the mouse: press on a cell and drag to another, or Shift+click from the
 * focused cell. Pointer events, not mouse events: AG Grid moves the focus on pointerdown, so a
 * Shift+click first heard at mousedown found the focus already on the clicked cell.
 */
import { isTextEntry } from '../programme/keys.ts';
import type { CellRef, CellSelection } from './cell-selection.ts';

export interface PointerSelectionHost {
  /** The grid's host element: presses and moves are heard there. */
  host: HTMLElement;
  /** Where a Shift+click extends from: the selection's anchor, which is the focused cell. */
  anchor(): CellRef | null;
  /** False while an editor is open: then the pointer belongs to the text. */
  canSelect(): boolean;
  select(selection: CellSelection): void;
}

/** Added to the host while a drag selects cells: no text selection meanwhile. */
const SELECTING = 'selecting-cells';

/** Listens on the host; returns the cleanup. */
export function listenForPointerSelection(h: PointerSelectionHost): () => void {
  const { host } = h;
  let drag: { start: CellRef; moved: boolean; at: CellRef } | null = null;
  let swallowClick = false;

  const cellAt = (target: EventTarget | null): CellRef | null => {
    if (!(target instanceof Element) || isTextEntry(target)) return null;
    const cell = target.closest('.ag-cell');
    if (!cell || !host.contains(cell)) return null;
    const rowId = cell.closest('.ag-row')?.getAttribute('row-id');
    const colId = cell.getAttribute('col-id');
    return rowId && colId ? { rowId, colId } : null;
  };

  const onPointerDown = (event: PointerEvent) => {
    swallowClick = false;
    drag = null;
    if (event.button !== 0 || event.pointerType === 'touch' || !h.canSelect()) return;
    const cell = cellAt(event.target);
    if (!cell) return;
    const anchor = h.anchor();
    if (event.shiftKey && anchor && host.contains(document.activeElement)) {
      // The grid must not move the focus: the focused cell stays the anchor, as in Excel.
      event.preventDefault();
      event.stopPropagation();
      swallowClick = true;
      h.select({ anchor: { ...anchor }, focus: cell });
      return;
    }
    drag = { start: cell, moved: false, at: cell };
    document.addEventListener('pointermove', onPointerMove, true);
    document.addEventListener('pointerup', endDrag, true);
    document.addEventListener('pointercancel', endDrag, true);
  };

  // A Shift+press whose pointerdown was taken also takes its mousedown (the browser's focus move) and click.
  const onMouseDown = (event: MouseEvent) => {
    if (!swallowClick) return;
    event.preventDefault();
    event.stopPropagation();
  };
  const onClick = (event: MouseEvent) => {
    if (!swallowClick) return;
    swallowClick = false;
    event.stopPropagation();
  };

  const onPointerMove = (event: PointerEvent) => {
    if (!drag || (event.buttons & 1) === 0) return;
    const cell = cellAt(document.elementFromPoint(event.clientX, event.clientY));
    // Only a move to another cell changes the block (a move within one cell redraws nothing).
    if (!cell || (cell.rowId === drag.at.rowId && cell.colId === drag.at.colId)) return;
    drag.at = cell;
    if (!drag.moved) {
      drag.moved = true;
      host.classList.add(SELECTING);
      window.getSelection()?.removeAllRanges();
    }
    h.select({ anchor: drag.start, focus: cell });
  };

  function endDrag() {
    drag = null;
    host.classList.remove(SELECTING);
    document.removeEventListener('pointermove', onPointerMove, true);
    document.removeEventListener('pointerup', endDrag, true);
    document.removeEventListener('pointercancel', endDrag, true);
  }

  host.addEventListener('pointerdown', onPointerDown, true);
  host.addEventListener('mousedown', onMouseDown, true);
  host.addEventListener('click', onClick, true);
  return () => {
    endDrag();
    host.removeEventListener('pointerdown', onPointerDown, true);
    host.removeEventListener('mousedown', onMouseDown, true);
    host.removeEventListener('click', onClick, true);
  };
}
