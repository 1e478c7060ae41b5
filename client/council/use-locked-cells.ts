/**
 * Council-owned cells after a raad-vastgesteld version: not editable as such; Enter, F2, typing or
 * a double click first asks for a reason and a decision moment, then opens the editor.
 */
import { useCallback } from 'react';
import type { CellDoubleClickedEvent, CellKeyDownEvent, ColDef, EditableCallbackParams, GridApi } from 'ag-grid-community';
import type { EntityKind } from '../../shared/model/entities.ts';
import { useSession } from '../programme/SessionContext.ts';

interface Options<Row> {
  kind: EntityKind;
  /** The table's accessible name, for the question's place ("Indicatoren bij doel 1, rij 2, ..."). */
  label: string;
  columns: ColDef<Row>[];
  readOnly: boolean;
  hasColumn(colId: string): boolean;
  focusCell(rowId: string, colId: string): boolean;
}

export function useLockedCells<Row>({ kind, label, columns, readOnly, hasColumn, focusCell }: Options<Row>) {
  const session = useSession();
  const editable = useCallback(
    (params: EditableCallbackParams<Row>) => !readOnly && !!params.node.id && !session.council.isLocked(kind, params.node.id, params.column.getColId()),
    [kind, readOnly, session],
  );

  /** A locked cell: ask for a reason and a decision moment first, then open the editor. */
  const unlockAndEdit = useCallback(
    async (api: GridApi<Row>, rowIndex: number, rowId: string, colId: string, key?: string) => {
      const header = columns.find((c) => (c.colId ?? c.field) === colId)?.headerName ?? colId;
      const ok = await session.council.ask(kind, rowId, `${label}, rij ${rowIndex + 1}, kolom ${header}`);
      if (!ok || api.isDestroyed()) {
        focusCell(rowId, colId);
        return;
      }
      api.setFocusedCell(rowIndex, colId);
      api.startEditingCell({ rowIndex, colKey: colId, key });
    },
    [columns, focusCell, kind, label, session],
  );

  const lockedCell = useCallback(
    (rowId: string | undefined, colId: string) => !readOnly && !!rowId && session.council.isLocked(kind, rowId, colId) && hasColumn(colId),
    [hasColumn, kind, readOnly, session],
  );

  const onCellKeyDown = useCallback(
    (event: CellKeyDownEvent<Row>) => {
      const key = event.event instanceof KeyboardEvent ? event.event : null;
      if (!key || event.rowIndex == null || key.ctrlKey || key.metaKey || key.altKey) return;
      const printable = key.key.length === 1;
      if (key.key !== 'Enter' && key.key !== 'F2' && !printable) return;
      const colId = event.column.getColId();
      if (!lockedCell(event.node.id, colId)) return;
      key.preventDefault();
      void unlockAndEdit(event.api, event.rowIndex, event.node.id!, colId, printable ? key.key : undefined);
    },
    [lockedCell, unlockAndEdit],
  );

  const onCellDoubleClicked = useCallback(
    (event: CellDoubleClickedEvent<Row>) => {
      const colId = event.column.getColId();
      if (event.rowIndex == null || !lockedCell(event.node.id, colId)) return;
      void unlockAndEdit(event.api, event.rowIndex, event.node.id!, colId);
    },
    [lockedCell, unlockAndEdit],
  );

  return { editable, onCellKeyDown, onCellDoubleClicked };
}
