/**
 * Copy, paste and a rectangular cell selection for one AG Grid table. AG Grid Community has
 * neither clipboard nor range selection, so each grid answers the browser's own copy and paste
 * events (Ctrl+C, Ctrl+V, the browser menu; no clipboard permission needed) when the focus is in
 * one of its cells, and keeps a selection of its own: Shift+arrow, a drag or Shift+click from the
 * focused cell (pointer-selection.ts). Delete clears a selected block and Ctrl+D fills it down;
 * paste, clear and fill-down are each one action through the dispatcher (one undo step).
 *
 * Nothing here runs while a cell editor is open: then the browser's own copy and paste apply
 * to the text in the editor.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type RefObject } from 'react';
import { CellApiModule, ModuleRegistry, type ColDef, type GridApi } from 'ag-grid-community';
import type { EntityKind } from '../../shared/model/entities.ts';
import type { CellEdit } from '../actions/cell-edit.ts';
import { pasteBlock, type PasteArgs } from '../actions/paste-action.ts';
import type { Action } from '../actions/action.ts';
import { RANGE_ACTIONS, rangeCommandFor } from '../actions/registry.ts';
import { isTextEntry } from '../programme/keys.ts';
import { useSession } from '../programme/SessionContext.ts';
import { cellsIn, extendSelection, isSingleCell, rectSize, selectionRect, type CellRef, type CellSelection, type SelectionRect, type SelectionStep } from './cell-selection.ts';
import { htmlTableToBlock } from './html-table.ts';
import { readOnlyPasteMessage, type ReadOnlyReason } from '../grid/read-only-notice.ts';
import { pasteColumnsFor } from './paste-columns.ts';
import { describePaste, describeProblems, planPaste, type BlockVerb } from './paste-plan.ts';
import { listenForPointerSelection } from './pointer-selection.ts';
import { clearedBlock, filledDownBlock, type PlacedBlock } from './range-block.ts';
import { selectionCss, sizeText } from './selection-marks.ts';
import { blockSize, parseTsv, toHtmlTable, toTsv, type TextBlock } from './tsv.ts';

export interface GridTransferOptions<Row extends { id: string }> {
  domId: string;
  kind: EntityKind;
  parentId: string | null;
  rows: readonly Row[];
  columns: readonly ColDef<Row>[];
  readOnly: boolean;
  /** Why: decides the message when someone pastes anyway. */
  readOnlyReason?: ReadOnlyReason | undefined;
  apiRef: RefObject<GridApi<Row> | null>;
  hostRef: RefObject<HTMLDivElement | null>;
  /** The grid's focused cell (the selection's anchor). */
  current: CellRef | null;
  /** What a value in a cell writes, as when typed there. */
  toEdit(row: Row, field: string, value: unknown): CellEdit;
}

export interface GridTransfer {
  /** CSS that draws the selection (survives AG Grid redrawing its cells). */
  css: string;
  /** "3 x 2 cellen geselecteerd", or '' without a selection. */
  status: string;
  /** Shift+arrow extends the selection, Escape drops it, Delete and Ctrl+D write it; true when the key was handled. */
  onKeyDown(event: ReactKeyboardEvent<HTMLElement>): boolean;
}

// Copy reads each cell as the grid shows it (api.getCellValue with its formatter).
ModuleRegistry.registerModules([CellApiModule]);

const STEPS: Record<string, SelectionStep> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

