/**
 * Pasting a block into a table: the plan (which cells get which value, rows added below,
 * read-only and locked cells skipped, Dutch numbers and choices converted, a value that does
 * not fit refused with its row and column), the Dutch notice, the selection it works from, and
 * the write: one transaction on a real Y.Doc, so one undo removes all of it.
 */
import { describe, expect, it } from 'vitest';
import { readProgramme } from '../../shared/doc/index.ts';
import { pasteBlock, type PasteArgs } from '../../client/actions/paste-action.ts';
import { writeCellEdit } from '../../client/actions/cell-edit.ts';
import { dispatchFixture } from './dispatch-fixture.ts';
import { extendSelection, rectSize, selectionRect, type CellSelection } from '../../client/transfer/cell-selection.ts';
import { pasteColumnsFor } from '../../client/transfer/paste-columns.ts';
import {
  convertCell,
  describePaste,
  describeProblems,
  planPaste,
  type PasteColumn,
  type PastePlan,
  type PasteRequest,
} from '../../client/transfer/paste-plan.ts';
import { parseTsv } from '../../client/transfer/tsv.ts';

const TEXT = (colId: string, header = colId, maxLength = 20_000): PasteColumn => ({ colId, header, type: { kind: 'text', maxLength } });

const ACTIVITY_COLUMNS = pasteColumnsFor('activity', [
  { field: 'nr', headerName: 'Nr.', editable: false },
  { field: 'text', headerName: 'Activiteit' },
  { field: 'kind', headerName: 'Soort' },
]);

function plan(request: PasteRequest): PastePlan {
  const outcome = planPaste(request);
  if (!outcome.ok) throw new Error(`expected a plan, got ${JSON.stringify(outcome)}`);
  return outcome.plan;
}

