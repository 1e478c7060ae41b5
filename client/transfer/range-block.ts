/**
 * What Delete and Ctrl+D write over a selected block, as a text block for the paste planner:
 * so a clear or a fill-down passes the same checks as a paste (read-only columns skipped, the
 * council lock, each value converted as the column stores it) and is one action.
 */
import type { SelectionRect } from './cell-selection.ts';
import type { TextBlock } from './tsv.ts';

export interface PlacedBlock {
  block: TextBlock;
  /** Top-left cell the block is written from (table indexes). */
  start: { row: number; col: number };
}

/** Empty texts over the whole block. */
export function clearedBlock(rect: SelectionRect): PlacedBlock {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  return { block: Array.from({ length: rows }, () => Array.from({ length: cols }, () => '')), start: { row: rect.top, col: rect.left } };
}

/**
 * The block's top row copied into the rows below it, as Excel's Ctrl+D; a block of one row takes
 * the row above it. Null when there is nothing to copy from (one row, at the top of the table).
 * `textAt` reads a cell as the grid shows it (table indexes).
 */
export function filledDownBlock(rect: SelectionRect, textAt: (row: number, col: number) => string): PlacedBlock | null {
  const source = rect.bottom > rect.top ? rect.top : rect.top - 1;
  if (source < 0) return null;
  const first = source + 1;
  const line: string[] = [];
  for (let c = rect.left; c <= rect.right; c++) line.push(textAt(source, c));
  return { block: Array.from({ length: rect.bottom - first + 1 }, () => [...line]), start: { row: first, col: rect.left } };
}