export function useGridTransfer<Row extends { id: string }>(options: GridTransferOptions<Row>): GridTransfer {
  const session = useSession();
  const { domId, rows, columns, current, hostRef } = options;
  const [selection, setSelection] = useState<CellSelection | null>(null);
  // Moving the focus elsewhere (arrows, a click, Tab) ends the selection, as in Excel.
  const [anchorSeen, setAnchorSeen] = useState(current);
  if (anchorSeen !== current) {
    setAnchorSeen(current);
    if (selection && (!current || selection.anchor.rowId !== current.rowId || selection.anchor.colId !== current.colId)) setSelection(null);
  }
  // The browser's events and the grid's keys are handled with what was rendered last.
  const latest = useRef({ options, selection });
  useLayoutEffect(() => {
    latest.current = { options, selection };
  });

  const rowIds = useMemo(() => rows.map((r) => r.id), [rows]);
  const colIds = useMemo(() => columns.map((c) => String(c.colId ?? c.field ?? '')), [columns]);
  const rect = useMemo(() => (selection ? selectionRect(selection, rowIds, colIds) : null), [selection, rowIds, colIds]);

  /** The cell's text as the grid shows it (copy and fill-down read the same text). */
  const shownText = useCallback((rowId: string, colId: string): string => {
    const api = latest.current.options.apiRef.current;
    const node = api && !api.isDestroyed() ? api.getRowNode(rowId) : undefined;
    if (!api || !node) return '';
    const value = api.getCellValue({ rowNode: node, colKey: colId, useFormatter: true });
    return value == null ? '' : String(value);
  }, []);

  /** The selected block (or the focused cell) as the texts the grid shows. */
  const copyBlock = useCallback((): TextBlock | null => {
    const { options: opts, selection: sel } = latest.current;
    const api = opts.apiRef.current;
    if (!api || api.isDestroyed()) return null;
    const ids = opts.rows.map((r) => r.id);
    const cols = opts.columns.map((c) => String(c.colId ?? c.field ?? ''));
    // A selection whose rows are gone (deleted, or not rendered yet) counts as none.
    const r = (sel && selectionRect(sel, ids, cols)) ?? focusedRect(api, opts.hostRef.current, ids, cols);
    if (!r) return null;
    return cellsIn(r, ids, cols).map((line) => line.map(({ rowId, colId }) => shownText(rowId, colId)));
  }, [shownText]);

  /**
   * Plans and writes a block through one action: a paste from the selection's top-left (or the
   * focused cell; one pasted value fills a selection), a clear or a fill-down of the selection.
   */
  const writeBlock = useCallback(
    (action: Action<PasteArgs, string[]>, verb: BlockVerb, place: (r: SelectionRect) => PlacedBlock | null) => {
      const { options: opts, selection: sel } = latest.current;
      const api = opts.apiRef.current;
      if (!api || api.isDestroyed()) return;
      const ids = opts.rows.map((r) => r.id);
      const cols = opts.columns.map((c) => String(c.colId ?? c.field ?? ''));
      const selected = sel ? selectionRect(sel, ids, cols) : null;
      const r = selected ?? focusedRect(api, opts.hostRef.current, ids, cols);
      if (!r) return;
      const placed = place(r);
      if (!placed) return;
      const pasting = action === pasteBlock;
      const outcome = planPaste({
        block: placed.block,
        rowIds: ids,
        columns: pasteColumnsFor(opts.kind, opts.columns as ColDef[]),
        start: placed.start,
        // A clear or fill-down writes exactly its block, empty texts included.
        selection: !pasting ? blockSize(placed.block) : selected && sel && !isSingleCell(sel) ? rectSize(selected) : null,
        isLocked: (rowId, colId) => session.council.isLocked(opts.kind, rowId ?? '', colId),
      });
      if (!outcome.ok) {
        if (outcome.reason === 'empty') session.notify('Er staat niets op het klembord om te plakken.', 'info');
        else if (outcome.reason === 'too-large') session.notify(outcome.message);
        else session.notify(describeProblems(outcome.problems, 3, verb));
        return;
      }
      const { plan } = outcome;
      const template = opts.rows[0];
      const written = session.actions.run(action, {
        plan,
        kind: opts.kind,
        parentId: opts.parentId,
        rowsById: new Map(opts.rows.map((row) => [row.id, row])),
        toEdit: opts.toEdit as (row: { id: string }, field: string, value: unknown) => CellEdit,
        blankRow: (id: string) => blankRowLike(template, id),
      });
      if (!written.ok) return;
      session.notify(describePaste(plan, verb), 'info');
      if (!pasting) return; // a clear or fill-down keeps the selection as it was
      // The pasted block stays selected, as in Excel, so it can be copied or pasted over again.
      const allIds = [...ids, ...written.result];
      const bottom = Math.min(allIds.length - 1, r.top + plan.rows - 1);
      const right = Math.min(cols.length - 1, r.left + plan.cols - 1);
      const anchor = { rowId: ids[r.top]!, colId: cols[r.left]! };
      setSelection({ anchor, focus: { rowId: allIds[bottom]!, colId: cols[right]! } });
    },
    [session],
  );

  const paste = useCallback(
    (block: TextBlock) => writeBlock(pasteBlock, 'geplakt', (r) => ({ block, start: { row: r.top, col: r.left } })),
    [writeBlock],
  );

  // ---- the browser's copy and paste events -----------------------------------------------

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;

    /** The cell the element is in, when it is a cell of this grid and no editor is open. */
    const cellOf = (target: EventTarget | null): HTMLElement | null => {
      if (!(target instanceof HTMLElement) || isTextEntry(target)) return null;
      const api = latest.current.options.apiRef.current;
      if (!api || api.isDestroyed() || api.getEditingCells().length > 0) return null;
      const cell = target.closest<HTMLElement>('.ag-cell');
      return cell && host.contains(cell) ? cell : null;
    };

    // Chrome sends a copy or paste to the element holding the text selection, which need not be
    // the focused cell: the document hears them all, and the grid holding the focus answers.
    const onCopy = (event: ClipboardEvent) => {
      if (!cellOf(document.activeElement) || !event.clipboardData) return;
      const block = copyBlock();
      if (!block) return;
      event.preventDefault();
      const single = block.length === 1 && block[0]!.length === 1;
      // One cell is copied as its bare text (no closing line break), so it pastes into any text field.
      event.clipboardData.setData('text/plain', single && !/[\t\r\n"]/.test(block[0]![0]!) ? block[0]![0]! : toTsv(block));
      event.clipboardData.setData('text/html', toHtmlTable(block));
      session.notify(single ? 'Cel gekopieerd.' : `${block.length} x ${block[0]!.length} cellen gekopieerd.`, 'info');
    };

    const onPaste = (event: ClipboardEvent) => {
      if (!cellOf(document.activeElement) || !event.clipboardData) return;
      event.preventDefault();
      if (latest.current.options.readOnly) {
        session.notify(readOnlyPasteMessage(latest.current.options.readOnlyReason));
        return;
      }
      paste(readClipboard(event.clipboardData));
    };

    const stopPointer = listenForPointerSelection({
      host,
      anchor: () => latest.current.options.current,
      canSelect: () => {
        const api = latest.current.options.apiRef.current;
        return !!api && !api.isDestroyed() && api.getEditingCells().length === 0;
      },
      select: (next) => setSelection(isSingleCell(next) ? null : next),
    });

    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      stopPointer();
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
    // The handlers read everything else through `latest`; they are bound once per grid host.
  }, [copyBlock, hostRef, paste, session]);

  const fillDownFrom = useCallback(
    (r: SelectionRect): PlacedBlock | null => {
      const { options: opts } = latest.current;
      const ids = opts.rows.map((row) => row.id);
      const cols = opts.columns.map((c) => String(c.colId ?? c.field ?? ''));
      const placed = filledDownBlock(r, (row, col) => shownText(ids[row]!, cols[col]!));
      if (!placed) session.notify('Er is geen rij boven deze cel om omlaag te vullen.', 'info');
      return placed;
    },
    [session, shownText],
  );

  const onKeyDown = useCallback(
    (event: ReactKeyboardEvent<HTMLElement>): boolean => {
      const { options: opts, selection: sel } = latest.current;
      if (event.key === 'Escape' && sel) {
        setSelection(null);
        return false; // Escape still does what it does on a cell
      }
      if (isTextEntry(event.target) || !(event.target instanceof HTMLElement) || !event.target.closest('.ag-cell')) return false;
      const api = opts.apiRef.current;
      if (!api || api.isDestroyed() || api.getEditingCells().length > 0) return false;
      const command = opts.readOnly ? null : rangeCommandFor(event);
      // Delete on one cell opens its editor empty (text-editor.ts); on a block it clears the block.
      if (command && !(command === 'clear' && (!sel || isSingleCell(sel)))) {
        event.preventDefault();
        event.stopPropagation();
        if (command === 'clear') writeBlock(RANGE_ACTIONS.clear, 'leeggemaakt', clearedBlock);
        else writeBlock(RANGE_ACTIONS.fillDown, 'gevuld', fillDownFrom);
        return true;
      }
      const step = STEPS[event.key];
      if (!step || !event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) return false;
      const focused = focusedCellRef(api, opts.hostRef.current);
      if (!focused) return false;
      const ids = opts.rows.map((r) => r.id);
      const cols = opts.columns.map((c) => String(c.colId ?? c.field ?? ''));
      const from = sel && selectionRect(sel, ids, cols) ? sel : { anchor: focused, focus: focused };
      const next = extendSelection(from, step, ids, cols);
      event.preventDefault();
      event.stopPropagation();
      if (next) {
        setSelection(isSingleCell(next) ? null : next);
        scrollCellIntoView(opts.hostRef.current, next.focus);
      }
      return true;
    },
    [fillDownFrom, writeBlock],
  );

  // aria-selected on the selected cells, for screen readers. AG Grid creates and redraws cells
  // on its own schedule (a new row appears after this render), so the marks follow its DOM.
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const cells = rect ? cellsIn(rect, rowIds, colIds).flat() : [];
    const mark = () => {
      const wanted = new Set<Element>();
      for (const { rowId, colId } of cells) {
        const el = host.querySelector(`.ag-row[row-id="${CSS.escape(rowId)}"] .ag-cell[col-id="${CSS.escape(colId)}"]`);
        if (el) wanted.add(el);
      }
      for (const el of Array.from(host.querySelectorAll('[data-cell-selected]'))) {
        if (wanted.has(el)) continue;
        el.removeAttribute('data-cell-selected');
        el.removeAttribute('aria-selected');
      }
      for (const el of wanted) {
        if (el.getAttribute('aria-selected') === 'true') continue;
        el.setAttribute('data-cell-selected', '');
        el.setAttribute('aria-selected', 'true');
      }
    };
    mark();
    if (cells.length === 0) return;
    const observer = new MutationObserver(mark);
    observer.observe(host, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [hostRef, rect, rowIds, colIds]);

  const css = useMemo(() => (rect ? selectionCss(domId, rect, rowIds, colIds) : ''), [domId, rect, rowIds, colIds]);
  const status = rect && !(rect.top === rect.bottom && rect.left === rect.right) ? `${sizeText(rectSize(rect))} geselecteerd` : '';
  return { css, status, onKeyDown };
}