describe('planPaste', () => {
  const columns = [TEXT('a', 'A'), TEXT('b', 'B'), TEXT('c', 'C')];

  it('fills cells to the right and below the start cell', () => {
    const result = plan({ block: [['1', '2'], ['3', '4']], rowIds: ['r1', 'r2', 'r3'], columns, start: { row: 1, col: 1 } });
    expect(result.updates).toEqual([
      { rowId: 'r2', values: { b: '1', c: '2' } },
      { rowId: 'r3', values: { b: '3', c: '4' } },
    ]);
    expect(result.newRows).toEqual([]);
    expect([result.rows, result.cols]).toEqual([2, 2]);
  });

  it('adds rows when the block is taller than the table', () => {
    const result = plan({ block: parseTsv('x\ty\r\nz\tw\r\nq\tr\r\n'), rowIds: ['r1', 'r2'], columns, start: { row: 1, col: 0 } });
    expect(result.updates).toEqual([{ rowId: 'r2', values: { a: 'x', b: 'y' } }]);
    expect(result.newRows).toEqual([
      { a: 'z', b: 'w' },
      { a: 'q', b: 'r' },
    ]);
    expect(describePaste(result)).toBe('3 x 2 cellen geplakt, 2 rijen toegevoegd. Ctrl+Z maakt dit ongedaan.');
  });

  it('adds rows to an empty table', () => {
    const result = plan({ block: [['x']], rowIds: [], columns, start: { row: 0, col: 0 } });
    expect(result.newRows).toEqual([{ a: 'x' }]);
  });

  it('drops columns beyond the last one and says so', () => {
    const result = plan({ block: [['1', '2', '3']], rowIds: ['r1'], columns, start: { row: 0, col: 1 } });
    expect(result.updates).toEqual([{ rowId: 'r1', values: { b: '1', c: '2' } }]);
    expect(result.skipped.outsideCols).toBe(1);
    expect(describePaste(result)).toBe('1 x 3 cellen geplakt. 1 kolom viel buiten de tabel. Ctrl+Z maakt dit ongedaan.');
  });

  it('leaves cells alone that a short line of ragged text does not reach', () => {
    const result = plan({ block: [['1', '2', '3'], ['4']], rowIds: ['r1', 'r2'], columns, start: { row: 0, col: 0 } });
    expect(result.updates[1]).toEqual({ rowId: 'r2', values: { a: '4' } });
  });

  it('writes empty cells as empty text (clearing them, as Excel does)', () => {
    const result = plan({ block: [['', 'x']], rowIds: ['r1'], columns, start: { row: 0, col: 0 } });
    expect(result.updates).toEqual([{ rowId: 'r1', values: { a: '', b: 'x' } }]);
  });

  it('skips a read-only column where it lands, keeping the block aligned with what is shown', () => {
    const result = plan({ block: [['9', 'Voorlichting', 'Nieuw']], rowIds: ['a1'], columns: ACTIVITY_COLUMNS, start: { row: 0, col: 0 } });
    expect(result.updates).toEqual([{ rowId: 'a1', values: { text: 'Voorlichting', kind: 'new' } }]);
    expect(result.skipped.readOnly).toEqual(['Nr.']);
    expect(describePaste(result)).toContain('Kolom Nr. is niet te wijzigen en overgeslagen.');
  });

  it('skips locked cells (council-owned), also in rows still to add', () => {
    const result = plan({
      block: [['x', 'y'], ['z', 'w']],
      rowIds: ['r1'],
      columns,
      start: { row: 0, col: 0 },
      isLocked: (_rowId, colId) => colId === 'b',
    });
    expect(result.updates).toEqual([{ rowId: 'r1', values: { a: 'x' } }]);
    expect(result.newRows).toEqual([{ a: 'z' }]);
    expect(result.skipped).toMatchObject({ locked: ['B'], lockedCells: 2 });
    expect(describePaste(result)).toContain('2 cellen in B zijn door de raad vastgesteld en overgeslagen');
  });

  it('fills a selection with one pasted value', () => {
    const result = plan({ block: [['x']], rowIds: ['r1', 'r2'], columns, start: { row: 0, col: 1 }, selection: { rows: 2, cols: 2 } });
    expect(result.updates).toEqual([
      { rowId: 'r1', values: { b: 'x', c: 'x' } },
      { rowId: 'r2', values: { b: 'x', c: 'x' } },
    ]);
    expect(describePaste(result)).toBe('2 x 2 cellen geplakt. Ctrl+Z maakt dit ongedaan.');
  });

  it('refuses a value that does not fit, naming the row and column, and writes nothing', () => {
    const numbers: PasteColumn[] = [TEXT('name', 'Naam'), { colId: 'year', header: 'Streefjaar', type: { kind: 'int' } }];
    const outcome = planPaste({ block: [['a', '2028'], ['b', 'volgend jaar'], ['c', '2027,5']], rowIds: ['r1', 'r2'], columns: numbers, start: { row: 0, col: 0 } });
    expect(outcome.ok).toBe(false);
    if (outcome.ok || outcome.reason !== 'invalid') return;
    expect(outcome.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'Streefjaar'],
      [3, 'Streefjaar'],
    ]);
    expect(describeProblems(outcome.problems)).toBe(
      'Niets geplakt. Rij 2, kolom Streefjaar: “volgend jaar” is geen getal; rij 3, kolom Streefjaar: “2027,5” is geen geheel getal.',
    );
  });

  it('refuses text over the column limit', () => {
    const outcome = planPaste({ block: [['x'.repeat(201)]], rowIds: ['r1'], columns: [TEXT('code', 'Code', 200)], start: { row: 0, col: 0 } });
    expect(outcome).toMatchObject({ ok: false, reason: 'invalid', problems: [{ row: 1, column: 'Code' }] });
  });

  it('ignores an empty clipboard and refuses a block that would add too many rows', () => {
    expect(planPaste({ block: [], rowIds: ['r1'], columns, start: { row: 0, col: 0 } })).toEqual({ ok: false, reason: 'empty' });
    expect(planPaste({ block: [['']], rowIds: ['r1'], columns, start: { row: 0, col: 0 } })).toEqual({ ok: false, reason: 'empty' });
    const tall = Array.from({ length: 20 }, (_, i) => [String(i)]);
    expect(planPaste({ block: tall, rowIds: ['r1'], columns, start: { row: 0, col: 0 }, maxNewRows: 10 })).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('counts more problems than it shows', () => {
    const numbers: PasteColumn[] = [{ colId: 'v', header: 'Waarde', type: { kind: 'number' } }];
    const outcome = planPaste({ block: [['a'], ['b'], ['c'], ['d'], ['e']], rowIds: [], columns: numbers, start: { row: 0, col: 0 } });
    if (outcome.ok || outcome.reason !== 'invalid') throw new Error('expected problems');
    expect(describeProblems(outcome.problems)).toMatch(/\(en nog 2 problemen\)\.$/);
  });
});

