/**
 * A table sorted or filtered by one column for this user only: the rows are reordered and left
 * out on this screen, the stored order (what colleagues, exports and the council document see)
 * stays as it is. Kept per table for as long as the page is open.
 */
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import { containsText } from './text-match.ts';

export type SortDirection = 'asc' | 'desc';

export interface TableView {
  sort: { colId: string; direction: SortDirection } | null;
  /** Only rows whose cell in this column holds the text. */
  filter: { colId: string; text: string } | null;
}

export const NO_VIEW: TableView = { sort: null, filter: null };

export function isActive(view: TableView): boolean {
  return view.sort !== null || (view.filter !== null && view.filter.text.trim() !== '');
}

/** The columns one can sort and filter by: those showing a value of the row. */
export function viewColumns<Row>(columns: readonly ColDef<Row>[]): { colId: string; header: string }[] {
  return columns.filter((c) => c.field).map((c) => ({ colId: String(c.colId ?? c.field), header: c.headerName ?? String(c.field) }));
}

/** The cell's text as the grid shows it (through the column's formatter, as a choice's label). */
function shownText<Row>(row: Row, column: ColDef<Row> | undefined): string {
  if (!column?.field) return '';
  const value = (row as Record<string, unknown>)[column.field];
  if (typeof column.valueFormatter === 'function') {
    return String(column.valueFormatter({ value, data: row } as ValueFormatterParams<Row>) ?? '');
  }
  return value == null ? '' : String(value);
}

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

/** The rows as this user sees them; the same array when nothing applies. */
export function applyView<Row>(rows: Row[], columns: readonly ColDef<Row>[], view: TableView): Row[] {
  if (!isActive(view)) return rows;
  const column = (colId: string) => columns.find((c) => String(c.colId ?? c.field) === colId);
  let shown = rows;
  const filter = view.filter;
  if (filter && filter.text.trim() !== '') {
    const col = column(filter.colId);
    shown = shown.filter((row) => containsText(shownText(row, col), filter.text));
  }
  const sort = view.sort;
  if (sort) {
    const col = column(sort.colId);
    const sign = sort.direction === 'asc' ? 1 : -1;
    const keyed = shown.map((row, index) => ({ row, index, text: shownText(row, col).trim() }));
    keyed.sort((a, b) => {
      // Empty cells last either way, as Excel does; ties keep the stored order.
      if (a.text === '' || b.text === '') return a.text === b.text ? a.index - b.index : a.text === '' ? 1 : -1;
      return sign * collator.compare(a.text, b.text) || a.index - b.index;
    });
    shown = keyed.map((k) => k.row);
  }
  return shown;
}

/** "Alleen voor jou: gesorteerd op Soort (A-Z), gefilterd op “cbs” in Monitoring/bron." */
export function describeView(view: TableView, headerOf: (colId: string) => string): string {
  const parts: string[] = [];
  if (view.sort) parts.push(`gesorteerd op ${headerOf(view.sort.colId)} (${view.sort.direction === 'asc' ? 'A-Z' : 'Z-A'})`);
  if (view.filter && view.filter.text.trim() !== '') parts.push(`gefilterd op “${view.filter.text.trim()}” in ${headerOf(view.filter.colId)}`);
  return parts.length > 0 ? `Alleen voor jou: ${parts.join(', ')}.` : '';
}
