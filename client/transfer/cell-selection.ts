/**
 * A rectangular selection inside one grid: the anchor (the focused cell, where Shift+arrow
 * started) and the far corner. Cells are named by row id and column id, not by index, so a
 * colleague adding a row above keeps the selection on the same cells.
 */

export interface CellRef {
  rowId: string;
  colId: string;
}

export interface CellSelection {
  anchor: CellRef;
  focus: CellRef;
}

/** Inclusive table indexes. */
export interface SelectionRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type SelectionStep = 'up' | 'down' | 'left' | 'right';

export function selectionRect(selection: CellSelection, rowIds: readonly string[], colIds: readonly string[]): SelectionRect | null {
  const a = indexOf(selection.anchor, rowIds, colIds);
  const f = indexOf(selection.focus, rowIds, colIds);
  if (!a || !f) return null;
  return {
    top: Math.min(a.row, f.row),
    bottom: Math.max(a.row, f.row),
    left: Math.min(a.col, f.col),
    right: Math.max(a.col, f.col),
  };
}

export function rectSize(rect: SelectionRect): { rows: number; cols: number } {
  return { rows: rect.bottom - rect.top + 1, cols: rect.right - rect.left + 1 };
}

/** Moves the far corner one cell, stopping at the table's edges. */
export function extendSelection(
  selection: CellSelection,
  step: SelectionStep,
  rowIds: readonly string[],
  colIds: readonly string[],
): CellSelection | null {
  const f = indexOf(selection.focus, rowIds, colIds);
  if (!f || !indexOf(selection.anchor, rowIds, colIds)) return null;
  const row = clamp(f.row + (step === 'down' ? 1 : step === 'up' ? -1 : 0), rowIds.length);
  const col = clamp(f.col + (step === 'right' ? 1 : step === 'left' ? -1 : 0), colIds.length);
  return { anchor: selection.anchor, focus: { rowId: rowIds[row]!, colId: colIds[col]! } };
}

/** Every cell of the rectangle, row by row. */
export function cellsIn(rect: SelectionRect, rowIds: readonly string[], colIds: readonly string[]): CellRef[][] {
  const rows: CellRef[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: CellRef[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push({ rowId: rowIds[r]!, colId: colIds[c]! });
    rows.push(row);
  }
  return rows;
}

export function isSingleCell(selection: CellSelection): boolean {
  return selection.anchor.rowId === selection.focus.rowId && selection.anchor.colId === selection.focus.colId;
}

function indexOf(cell: CellRef, rowIds: readonly string[], colIds: readonly string[]): { row: number; col: number } | null {
  const row = rowIds.indexOf(cell.rowId);
  const col = colIds.indexOf(cell.colId);
  return row < 0 || col < 0 ? null : { row, col };
}

function clamp(index: number, length: number): number {
  return Math.max(0, Math.min(length - 1, index));
}