describe('convertCell', () => {
  it('reads numbers the Dutch way', () => {
    expect(convertCell('1.234,5', { kind: 'number' })).toEqual({ value: 1234.5 });
    expect(convertCell('43,9 %', { kind: 'number' })).toEqual({ value: 43.9 });
    expect(convertCell('-2', { kind: 'number' })).toEqual({ value: -2 });
    expect(convertCell(' ', { kind: 'number' })).toEqual({ value: null });
    expect(convertCell('2028', { kind: 'int' })).toEqual({ value: 2028 });
    expect(convertCell('veel', { kind: 'number' })).toEqual({ problem: '“veel” is geen getal.' });
  });

  it('picks a choice by its Dutch label or its stored value, any case; empty clears', () => {
    const kind = ACTIVITY_COLUMNS[2]!.type;
    expect(convertCell('Bestaand', kind)).toEqual({ value: 'existing' });
    expect(convertCell('nieuw', kind)).toEqual({ value: 'new' });
    expect(convertCell('new', kind)).toEqual({ value: 'new' });
    expect(convertCell('', kind)).toEqual({ value: null });
    expect(convertCell('Misschien', kind)).toEqual({ problem: '“Misschien” is geen keuze uit de lijst (Bestaand of Nieuw).' });
  });
});

describe('pasteColumnsFor', () => {
  it('takes field types from the shared allowlist and limits from the editor', () => {
    const cols = pasteColumnsFor('result', [
      { field: 'code', headerName: 'Code', cellEditorParams: { maxLength: 200 } },
      { field: 'indicatorsText', headerName: 'Indicator op resultaat' },
    ]);
    expect(cols.map((c) => c.type)).toEqual([
      { kind: 'text', maxLength: 200 },
      { kind: 'text', maxLength: 20_000 },
    ]);
    expect(pasteColumnsFor('goalIndicator', [{ field: 'targetYear', headerName: 'Streefjaar' }])[0]!.type).toEqual({ kind: 'int' });
  });
});

describe('cell selection', () => {
  const rows = ['r1', 'r2', 'r3'];
  const cols = ['a', 'b', 'c'];
  const at = (rowId: string, colId: string): CellSelection => ({ anchor: { rowId, colId }, focus: { rowId, colId } });

  it('extends from the anchor with Shift+arrows and stops at the edges', () => {
    let sel: CellSelection | null = at('r2', 'b');
    sel = extendSelection(sel, 'down', rows, cols)!;
    sel = extendSelection(sel, 'down', rows, cols)!;
    sel = extendSelection(sel, 'left', rows, cols)!;
    expect(selectionRect(sel, rows, cols)).toEqual({ top: 1, bottom: 2, left: 0, right: 1 });
    sel = extendSelection(sel, 'up', rows, cols)!;
    sel = extendSelection(sel, 'up', rows, cols)!;
    expect(selectionRect(sel, rows, cols)).toEqual({ top: 0, bottom: 1, left: 0, right: 1 });
    expect(rectSize(selectionRect(sel, rows, cols)!)).toEqual({ rows: 2, cols: 2 });
  });

  it('follows rows by id when a colleague inserts a row above, and ends when a row goes', () => {
    const sel: CellSelection = { anchor: { rowId: 'r1', colId: 'a' }, focus: { rowId: 'r2', colId: 'b' } };
    expect(selectionRect(sel, ['new', 'r1', 'r2', 'r3'], cols)).toEqual({ top: 1, bottom: 2, left: 0, right: 1 });
    expect(selectionRect(sel, ['r1', 'r3'], cols)).toBeNull();
  });
});

