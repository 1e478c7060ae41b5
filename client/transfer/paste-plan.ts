/**
 * What a pasted block does to a table, decided before anything is written: which cells of which
 * rows get which value, how many rows are added below, which cells are skipped and why. A value
 * that does not fit its column stops the whole paste with the row and column named, so a paste
 * is all or nothing (one transaction, one undo step).
 */
import type { FieldValue } from '../../shared/model/entities.ts';
import { parseDutchNumber } from '../../shared/indicator/number.ts';
import { capitalize, listAnd as joinAnd, listOr as joinOr, shorten as shortenTo } from '../../shared/text/dutch.ts';
import { blockSize, type TextBlock } from './tsv.ts';

export type PasteColumnType =
  | { kind: 'text'; maxLength: number }
  | { kind: 'int' }
  | { kind: 'number' }
  /** A fixed list; a pasted label ("Nieuw") or stored value ("new") picks an option, empty clears. */
  | { kind: 'choice'; options: readonly { value: string | boolean; label: string }[] }
  | { kind: 'readOnly' };

export interface PasteColumn {
  colId: string;
  /** As shown in the grid header, for messages. */
  header: string;
  type: PasteColumnType;
}

interface CellPosition {
  row: number;
  col: number;
}

export interface PasteRequest {
  block: TextBlock;
  /** The table's rows in display order. */
  rowIds: readonly string[];
  columns: readonly PasteColumn[];
  /** Top-left cell of the paste (table indexes). */
  start: CellPosition;
  /** A selected area: one pasted value fills all of it, as in Excel. */
  selection?: { rows: number; cols: number } | null;
  /** A cell that may not be written now (council lock); rowId null for a row still to add. */
  isLocked?(rowId: string | null, colId: string): boolean;
  maxNewRows?: number;
}

export interface PasteProblem {
  /** Table row number as the user counts (1 is the first row). */
  row: number;
  column: string;
  value: string;
  message: string;
}

export interface PastePlan {
  updates: { rowId: string; values: Record<string, FieldValue> }[];
  /** Rows to add after the last row, in order, with their values. */
  newRows: Record<string, FieldValue>[];
  /** Size of the pasted block (after filling a selection). */
  rows: number;
  cols: number;
  skipped: {
    /** Headers of read-only columns the block covered. */
    readOnly: string[];
    /** Headers of locked columns the block covered, and how many cells. */
    locked: string[];
    lockedCells: number;
    /** Columns of the block beyond the table's last column. */
    outsideCols: number;
  };
}

export type PasteOutcome =
  | { ok: true; plan: PastePlan }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'too-large'; message: string }
  | { ok: false; reason: 'invalid'; problems: PasteProblem[] };

const MAX_NEW_ROWS = 500;
const MAX_PASTE_CELLS = 20_000;

export function planPaste(request: PasteRequest): PasteOutcome {
  const block = fillSelection(request.block, request.selection ?? null);
  const size = blockSize(block);
  if (size.rows === 0 || size.cols === 0 || (size.rows === 1 && size.cols === 1 && block[0]![0] === '' && !request.selection)) {
    return { ok: false, reason: 'empty' };
  }
  const { rowIds, columns, start } = request;
  const maxNewRows = request.maxNewRows ?? MAX_NEW_ROWS;
  if (size.rows * size.cols > MAX_PASTE_CELLS) {
    return { ok: false, reason: 'too-large', message: `Het geplakte blok is te groot (${size.rows} x ${size.cols} cellen). Plak in delen van hoogstens ${MAX_PASTE_CELLS} cellen.` };
  }
  const newRowCount = Math.max(0, start.row + size.rows - rowIds.length);
  if (newRowCount > maxNewRows) {
    return { ok: false, reason: 'too-large', message: `Het geplakte blok zou ${newRowCount} rijen toevoegen; dat kan in één keer tot ${maxNewRows} rijen.` };
  }
  const usableCols = Math.max(0, Math.min(size.cols, columns.length - start.col));
  const readOnly = new Set<string>();
  const locked = new Set<string>();
  let lockedCells = 0;
  const problems: PasteProblem[] = [];
  const updates: PastePlan['updates'] = [];
  const newRows: PastePlan['newRows'] = [];

  block.forEach((cells, r) => {
    const tableRow = start.row + r;
    const rowId = tableRow < rowIds.length ? rowIds[tableRow]! : null;
    const values: Record<string, FieldValue> = {};
    for (let c = 0; c < usableCols; c++) {
      const text = cells[c];
      // A short line in ragged text leaves the cells it does not reach alone.
      if (text === undefined) continue;
      const column = columns[start.col + c]!;
      if (column.type.kind === 'readOnly') {
        readOnly.add(column.header);
        continue;
      }
      if (request.isLocked?.(rowId, column.colId)) {
        locked.add(column.header);
        lockedCells++;
        continue;
      }
      const converted = convertCell(text, column.type);
      if ('problem' in converted) problems.push({ row: tableRow + 1, column: column.header, value: text, message: converted.problem });
      else values[column.colId] = converted.value;
    }
    if (rowId) {
      if (Object.keys(values).length > 0) updates.push({ rowId, values });
    } else {
      newRows.push(values);
    }
  });

  if (problems.length > 0) return { ok: false, reason: 'invalid', problems };
  return {
    ok: true,
    plan: {
      updates,
      newRows,
      rows: size.rows,
      cols: size.cols,
      skipped: { readOnly: [...readOnly], locked: [...locked], lockedCells, outsideCols: size.cols - usableCols },
    },
  };
}

