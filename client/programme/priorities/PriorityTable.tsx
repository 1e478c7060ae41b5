/**
 * The advisory body's ranking of the programme's results as a table like the others: place,
 * result code, the text as ranked, the body's remark and the "gelijke stand" mark. Edited,
 * pasted into and undone through the same grid and dispatcher as every table.
 */
import { memo, useCallback, useMemo } from 'react';
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { Priority } from '../../../shared/model/types.ts';
import { priority as priorityKind } from '../../../shared/schema/index.ts';
import type { CellEdit } from '../../actions/cell-edit.ts';
import { columnHeading } from '../column-labels.ts';
import { TableGrid } from '../TableGrid.tsx';
import { SHORT_TEXT, textValue } from '../tables.tsx';

const PRIORITY_TABLE_ID = 'tabel-prioriteiten';


interface PriorityRow {
  id: string;
  rank: string;
  code: string;
  result: string;
  comment: string;
  tie: string;
}

const TIE_LABELS: Readonly<Record<string, string>> = { ...priorityKind.fields.tie.shown, '': '' };

function toRow(p: Priority): PriorityRow {
  return { id: p.id, rank: p.rank === null ? '' : String(p.rank), code: p.code, result: p.result, comment: p.comment, tie: p.tie ?? '' };
}

/** A typed place is a whole number; anything else goes to the value check, which says so in Dutch. */
function rankValue(value: unknown): number | string | null {
  const text = typeof value === 'string' ? value.trim() : value == null ? '' : String(value);
  if (text === '') return null;
  return /^\d{1,4}$/.test(text) ? Number(text) : text;
}


export const PriorityTable = memo(function PriorityTable({ priorities, label }: { priorities: Priority[]; label: string }) {
  const rows = useMemo(() => priorities.map(toRow), [priorities]);
  const columns = useMemo<ColDef<PriorityRow>[]>(
    () => [
      { field: 'rank', headerName: columnHeading('priority', 'rank'), width: 84, minWidth: 72, cellClass: 'cell-number', ...SHORT_TEXT },
      { field: 'code', headerName: columnHeading('priority', 'code'), width: 130, minWidth: 110, ...SHORT_TEXT },
      { field: 'result', headerName: columnHeading('priority', 'result'), flex: 4, minWidth: 160 },
      { field: 'comment', headerName: columnHeading('priority', 'comment'), flex: 3, minWidth: 120 },
      {
        field: 'tie',
        headerName: columnHeading('priority', 'tie'),
        width: 130,
        minWidth: 110,
        cellEditor: 'agSelectCellEditor',
        cellEditorPopup: false,
        cellEditorParams: { values: ['', ...priorityKind.fields.tie.values] },
        valueFormatter: (p: ValueFormatterParams<PriorityRow, string>) => TIE_LABELS[p.value ?? ''] ?? String(p.value ?? ''),
      },
    ],
    [],
  );
  const toEdit = useCallback((row: PriorityRow, field: string, value: unknown): CellEdit => {
    if (field === 'rank') return { kind: 'fields', rowKind: 'priority', rowId: row.id, values: { rank: rankValue(value) as number | null } };
    if (field === 'tie') return { kind: 'fields', rowKind: 'priority', rowId: row.id, values: { tie: value === 'tie' ? 'tie' : null } };
    return { kind: 'fields', rowKind: 'priority', rowId: row.id, values: { [field]: textValue(value) } };
  }, []);
  return (
    <TableGrid
      domId={PRIORITY_TABLE_ID}
      label={label}
      kind="priority"
      parentId={null}
      rows={rows}
      columns={columns}
      firstColId="result"
      rowNoun="prioriteit"
      thisNoun="deze prioriteit"
      toEdit={toEdit}
    />
  );
});
