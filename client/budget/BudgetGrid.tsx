/**
 * The matrix of a budget plan as one AG Grid: a row per line in its hierarchy (indented by
 * level), number, description, ledger code, the line's own cells of the chosen kind per year,
 * the computed total with everything under it, and what the line pays for. Typed amounts are
 * read in Dutch notation (shared/budget/money.ts) and stored as whole cents through the
 * dispatcher; a total is never an input. Colleagues' cursors show as in the programme grids (a
 * frame in their colour and their first name, PresenceMarks), findings as a marked cell with the
 * message in its text for screen readers and its tooltip.
 */
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellClassParams, CellEditRequestEvent, CellFocusedEvent, CellKeyDownEvent, CellDoubleClickedEvent, ColDef, GetRowIdParams, GridApi, GridReadyEvent, ICellRendererParams } from 'ag-grid-community';
import { parseDutchAmount } from '../../shared/budget/money.ts';
import { AMOUNT_KIND_LABELS, type AmountKind } from '../../shared/schema/budget/index.ts';
import type { Finding } from '../../shared/validation/types.ts';
import { setBudgetAmount, setLineField } from '../actions/budget-actions.ts';
import { notePointerDown } from '../grid/caret.ts';
import { startsEditing } from '../grid/read-only-notice.ts';
import { EDITING_GRID_OPTIONS, localeText } from '../grid/setup.ts';
import { TextCellEditor, type TextEditorParams } from '../grid/text-editor.ts';
import { LevelIcon } from '../validation/LevelIcon.tsx';
import { PresenceMarks } from '../programme/PresenceMarks.tsx';
import { PresenceContext, indexPresence, usePresenceAt, type Peer } from '../programme/presence.ts';
import { useStore } from '../programme/store.ts';
import type { BudgetSession } from './budget-session.ts';
import { shownAmount, yearColumn, type BudgetRow } from './budget-rows.ts';

export type CellFindings = ReadonlyMap<string, readonly Finding[]>;

/** Findings per `<lineId>|<column>`: V28's stated totals sit on the Totaal column. */
export function indexCellFindings(findings: readonly Finding[]): CellFindings {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.entityKind !== 'budgetLine') continue;
    const column = f.field?.startsWith('totaal:') ? 'total' : (f.field ?? 'label');
    const key = `${f.entityId}|${column}`;
    out.set(key, [...(out.get(key) ?? []), f]);
  }
  return out;
}

interface GridContext {
  findings: CellFindings;
}

function BudgetCell(params: ICellRendererParams<BudgetRow> & { shown?: (row: BudgetRow) => string }) {
  const row = params.data;
  const colId = params.column?.getColId() ?? '';
  const peers = usePresenceAt(row?.id, colId);
  if (!row) return null;
  const text = params.shown ? params.shown(row) : String(params.value ?? '');
  const found = (params.context as GridContext).findings.get(`${row.id}|${colId}`) ?? [];
  const worst = found.some((f) => f.severity === 'error') ? 'error' : found.length > 0 ? 'warning' : null;
  return (
    <span className="budget-cell" title={found.map((f) => f.message).join('\n') || undefined}>
      {worst && <LevelIcon level={worst} />}
      <span className="cell-text">{text}</span>
      {worst && <span className="sr-only">{` ${worst === 'error' ? 'Fout' : 'Waarschuwing'}: ${found.map((f) => f.message).join(' ')}`}</span>}
      <PresenceMarks peers={peers} />
    </span>
  );
}

function LabelCell(params: ICellRendererParams<BudgetRow>) {
  const row = params.data;
  if (!row) return null;
  return (
    <span className="budget-label" style={{ paddingInlineStart: `${row.depth * 1.25}rem` }}>
      <span className="budget-level">{row.level}</span> <BudgetCell {...params} />
    </span>
  );
}

const markedClass = (params: CellClassParams<BudgetRow>) => {
  const found = (params.context as GridContext).findings.get(`${params.data?.id}|${params.column.getColId()}`);
  return found?.length ? 'cell-finding' : '';
};

