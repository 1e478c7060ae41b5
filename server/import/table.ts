/** A sheet or CSV file as read, before anyone decided what its columns mean. */

/** A cell's value after reading: Excel formulas give their result, rich text its plain text. */
export type CellInput = string | number | null | { error: string };

export interface RawRow {
  /** As Excel shows it; the header is row 1. */
  rowNumber: number;
  /** Index 0 is column A. */
  cells: CellInput[];
}

export interface RawTable {
  /** Sheet name, or the CSV file's name. */
  name: string;
  source: 'xlsx' | 'csv';
  /** Header texts, index 0 is column A; '' for an empty header cell. */
  headers: string[];
  rows: RawRow[];
}

export function isBlankCell(cell: CellInput | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

export function isBlankRow(row: RawRow): boolean {
  return row.cells.every(isBlankCell);
}
