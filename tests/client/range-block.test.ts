/**
 * Delete and Ctrl+D over a selected block: the block each writes (a clear over the whole
 * selection; the top row into the rows below, or the row above into a one-row selection) and
 * the write itself through the real dispatcher on a real Y.Doc, one update and one undo step.
 */
import { describe, expect, it } from 'vitest';
import { readProgramme } from '../../shared/doc/index.ts';
import { clearCells, fillDown } from '../../client/actions/paste-action.ts';
import { rangeCommandFor, SHORTCUTS } from '../../client/actions/registry.ts';
import { pasteColumnsFor } from '../../client/transfer/paste-columns.ts';
import { describePaste, planPaste } from '../../client/transfer/paste-plan.ts';
import { clearedBlock, filledDownBlock } from '../../client/transfer/range-block.ts';
import { blockSize } from '../../client/transfer/tsv.ts';
import { dispatchFixture } from './dispatch-fixture.ts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('the block a clear or fill-down writes', () => {
  const at = (row: number, col: number) => `r${row}c${col}`;

  it('clears every cell of the selection', () => {
    expect(clearedBlock({ top: 1, bottom: 2, left: 0, right: 1 })).toEqual({ block: [['', ''], ['', '']], start: { row: 1, col: 0 } });
  });

  it('copies the top row into the rows below it', () => {
    expect(filledDownBlock({ top: 1, bottom: 3, left: 2, right: 3 }, at)).toEqual({
      block: [['r1c2', 'r1c3'], ['r1c2', 'r1c3']],
      start: { row: 2, col: 2 },
    });
  });

  it('fills a one-row selection from the row above, and has nothing to copy at the top', () => {
    expect(filledDownBlock({ top: 2, bottom: 2, left: 0, right: 0 }, at)).toEqual({ block: [['r1c0']], start: { row: 2, col: 0 } });
    expect(filledDownBlock({ top: 0, bottom: 0, left: 0, right: 1 }, at)).toBeNull();
  });
});

describe('keys', () => {
  it('finds Delete, Backspace and Ctrl+D, not Alt+Delete (the row delete)', () => {
    expect(rangeCommandFor(key('Delete'))).toBe('clear');
    expect(rangeCommandFor(key('Backspace'))).toBe('clear');
    expect(rangeCommandFor(key('d', { ctrlKey: true }))).toBe('fillDown');
    expect(rangeCommandFor(key('Delete', { altKey: true }))).toBeNull();
    expect(rangeCommandFor(key('D', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(SHORTCUTS.map((l) => l.keys)).toEqual(expect.arrayContaining(['Delete of Backspace', 'Ctrl+D']));
  });
});

describe('clear and fill-down through the dispatcher', () => {
  const columns = pasteColumnsFor('activity', [
    { field: 'nr', headerName: 'Nr.', editable: false },
    { field: 'text', headerName: 'Activiteit' },
    { field: 'kind', headerName: 'Soort' },
  ]);

  function setup() {
    const fixture = dispatchFixture();
    const activities = () => readProgramme(fixture.doc).goals[0]!.subGoals[0]!.activities;
    const rows = activities();
    const ids = rows.map((r) => r.id);
    const run = (action: typeof fillDown, placed: NonNullable<ReturnType<typeof filledDownBlock>>) => {
      const outcome = planPaste({ block: placed.block, rowIds: ids, columns, start: placed.start, selection: blockSize(placed.block) });
      if (!outcome.ok) throw new Error(JSON.stringify(outcome));
      const written = fixture.dispatcher.run(action, {
        plan: outcome.plan,
        kind: 'activity',
        parentId: 'g1-s1',
        rowsById: new Map(rows.map((r) => [r.id, r])),
        toEdit: (row, field, value) => ({ kind: 'fields', rowKind: 'activity', rowId: row.id, values: { [field]: value as string } }),
        blankRow: (id) => ({ id }),
      });
      expect(written.ok).toBe(true);
      return outcome.plan;
    };
    return { ...fixture, activities, rows, run };
  }

  it('fills rows 2 and 3 from row 1 across the read-only number, in one update and one undo step', () => {
    const { activities, rows, run, undoManager, updates } = setup();
    const shown = (row: number, col: number) => [String(row + 1), rows[row]!.text, ({ new: 'Nieuw', existing: 'Bestaand' } as Record<string, string>)[rows[row]!.kind ?? ''] ?? ''][col]!;
    const plan = run(fillDown, filledDownBlock({ top: 0, bottom: 2, left: 0, right: 2 }, shown)!);
    expect(updates()).toBe(1);
    expect(activities().slice(0, 3).map((a) => [a.text, a.kind])).toEqual(Array(3).fill([rows[0]!.text, rows[0]!.kind]));
    expect(describePaste(plan, 'gevuld')).toBe('2 x 3 cellen gevuld. Kolom Nr. is niet te wijzigen en overgeslagen. Ctrl+Z maakt dit ongedaan.');
    expect(undoManager.undoStack).toHaveLength(1);
    undoManager.undo();
    expect(activities()).toEqual(rows);
  });

  it('clears a block in one update and one undo step', () => {
    const { activities, rows, run, undoManager, updates } = setup();
    run(clearCells, clearedBlock({ top: 3, bottom: 4, left: 1, right: 1 }));
    expect(updates()).toBe(1);
    expect(activities().map((a) => a.text)).toEqual([rows[0]!.text, rows[1]!.text, rows[2]!.text, '', '']);
    undoManager.undo();
    expect(activities()).toEqual(rows);
  });
});
