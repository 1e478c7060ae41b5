/**
 * One table of the programme as an AG Grid: read-only data, rows keyed by entity id. Edits
 * (onCellEditRequest), the row toolbar (RowToolbar) and its Alt-keys are actions handed to the
 * session's dispatcher (client/actions/). Presence and focus survive remote changes.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type {
  CellEditingStartedEvent,
  CellDoubleClickedEvent,
  CellEditRequestEvent,
  CellFocusedEvent,
  CellKeyDownEvent,
  ColDef,
  ColumnResizedEvent,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
} from 'ag-grid-community';
import type { EntityKind } from '../../shared/model/entities.ts';
import { editCell } from '../actions/cell-actions.ts';
import type { CellEdit } from '../actions/cell-edit.ts';
import { isTableViewKey, rowCommandFor, TABLE_ROW_ACTIONS, type RowCommand } from '../actions/registry.ts';
import { capitalize } from '../../shared/text/dutch.ts';
import { EDITING_GRID_OPTIONS, localeText } from '../grid/setup.ts';
import { editorLabel, TextCellEditor, type TextEditorParams } from '../grid/text-editor.ts';
import { notePointerDown } from '../grid/caret.ts';
import { startsEditing, tellOnce } from '../grid/read-only-notice.ts';
import { toggleExpanded } from '../grid/expanded-cells.ts';
import { loadWidths, saveWidths, widthsChanged, withWidths } from '../grid/column-widths.ts';
import { headerMinWidth } from '../grid/header-width.ts';
import { floatHeader } from '../grid/floating-header.ts';
import { CellHub, CellHubBridge, CellHubContext } from '../grid/cell-hub.ts';
import { estimatedHeight, useMountWhenNear } from '../grid/lazy-mount.ts';
import { applyView, isActive, NO_VIEW, viewColumns, type TableView } from '../grid/table-view.ts';
import { TableViewControls } from '../grid/TableViewControls.tsx';
import { EditorPresence, findEditorHost, type EditorPlace } from '../grid/EditorPresence.tsx';
import { TextCell, type GridCellContext } from './cells.tsx';
import { isTextEntry } from './keys.ts';
import { useSession } from './SessionContext.ts';
import { useStore } from './store.ts';
import { useViewMode } from './view-mode.ts';
import { useGridTransfer } from '../transfer/use-grid-transfer.ts';
import { RowToolbar } from './RowToolbar.tsx';
import { useLockedCells } from '../council/use-locked-cells.ts';

export interface GridRow {
  id: string;
}

export interface TableGridProps<Row extends GridRow> {
  /** DOM id of the table block; also AG Grid's gridId. */
  domId: string;
  /** Accessible name of the grid, e.g. "Indicatoren bij doel 1". */
  label: string;
  kind: Extract<EntityKind, 'goalIndicator' | 'result' | 'activity' | 'priority'>;
  /** Null for a table of rows that hang directly under the programme (the priorities). */
  parentId: string | null;
  rows: Row[];
  columns: ColDef<Row>[];
  /** Column that takes focus in a new row. */
  firstColId: string;
  /** "indicator", "resultaat", ... for messages. */
  rowNoun: string;
  /** The noun with its demonstrative: "deze indicator", "dit resultaat". */
  thisNoun: string;
  /** What a new value in a cell writes (typing and paste alike). */
  toEdit(row: Row, field: string, value: unknown): CellEdit;
  /** Children that a delete would take along, to ask for confirmation (Dutch text), or null. */
  describeChildren?(row: Row): string | null;
}

const DEFAULT_COL_DEF: ColDef = {
  sortable: false,
  resizable: true,
  suppressMovable: true,
  suppressHeaderMenuButton: true,
  wrapText: true,
  autoHeight: true,
  wrapHeaderText: true,
  autoHeaderHeight: true,
  cellRenderer: TextCell,
  cellEditor: TextCellEditor,
  cellEditorPopup: true,
  cellEditorParams: { maxLength: 20_000 } satisfies TextEditorParams,
  minWidth: 90,
};