describe('the paste action on a real document', () => {
  function setup() {
    const fixture = dispatchFixture();
    const indicators = () => readProgramme(fixture.doc).goals[0]!.indicators;
    const args = (result: PastePlan): PasteArgs => ({
      plan: result,
      kind: 'goalIndicator',
      parentId: 'g1',
      rowsById: new Map(indicators().map((i) => [i.id, i])),
      toEdit: (row, field, value) => ({ kind: 'fields', rowKind: 'goalIndicator', rowId: row.id, values: { [field]: String(value) } }),
      blankRow: (id: string) => ({ id }),
    });
    return { ...fixture, indicators, args };
  }

  const columns = pasteColumnsFor('goalIndicator', [
    { field: 'indicator', headerName: 'Indicator' },
    { field: 'baseline', headerName: 'Nulmeting' },
    { field: 'target', headerName: 'Streefwaarde 2028' },
    { field: 'source', headerName: 'Monitoring/bron' },
  ]);

  it('writes a 3 x 4 block over two rows and adds the third, in one undo step', () => {
    const { dispatcher, undoManager, indicators, args, updates } = setup();
    const before = indicators();
    expect(before.map((i) => i.id)).toEqual(['g1-i1', 'g1-i2']);
    const block = parseTsv('A1\tB1\tC1\tD1\r\nA2\t"B2\nmet regel"\tC2\tD2\r\nA3\tB3\tC3\tD3\r\n');
    const result = plan({ block, rowIds: before.map((i) => i.id), columns, start: { row: 0, col: 0 } });
    const pasted = dispatcher.run(pasteBlock, args(result));

    expect(updates()).toBe(1);
    if (!pasted.ok) throw new Error(pasted.reason);
    const added = pasted.result;
    expect(added).toHaveLength(1);
    const after = indicators();
    expect(after.map((i) => [i.indicator, i.baseline, i.target, i.source])).toEqual([
      ['A1', 'B1', 'C1', 'D1'],
      ['A2', 'B2\nmet regel', 'C2', 'D2'],
      ['A3', 'B3', 'C3', 'D3'],
    ]);
    expect(after[2]!.id).toBe(added[0]);
    expect(undoManager.undoStack).toHaveLength(1);

    undoManager.undo();
    expect(indicators()).toEqual(before);
  });

  it('undoes a write that fails half-way, and offers no redo of it', () => {
    const { dispatcher, indicators, undoManager, args, notices } = setup();
    const before = indicators();
    const result = plan({ block: [['ok'], ['boom']], rowIds: before.map((i) => i.id), columns, start: { row: 0, col: 0 } });
    let calls = 0;
    const failing = args(result);
    failing.toEdit = (row, field, value) => {
      if (++calls === 2) throw new Error('disk on fire');
      return { kind: 'fields', rowKind: 'goalIndicator', rowId: row.id, values: { [field]: String(value) } };
    };
    // Each row written through the table's cell writer, so the second row fails after the first is written.
    const outcome = dispatcher.run({ ...pasteBlock, perform: (context, a: PasteArgs) => {
      for (const update of a.plan.updates) writeCellEdit(context, a.toEdit(a.rowsById.get(update.rowId)!, 'indicator', update.values.indicator));
      return { result: [] };
    } }, failing);
    expect(outcome).toEqual({ ok: false, reason: 'Plakken is mislukt; er is niets gewijzigd.' });
    expect(notices).toEqual(['Plakken is mislukt; er is niets gewijzigd.']);
    expect(calls).toBe(2);
    expect(indicators()).toEqual(before);
    expect(undoManager.undoStack).toHaveLength(0);
    expect(undoManager.redoStack).toHaveLength(0);
  });

  it('refuses a paste for a reader before anything is written', () => {
    const fixture = dispatchFixture({ rights: ['read'] });
    const rows = readProgramme(fixture.doc).goals[0]!.indicators;
    const result = plan({ block: [['x']], rowIds: rows.map((i) => i.id), columns, start: { row: 0, col: 0 } });
    const outcome = fixture.dispatcher.run(pasteBlock, {
      plan: result,
      kind: 'goalIndicator',
      parentId: 'g1',
      rowsById: new Map(rows.map((i) => [i.id, i])),
      toEdit: () => {
        throw new Error('not reached');
      },
      blankRow: (id) => ({ id }),
    });
    expect(outcome.ok).toBe(false);
    expect(fixture.updates()).toBe(0);
  });
});