/** The cell holding the keyboard focus: the DOM's focused cell of this grid, else AG Grid's own. */
function focusedCellRef<Row>(api: GridApi<Row>, host: HTMLElement | null): CellRef | null {
  const active = document.activeElement?.closest('.ag-cell');
  const rowId = active && host?.contains(active) ? active.closest('.ag-row')?.getAttribute('row-id') : null;
  const colId = active?.getAttribute('col-id');
  if (rowId && colId) return { rowId, colId };
  const focused = api.getFocusedCell();
  if (!focused || focused.rowPinned) return null;
  const node = api.getDisplayedRowAtIndex(focused.rowIndex);
  return node?.id ? { rowId: node.id, colId: focused.column.getColId() } : null;
}

function focusedRect<Row>(api: GridApi<Row>, host: HTMLElement | null, rowIds: readonly string[], colIds: readonly string[]) {
  const focused = focusedCellRef(api, host);
  return focused ? selectionRect({ anchor: focused, focus: focused }, rowIds, colIds) : null;
}

function scrollCellIntoView(host: HTMLElement | null, cell: CellRef): void {
  host
    ?.querySelector(`.ag-row[row-id="${CSS.escape(cell.rowId)}"] .ag-cell[col-id="${CSS.escape(cell.colId)}"]`)
    ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

function readClipboard(data: DataTransfer): TextBlock {
  const text = data.getData('text/plain');
  if (text) return parseTsv(text);
  const html = data.getData('text/html');
  if (!html) return [];
  const table = htmlTableToBlock(html);
  if (table) return table;
  // HTML without a table (a paragraph from Word): its text, never its markup.
  return parseTsv(new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '');
}

/**
 * A new row as the table would show it: the shape of an existing row with its texts empty and
 * its lists empty. The table's edit handler reads only that shape (a result's indicator list).
 */
function blankRowLike<Row extends { id: string }>(template: Row | undefined, id: string): Row {
  const blank: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(template ?? {})) {
    blank[key] = Array.isArray(value) ? [] : typeof value === 'string' ? '' : typeof value === 'number' ? 0 : null;
  }
  blank.id = id;
  return blank as Row;
}