export interface BudgetGridProps {
  session: BudgetSession;
  rows: BudgetRow[];
  years: number[];
  soort: AmountKind;
  findings: CellFindings;
  peers: readonly Peer[];
  canFinance: boolean;
  /** The line the keyboard is on (for the buttons and the links panel). */
  onCurrent(lineId: string): void;
}

function BudgetGridInner({ session, rows, years, soort, findings, peers, canFinance, onCurrent }: BudgetGridProps) {
  const apiRef = useRef<GridApi<BudgetRow> | null>(null);
  const focusRequest = useStore(session.focusRequest);

  const columns = useMemo<ColDef<BudgetRow>[]>(() => {
    const text = (field: 'code' | 'label' | 'ledger', headerName: string, width: number): ColDef<BudgetRow> => ({
      field,
      colId: field,
      headerName,
      width,
      editable: canFinance,
      cellRenderer: field === 'label' ? LabelCell : BudgetCell,
      cellClass: markedClass,
      cellEditorParams: { multiline: field === 'label', maxLength: 2_000 } satisfies TextEditorParams,
    });
    return [
      text('code', 'Nummer', 96),
      { ...text('label', 'Omschrijving', 300), minWidth: 240 },
      text('ledger', 'Grootboek', 150),
      ...years.map<ColDef<BudgetRow>>((year) => ({
        colId: yearColumn(year),
        headerName: String(year),
        headerTooltip: `${AMOUNT_KIND_LABELS[soort]} ${year}`,
        width: 116,
        headerClass: 'ag-right-aligned-header',
        editable: canFinance,
        valueGetter: (p) => p.data?.amounts[year] ?? '',
        cellRenderer: BudgetCell,
        cellRendererParams: { shown: (row: BudgetRow) => shownAmount(row.unit, row.amounts[year] ?? '') },
        cellClass: (p) => `budget-amount ${markedClass(p)}`,
        cellEditorParams: { multiline: false, maxLength: 30 } satisfies TextEditorParams,
      })),
      { field: 'total', colId: 'total', headerName: 'Totaal', headerTooltip: 'Berekend: de regel met alles eronder, over alle jaren', width: 140, headerClass: 'ag-right-aligned-header', editable: false, cellRenderer: BudgetCell, cellClass: (p) => `budget-amount budget-computed ${markedClass(p)}` },
      { field: 'links', colId: 'links', headerName: 'Betaalt voor', width: 220, editable: false, wrapText: true, autoHeight: true, cellRenderer: BudgetCell, cellClass: (p) => (p.data?.links === 'nog niet gekoppeld' ? 'budget-unlinked' : '') },
    ];
  }, [canFinance, soort, years]);

  const defaultColDef = useMemo<ColDef<BudgetRow>>(
    () => ({ sortable: false, resizable: true, suppressMovable: true, suppressHeaderMenuButton: true, cellEditor: TextCellEditor, cellEditorPopup: false, minWidth: 80 }),
    [],
  );

  const context = useMemo<GridContext & { label: string }>(() => ({ findings, label: 'Begrotingsregels' }), [findings]);
  useEffect(() => {
    apiRef.current?.refreshCells({ force: true });
  }, [findings]);

  const onCellEditRequest = useCallback(
    (event: CellEditRequestEvent<BudgetRow>) => {
      const row = event.data;
      const colId = event.column.getColId();
      const text = typeof event.newValue === 'string' ? event.newValue : String(event.newValue ?? '');
      if (!row) return;
      if (colId.startsWith('jaar:')) {
        const year = Number(colId.slice(5));
        if (text.trim() === '') return void session.actions.run(setBudgetAmount, { lineId: row.id, year, soort, value: null });
        const parsed = parseDutchAmount(text);
        if (!parsed.ok) return session.notify(`Niet opgeslagen: ${parsed.error}`);
        if (parsed.cents < 0) return session.notify('Niet opgeslagen: een bedrag is niet negatief. Een verlaging is een mutatie.');
        session.actions.run(setBudgetAmount, { lineId: row.id, year, soort, value: parsed.cents });
        return;
      }
      if (colId === 'code' || colId === 'label' || colId === 'ledger') session.actions.run(setLineField, { lineId: row.id, field: colId, value: text });
    },
    [session, soort],
  );

  const onCellFocused = useCallback(
    (event: CellFocusedEvent<BudgetRow>) => {
      if (event.rowIndex == null || !event.column || typeof event.column === 'string') return;
      const node = event.api.getDisplayedRowAtIndex(event.rowIndex);
      if (!node?.id) return;
      session.presence.setFocus({ rowId: node.id, colId: event.column.getColId(), editing: false });
      onCurrent(node.id);
    },
    [onCurrent, session],
  );

  // A policy officer who starts typing in the money is told why nothing happens, once per page.
  const toldReadOnly = useRef(false);
  const tellReadOnly = useCallback(
    (colId: string) => {
      if (canFinance || toldReadOnly.current || colId === 'total' || colId === 'links') return;
      toldReadOnly.current = true;
      session.notify('Bedragen en regels wijzigen kan alleen een financieel adviseur. Je kunt regels wel koppelen aan resultaten (paneel Koppelingen).', 'info');
    },
    [canFinance, session],
  );
  const onCellKeyDown = useCallback(
    (event: CellKeyDownEvent<BudgetRow>) => {
      if (event.event instanceof KeyboardEvent && startsEditing(event.event)) tellReadOnly(event.column.getColId());
    },
    [tellReadOnly],
  );
  const onCellDoubleClicked = useCallback((event: CellDoubleClickedEvent<BudgetRow>) => tellReadOnly(event.column.getColId()), [tellReadOnly]);

  const onEditing = useCallback((editing: boolean) => session.presence.setEditing(editing), [session]);

  // Undo, a new line, a finding in the panel: the keyboard goes to the cell once it is shown.
  useEffect(() => {
    const api = apiRef.current;
    if (!focusRequest || !api || api.isDestroyed()) return;
    const node = api.getRowNode(focusRequest.rowId);
    if (node?.rowIndex == null) return;
    const column = columns.some((c) => c.colId === focusRequest.colId) ? focusRequest.colId : 'label';
    api.ensureIndexVisible(node.rowIndex);
    api.ensureColumnVisible(column);
    api.setFocusedCell(node.rowIndex, column);
    session.requestFocus(null);
  }, [columns, focusRequest, rows, session]);

  const presence = useMemo(() => indexPresence(peers), [peers]);
  // A grid as tall as its rows renders every row; a long plan scrolls inside a window-high grid,
  // so AG Grid renders only the rows in view.
  const scrolls = rows.length > LONG_PLAN;

  const getRowId = useCallback((params: GetRowIdParams<BudgetRow>) => params.data.id, []);
  const onGridReady = useCallback((event: GridReadyEvent<BudgetRow>) => {
    apiRef.current = event.api;
    event.api.setGridAriaProperty('label', 'Begrotingsregels');
  }, []);

  return (
    <div
      id="begroting-grid"
      className={`budget-grid${scrolls ? ' budget-grid-scrolls' : ''}`}
      onPointerDownCapture={(event) => notePointerDown(event.nativeEvent)}
    >
      <PresenceContext.Provider value={presence}>
      <AgGridReact<BudgetRow>
        {...EDITING_GRID_OPTIONS}
        localeText={{ ...localeText, noRowsToShow: 'Nog geen regels. Gebruik de knop "Thema toevoegen".' }}
        rowData={rows}
        columnDefs={columns}
        defaultColDef={defaultColDef}
        context={context}
        getRowId={getRowId}
        domLayout={scrolls ? 'normal' : 'autoHeight'}
        popupParent={popupParent}
        onGridReady={onGridReady}
        onCellEditRequest={onCellEditRequest}
        onCellFocused={onCellFocused}
        onCellKeyDown={onCellKeyDown}
        onCellDoubleClicked={onCellDoubleClicked}
        onCellEditingStarted={() => onEditing(true)}
        onCellEditingStopped={() => onEditing(false)}
      />
      </PresenceContext.Provider>
    </div>
  );
}

const LONG_PLAN = 40;

/** Popup editors (a long description) live on the page, not inside a grid as tall as its rows. */
const popupParent = typeof document === 'undefined' ? undefined : document.body;

export const BudgetGrid = memo(BudgetGridInner);