function TableGridInner<Row extends GridRow>(props: TableGridProps<Row>) {
  const { domId, label, kind, parentId, rows: storedRows, columns, firstColId, rowNoun, thisNoun, toEdit, describeChildren } = props;
  const session = useSession();
  const focusRequest = useStore(session.focusRequest);

  // ---- sort and filter for this user only: `rows` is what this screen shows ----------------
  const [view, setView] = useState<TableView>(NO_VIEW);
  const [viewOpen, setViewOpen] = useState(false);
  // A cell asked for (undo, a finding, the search) in a row the filter hides lifts the filter.
  if (view.filter && focusRequest && !focusRequest.edit && storedRows.some((r) => r.id === focusRequest.rowId)) {
    const hidden = !applyView(storedRows, columns, { sort: null, filter: view.filter }).some((r) => r.id === focusRequest.rowId);
    if (hidden) setView({ ...view, filter: null });
  }
  const rows = useMemo(() => applyView(storedRows, columns, view), [storedRows, columns, view]);
  const viewActive = isActive(view);
  const { readOnly, reason: readOnlyReason } = useViewMode();
  const apiRef = useRef<GridApi<Row> | null>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const gridHostRef = useRef<HTMLDivElement>(null);
  /** The row (and column) the buttons act on: the last focused cell of this grid. */
  const [current, setCurrent] = useState<{ rowId: string; colId: string } | null>(null);
  // Set together with `current`, and ahead of it where a row-data update may come before the
  // next render (focusCell): the grid's callbacks read the cell the user is on now.
  const currentRef = useRef(current);
  const moveCurrent = useCallback((next: { rowId: string; colId: string } | null) => {
    setCurrent((prev) => (prev && next && prev.rowId === next.rowId && prev.colId === next.colId ? prev : next));
    currentRef.current = next;
  }, []);

  // The rows as committed, for row commands that finish after an await.
  const rowsRef = useRef(rows);
  useLayoutEffect(() => {
    rowsRef.current = rows;
  }, [rows]);
  // The rows the grid was created with, and the rows it shows now (see the transactions below).
  const [initialRows] = useState(() => rows);
  const shownRows = useRef<readonly Row[] | null>(null);
  const currentIndex = current ? rows.findIndex((r) => r.id === current.rowId) : -1;
  const currentRow = currentIndex >= 0 ? rows[currentIndex] : undefined;

  // ---- focus ---------------------------------------------------------------------------

  const hasColumn = useCallback(
    (colId: string) => columns.some((c) => (c.colId ?? c.field) === colId && c.editable !== false),
    [columns],
  );

  /** Focuses a cell by row id (or only scrolls it into view: `reveal`); true when done. */
  const focusCell = useCallback(
    (rowId: string, colId: string, reveal = false): boolean => {
      const api = apiRef.current;
      if (!api || api.isDestroyed()) return false;
      const node = api.getRowNode(rowId);
      if (!node || node.rowIndex == null) return false;
      const column = hasColumn(colId) || (reveal && columns.some((c) => (c.colId ?? c.field) === colId)) ? colId : firstColId;
      api.ensureIndexVisible(node.rowIndex);
      api.ensureColumnVisible(column);
      if (!reveal) {
        api.setFocusedCell(node.rowIndex, column);
        // Now, not at the next render: a row-data update in between must keep this cell, not the last one.
        currentRef.current = { rowId, colId: column };
      }
      // The grids grow with their rows, so the page scrolls, not the grid: bring the cell to the
      // middle. A table that has just mounted draws its cells a few frames later: wait for it.
      const scrollToCell = (frames: number) => {
        const cell = gridHostRef.current?.querySelector(`.ag-row[row-id="${CSS.escape(rowId)}"] .ag-cell[col-id="${CSS.escape(column)}"]`);
        if (cell) cell.scrollIntoView({ block: 'center', inline: 'nearest' });
        else if (frames > 0) requestAnimationFrame(() => scrollToCell(frames - 1));
      };
      scrollToCell(60);
      return true;
    },
    [columns, firstColId, hasColumn],
  );

  const serveFocusRequest = useCallback(() => {
    const request = session.focusRequest.get();
    // focusCell finds only rows of this grid, so a request for another table's row stays for it.
    if (request && focusCell(request.rowId, request.colId, request.reveal)) session.requestFocus(null);
  }, [focusCell, session]);

  useEffect(() => {
    serveFocusRequest();
  }, [focusRequest, rows, serveFocusRequest]);

  const onRowDataUpdated = useCallback(() => {
    serveFocusRequest();
    // A colleague inserted or removed a row above ours: AG Grid keeps focus by index, we keep
    // it on the same row.
    const api = apiRef.current;
    const mine = currentRef.current;
    if (!api || !mine || !gridHostRef.current?.contains(document.activeElement)) return;
    if (api.getEditingCells().length > 0) return;
    const focused = api.getFocusedCell();
    if (!focused) return;
    const atIndex = api.getDisplayedRowAtIndex(focused.rowIndex);
    if (atIndex?.id === mine.rowId) return;
    const node = api.getRowNode(mine.rowId);
    if (node?.rowIndex != null) api.setFocusedCell(node.rowIndex, focused.column);
  }, [serveFocusRequest]);

  const onCellFocused = useCallback(
    (event: CellFocusedEvent<Row>) => {
      if (event.rowIndex == null || event.rowPinned || !event.column || typeof event.column === 'string') return;
      const node = event.api.getDisplayedRowAtIndex(event.rowIndex);
      if (!node?.id) return;
      const colId = event.column.getColId();
      const rowId = node.id;
      moveCurrent({ rowId, colId });
      session.setFocusedCell({ kind, rowId, colId });
      // A frozen version is nobody's cursor in the live document; a reader's cursor is.
      if (readOnlyReason !== 'version') session.setFocus({ rowId, colId, editing: false });
    },
    [kind, moveCurrent, readOnlyReason, session],
  );

  /** The open editor of this grid, to show a colleague on the same cell above it. */
  const [editorAt, setEditorAt] = useState<EditorPlace | null>(null);

  const onCellEditingStarted = useCallback(
    (event: CellEditingStartedEvent<Row>) => {
      const rowId = event.node.id;
      const colId = event.column.getColId();
      if (rowId) session.setFocus({ rowId, colId, editing: true });
      if (rowId) {
        // AG Grid puts a popup editor on the page after this event.
        requestAnimationFrame(() => {
          const host = event.api.isDestroyed() || event.api.getEditingCells().length === 0 ? null : findEditorHost(gridHostRef.current, rowId, colId);
          setEditorAt(host ? { rowId, colId, host } : null);
        });
      }
      // AG Grid's popup around an editor is a dialog without a name: give it the cell's, or, when
      // the editor inside is a named dialog of its own (the structured editor), no second dialog.
      const name = editorLabel(event.colDef.headerName, label, event.rowIndex);
      const nameThem = () => {
        for (const popup of document.querySelectorAll('.ag-popup-editor[role="dialog"]')) {
          if (popup.querySelector('[role="dialog"]')) {
            popup.removeAttribute('role');
            popup.removeAttribute('aria-label');
          } else if (!popup.hasAttribute('aria-label')) popup.setAttribute('aria-label', name);
        }
      };
      nameThem();
      requestAnimationFrame(nameThem);
    },
    [label, session],
  );

  const onCellEditingStopped = useCallback(() => {
    setEditorAt(null);
    session.setEditing(false);
    // The save (cell edit request or the structured editor's own) has run by the next task;
    // a reason given for this edit does not carry over to the next one.
    window.setTimeout(() => session.council.endEdit(), 0);
  }, [session]);

  // ---- council lock --------------------------------------------------------------------

  const locked = useLockedCells<Row>({ kind, label, columns, readOnly, hasColumn, focusCell });
  const { editable } = locked;
  const defaultColDef = useMemo<ColDef<Row>>(() => ({ ...(DEFAULT_COL_DEF as ColDef<Row>), editable }), [editable]);

  // ---- read-only: say why, once ----------------------------------------------------------

  const tellReadOnly = useCallback(() => {
    tellOnce(session, readOnlyReason, (message) => session.notify(message, 'info'), session.rights.get().has('comment'));
  }, [readOnlyReason, session]);

  const lockedKeyDown = locked.onCellKeyDown;
  const onCellKeyDown = useCallback(
    (event: CellKeyDownEvent<Row>) => {
      const key = event.event instanceof KeyboardEvent ? event.event : null;
      // Read-only, Enter shows the rest of a long cell (an editor would, elsewhere).
      if (readOnly && key && (key.key === 'Enter' || key.key === 'F2') && !key.ctrlKey && !key.altKey && !key.metaKey && event.node.id) {
        const cellEl = key.target instanceof Element ? key.target.closest('.ag-cell') : null;
        if (cellEl?.querySelector('.cell-more')) {
          key.preventDefault();
          toggleExpanded(event.node.id, event.column.getColId());
          return;
        }
      }
      if (readOnly && key && startsEditing(key) && event.column.getColDef().editable !== false) tellReadOnly();
      lockedKeyDown(event);
    },
    [lockedKeyDown, readOnly, tellReadOnly],
  );

  const lockedDoubleClick = locked.onCellDoubleClicked;
  const onCellDoubleClicked = useCallback(
    (event: CellDoubleClickedEvent<Row>) => {
      if (readOnly && event.column.getColDef().editable !== false) tellReadOnly();
      lockedDoubleClick(event);
    },
    [lockedDoubleClick, readOnly, tellReadOnly],
  );

  useEffect(() => {
    const host = gridHostRef.current;
    return host ? floatHeader(host) : undefined;
  }, []);

  // ---- column widths: header words whole, the user's own widths kept ---------------------

  const userId = session.identity.id;
  const widthsVersion = useStore(widthsChanged);
  const shownColumns = useMemo(() => {
    void widthsVersion; // another table of this kind saved new widths
    const whole = columns.map((col) => ({ ...col, minWidth: Math.max(col.minWidth ?? 0, headerMinWidth(col.headerName)) }));
    return withWidths(whole, loadWidths(userId, kind));
  }, [columns, kind, userId, widthsVersion]);
  const onColumnResized = useCallback(
    (event: ColumnResizedEvent<Row>) => {
      if (!event.finished || event.source !== 'uiColumnResized' || !event.columns?.length) return;
      saveWidths(userId, kind, Object.fromEntries(event.columns.map((c) => [c.getColId(), c.getActualWidth()])));
    },
    [kind, userId],
  );

  const leftColId = columns[0]?.colId ?? columns[0]?.field ?? firstColId;
  const gridContext = useMemo<GridCellContext>(() => ({ kind, firstColId: String(leftColId), label }), [kind, leftColId, label]);

  // ---- edits ---------------------------------------------------------------------------

  const onCellEditRequest = useCallback(
    (event: CellEditRequestEvent<Row>) => {
      const field = event.colDef.field;
      if (!field || !event.data) return;
      session.actions.run(editCell, toEdit(event.data, field, event.newValue));
    },
    [toEdit, session],
  );

  // ---- row commands --------------------------------------------------------------------

  const run = useCallback(
    async (command: RowCommand, fromKeyboard: boolean) => {
      const list = rowsRef.current;
      const cur = currentRef.current;
      const index = cur ? list.findIndex((r) => r.id === cur.rowId) : -1;
      const row = index >= 0 ? list[index] : undefined;
      const colId = cur?.colId ?? firstColId;
      if (viewActive && (command === 'up' || command === 'down')) {
        session.notify('Verplaatsen kan niet zolang de tabel gesorteerd of gefilterd is: hef dat eerst op (knop Opheffen boven de tabel).', 'info');
        return;
      }
      switch (command) {
        case 'add': {
          // The new, empty row would sort or filter out of sight.
          if (viewActive) {
            setView(NO_VIEW);
            session.notify('Sortering en filter zijn opgeheven, zodat de nieuwe rij zichtbaar is.', 'info');
          }
          const added = await session.actions.request(TABLE_ROW_ACTIONS.add, { kind, parentId, afterId: row?.id ?? null, table: label });
          const id = added.ok ? added.result : null;
          if (id) {
            moveCurrent({ rowId: id, colId: firstColId });
            session.requestFocus({ rowId: id, colId: firstColId });
          }
          return;
        }
        case 'delete': {
          if (!row) return;
          const children = describeChildren?.(row) ?? null;
          if (children) {
            const ok = await session.confirm({
              title: `${capitalize(rowNoun)} verwijderen?`,
              message: `${capitalize(thisNoun)} heeft ${children}. Die worden ook verwijderd. Je kunt dit ongedaan maken met Ctrl+Z.`,
              confirmLabel: 'Verwijderen',
            });
            if (!ok) {
              if (fromKeyboard) focusCell(row.id, colId);
              return;
            }
          }
          const neighbour = list[index + 1] ?? list[index - 1];
          const text = String((row as unknown as Record<string, unknown>)[firstColId] ?? '');
          const deleted = await session.actions.request(TABLE_ROW_ACTIONS.delete, { kind, rowId: row.id, index, text, table: label });
          if (deleted.ok) {
            session.notify(`${capitalize(rowNoun)} verwijderd. Ctrl+Z maakt dit ongedaan.`, 'info');
            moveCurrent(neighbour ? { rowId: neighbour.id, colId } : null);
            if (neighbour && (fromKeyboard || children)) session.requestFocus({ rowId: neighbour.id, colId });
          }
          return;
        }
        case 'up':
        case 'down': {
          if (!row) return;
          const moved = session.actions.run(TABLE_ROW_ACTIONS[command], { kind, rowId: row.id });
          if (moved.ok && moved.result && fromKeyboard) session.requestFocus({ rowId: row.id, colId });
          return;
        }
      }
    },
    [describeChildren, firstColId, focusCell, kind, label, moveCurrent, parentId, rowNoun, session, thisNoun, viewActive],
  );

  // Copy, paste and Shift+arrow selection: AG Grid Community has no clipboard or range selection.
  const transfer = useGridTransfer({ domId, kind, parentId, rows, columns, readOnly, readOnlyReason, apiRef, hostRef: gridHostRef, current, toEdit });
  const transferKeyDown = transfer.onKeyDown;

  const sortable = useMemo(() => viewColumns(columns), [columns]);
  /** Ctrl+Shift+L: the form opens filtering in the focused cell's column, its text field focused. */
  const openViewAt = useCallback(
    (colId: string | null) => {
      if (colId && sortable.some((c) => c.colId === colId) && view.filter?.colId !== colId) setView({ ...view, filter: { colId, text: '' } });
      setViewOpen(true);
      requestAnimationFrame(() => wrapperRef.current?.querySelector<HTMLInputElement>('[data-view-filter]')?.focus());
    },
    [sortable, view],
  );

  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (transferKeyDown(event)) return;
      if (isTableViewKey(event) && event.target instanceof HTMLElement && event.target.closest('.ag-root') && !isTextEntry(event.target)) {
        event.preventDefault();
        event.stopPropagation();
        openViewAt(currentRef.current?.colId ?? null);
        return;
      }
      const command = rowCommandFor(event);
      if (readOnly || !command || isTextEntry(event.target)) return;
      if (!(event.target instanceof HTMLElement) || !event.target.closest('.ag-root')) return;
      event.preventDefault();
      event.stopPropagation();
      void run(command, true);
    },
    [openViewAt, readOnly, run, transferKeyDown],
  );

  // ---- grid wiring ---------------------------------------------------------------------

  const getRowId = useCallback((params: GetRowIdParams<Row>) => params.data.id, []);

  const onGridReady = useCallback(
    (event: GridReadyEvent<Row>) => {
      apiRef.current = event.api;
      event.api.setGridAriaProperty('label', label);
      // The grid started from the rows of its first render; later ones are applied from here on.
      const latestRows = rowsRef.current;
      if (latestRows !== initialRows) event.api.setGridOption('rowData', latestRows as Row[]);
      shownRows.current = latestRows;
    },
    [initialRows, label],
  );

  useEffect(() => {
    const api = apiRef.current;
    if (api && !api.isDestroyed()) api.setGridAriaProperty('label', label);
  }, [label]);

  // What the cells show beside their text, passed on without re-rendering every cell.
  const [hub] = useState(() => new CellHub());

  // Mounted near the window (or asked to show one of its cells); a placeholder until then.
  const wanted = focusRequest !== null && storedRows.some((r) => r.id === focusRequest.rowId);
  const mounted = useMountWhenNear(wrapperRef, wanted);

  // ---- a change updates only the rows it touched ---------------------------------------
  // The programme feed shares every unchanged row object with the previous reading, so the rows
  // that differ by identity are exactly the rows the update touched: those go to the grid as a
  // transaction. A new, removed or moved row hands the grid the whole (small) list of this table.
  useLayoutEffect(() => {
    const api = apiRef.current;
    const before = shownRows.current;
    if (!api || api.isDestroyed() || !before || before === rows) return;
    shownRows.current = rows;
    const sameOrder = before.length === rows.length && rows.every((row, i) => row.id === before[i]!.id);
    if (!sameOrder) {
      api.setGridOption('rowData', rows as Row[]);
      return;
    }
    const update = rows.filter((row, i) => row !== before[i]);
    if (update.length > 0) api.applyTransaction({ update });
  }, [rows]);

  const currentRowCss = useMemo(() => {
    if (!current) return '';
    const row = `#${CSS.escape(domId)} .ag-row[row-id="${CSS.escape(current.rowId)}"]`;
    return `${row} { --ag-data-background-color: #eef4fc; } ${row} .ag-cell:first-child { box-shadow: inset 4px 0 0 #1546a0; }`;
  }, [current, domId]);

  return (
    <div id={domId} className="table-block" ref={wrapperRef} onKeyDownCapture={onKeyDownCapture}>
      {currentRowCss && <style>{currentRowCss}</style>}
      {transfer.css && <style>{transfer.css}</style>}
      <RowToolbar
        label={label}
        readOnly={readOnly}
        currentIndex={currentRow ? currentIndex : -1}
        rowCount={rows.length}
        selectionStatus={transfer.status}
        onCommand={(command) => void run(command, false)}
      >
        <TableViewControls
          domId={domId}
          label={label}
          columns={sortable}
          view={view}
          onView={setView}
          open={viewOpen}
          onOpen={setViewOpen}
          shownCount={rows.length}
          rowCount={storedRows.length}
        />
      </RowToolbar>
      <CellHubBridge hub={hub} />
      {editorAt && <EditorPresence place={editorAt} />}
      <div className="grid-host" ref={gridHostRef} onPointerDownCapture={(event) => notePointerDown(event.nativeEvent)}>
        {mounted ? (
        <CellHubContext.Provider value={hub}>
        <AgGridReact<Row>
          gridId={domId}
          {...EDITING_GRID_OPTIONS}
          localeText={localeText}
          rowData={initialRows}
          columnDefs={shownColumns}
          defaultColDef={defaultColDef}
          context={gridContext}
          getRowId={getRowId}
          suppressDragLeaveHidesColumns
          popupParent={popupParent}
          onGridReady={onGridReady}
          onCellEditRequest={onCellEditRequest}
          onCellFocused={onCellFocused}
          onCellEditingStarted={onCellEditingStarted}
          onCellEditingStopped={onCellEditingStopped}
          onCellKeyDown={onCellKeyDown}
          onCellDoubleClicked={onCellDoubleClicked}
          onRowDataUpdated={onRowDataUpdated}
          onFirstDataRendered={serveFocusRequest}
          onColumnResized={onColumnResized}
        />
        </CellHubContext.Provider>
        ) : (
          <div className="grid-placeholder" style={{ height: estimatedHeight(rows.length) }} />
        )}
      </div>
    </div>
  );
}

/** Popup editors live on the page, not inside a grid that is only as tall as its rows. */
const popupParent = typeof document === 'undefined' ? undefined : document.body;

export const TableGrid = memo(TableGridInner) as typeof TableGridInner;