/** One pasted value over a selection of several cells fills them all; anything else is as pasted. */
function fillSelection(block: TextBlock, selection: { rows: number; cols: number } | null): TextBlock {
  const size = blockSize(block);
  if (!selection || size.rows !== 1 || size.cols !== 1 || selection.rows * selection.cols <= 1) return block;
  const value = block[0]![0]!;
  return Array.from({ length: selection.rows }, () => Array.from({ length: selection.cols }, () => value));
}

type Converted = { value: FieldValue } | { problem: string };

export function convertCell(text: string, type: PasteColumnType): Converted {
  switch (type.kind) {
    case 'readOnly':
      return { problem: 'Deze kolom kan niet worden gewijzigd.' };
    case 'text':
      if (text.length > type.maxLength) return { problem: `De tekst is te lang (${text.length} tekens, hoogstens ${type.maxLength}).` };
      return { value: text };
    case 'int':
    case 'number': {
      const trimmed = text.trim();
      if (trimmed === '') return { value: null };
      const parsed = parseDutchNumber(trimmed);
      if (!parsed) return { problem: `“${shorten(trimmed)}” is geen getal.` };
      if (type.kind === 'int' && !Number.isInteger(parsed.value)) return { problem: `“${shorten(trimmed)}” is geen geheel getal.` };
      return { value: parsed.value };
    }
    case 'choice': {
      const wanted = text.trim().toLocaleLowerCase('nl');
      if (wanted === '') return { value: null };
      const option = type.options.find((o) => String(o.value).toLocaleLowerCase('nl') === wanted || o.label.toLocaleLowerCase('nl') === wanted);
      if (option) return { value: option.value === '' ? null : option.value };
      const labels = type.options.filter((o) => o.label !== '').map((o) => o.label);
      return { problem: `“${shorten(text.trim())}” is geen keuze uit de lijst (${joinOr(labels)}).` };
    }
  }
}

const shorten = (text: string) => shortenTo(text, 40);

// ---- what the officer is told -------------------------------------------------------------

/** What a block write did, in the words of the user's command: paste, clear, fill down. */
export type BlockVerb = 'geplakt' | 'leeggemaakt' | 'gevuld';

/** "3 x 4 cellen geplakt, 1 rij toegevoegd." and what was skipped. */
export function describePaste(plan: PastePlan, verb: BlockVerb = 'geplakt'): string {
  const parts: string[] = [];
  const cells = plan.rows * plan.cols;
  const what = cells === 1 ? `1 cel ${verb}` : `${plan.rows} x ${plan.cols} cellen ${verb}`;
  const added = plan.newRows.length;
  parts.push(added > 0 ? `${what}, ${added} ${added === 1 ? 'rij' : 'rijen'} toegevoegd.` : `${what}.`);
  const { readOnly, locked, lockedCells, outsideCols } = plan.skipped;
  if (readOnly.length > 0) {
    parts.push(`${readOnly.length === 1 ? 'Kolom' : 'Kolommen'} ${joinAnd(readOnly)} ${readOnly.length === 1 ? 'is' : 'zijn'} niet te wijzigen en overgeslagen.`);
  }
  if (lockedCells > 0) {
    parts.push(
      `${lockedCells} ${lockedCells === 1 ? 'cel' : 'cellen'} in ${joinAnd(locked)} ${lockedCells === 1 ? 'is' : 'zijn'} door de raad vastgesteld en overgeslagen; wijzig die één voor één met een reden.`,
    );
  }
  if (outsideCols > 0) parts.push(`${outsideCols} ${outsideCols === 1 ? 'kolom viel' : 'kolommen vielen'} buiten de tabel.`);
  parts.push('Ctrl+Z maakt dit ongedaan.');
  return parts.join(' ');
}

/** Why nothing was pasted: the first problems, each naming row and column. */
export function describeProblems(problems: readonly PasteProblem[], shown = 3, verb: BlockVerb = 'geplakt'): string {
  const first = problems.slice(0, shown).map((p) => `rij ${p.row}, kolom ${p.column}: ${p.message.replace(/\.$/, '')}`);
  const more = problems.length - first.length;
  const rest = more > 0 ? ` (en nog ${more} ${more === 1 ? 'probleem' : 'problemen'})` : '';
  return `Niets ${verb}. ${capitalize(first.join('; '))}${rest}.`;
}
