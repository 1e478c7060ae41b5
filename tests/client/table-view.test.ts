/**
 * A table sorted or filtered for one user: Dutch, numeric-aware order with empty cells last and
 * ties in stored order, a filter without regard to case or accents through the column's own
 * formatter (a choice's label), the stored array untouched, and the Dutch description.
 */
import { describe, expect, it } from 'vitest';
import type { ColDef } from 'ag-grid-community';
import { applyView, describeView, isActive, NO_VIEW, viewColumns } from '../../client/grid/table-view.ts';

interface Row {
  id: string;
  code: string;
  kind: string;
}

const LABELS: Record<string, string> = { new: 'Nieuw', existing: 'Bestaand' };
const columns: ColDef<Row>[] = [
  { field: 'code', headerName: 'Nr.' },
  { field: 'kind', headerName: 'Soort', valueFormatter: (p) => LABELS[p.value as string] ?? '' },
  { colId: 'voortgang', headerName: 'Voortgang' },
];
const rows: Row[] = [
  { id: 'a', code: '1.10', kind: 'new' },
  { id: 'b', code: '1.2', kind: '' },
  { id: 'c', code: '', kind: 'existing' },
  { id: 'd', code: '1.2', kind: 'new' },
];
const ids = (list: Row[]) => list.map((r) => r.id);

describe('a table view for one user', () => {
  it('leaves the stored rows alone without a view, and offers only columns with a value', () => {
    expect(applyView(rows, columns, NO_VIEW)).toBe(rows);
    expect(isActive({ sort: null, filter: { colId: 'kind', text: '  ' } })).toBe(false);
    expect(viewColumns(columns).map((c) => c.header)).toEqual(['Nr.', 'Soort']);
  });

  it('sorts codes as numbers would, empty cells last both ways, ties in stored order', () => {
    expect(ids(applyView(rows, columns, { sort: { colId: 'code', direction: 'asc' }, filter: null }))).toEqual(['b', 'd', 'a', 'c']);
    expect(ids(applyView(rows, columns, { sort: { colId: 'code', direction: 'desc' }, filter: null }))).toEqual(['a', 'b', 'd', 'c']);
    expect(ids(rows)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('filters and sorts on what the cell shows (the label of a choice)', () => {
    const view = { sort: { colId: 'code', direction: 'asc' as const }, filter: { colId: 'kind', text: 'NIEUW' } };
    expect(ids(applyView(rows, columns, view))).toEqual(['d', 'a']);
    expect(ids(applyView(rows, columns, { sort: { colId: 'kind', direction: 'asc' }, filter: null }))).toEqual(['c', 'a', 'd', 'b']);
    expect(describeView(view, (id) => (id === 'kind' ? 'Soort' : 'Nr.'))).toBe('Alleen voor jou: gesorteerd op Nr. (A-Z), gefilterd op “NIEUW” in Soort.');
  });
});
