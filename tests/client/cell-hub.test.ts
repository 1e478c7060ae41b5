/**
 * The grid's cell hub without a browser: a cell's part of the findings, presence, comments,
 * differences and clashes is looked up as the context hooks did, a rebuilt index that is equal
 * in value for a cell counts as unchanged (so the cell does not re-render), and the hub tells its
 * listeners only when a source really changed.
 */
import { describe, expect, it } from 'vitest';
import { CellHub, clashesAt, diffAt, findingsAt, presenceAt, similar, threadsAt, type CellSources } from '../../client/grid/cell-hub.ts';
import { EMPTY_COMMENTS, threadKey } from '../../client/comments/comment-index.ts';
import { cellKey, EMPTY_INDEX } from '../../client/validation/finding-index.ts';
import { presenceKey } from '../../client/programme/presence.ts';
import { estimatedHeight } from '../../client/grid/lazy-mount.ts';

function sources(over: Partial<CellSources> = {}): CellSources {
  return { findings: EMPTY_INDEX, presence: new Map(), comments: EMPTY_COMMENTS, diff: null, clashes: new Map(), ...over };
}

describe('similar', () => {
  it('compares arrays and plain objects by value a few levels down', () => {
    expect(similar([{ id: 'V11', place: { rowId: 'g1-i2', colId: 'target' } }], [{ id: 'V11', place: { rowId: 'g1-i2', colId: 'target' } }])).toBe(true);
    expect(similar([{ id: 'V11' }], [{ id: 'V12' }])).toBe(false);
    expect(similar([1, 2], [1, 2, 3])).toBe(false);
    expect(similar({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(similar({ added: false, notes: [] }, { added: false, notes: [] })).toBe(true);
    expect(similar(new Map(), new Map())).toBe(false); // indexes themselves are never compared by value
    expect(similar(null, undefined)).toBe(false);
  });
});

describe('CellHub', () => {
  it('tells its listeners only when a source changed', () => {
    const hub = new CellHub();
    let told = 0;
    const stop = hub.subscribe(() => told++);
    const first = sources();
    hub.publish(first);
    hub.publish({ ...first });
    expect(told).toBe(1);
    hub.publish({ ...first, presence: new Map() });
    expect(told).toBe(2);
    stop();
    hub.publish(sources());
    expect(told).toBe(2);
  });
});

describe('a cell reads its part', () => {
  it('findings, presence and clashes by cell', () => {
    const finding = { id: 'V11' } as never;
    const peer = { clientId: 7 } as never;
    const s = sources({
      findings: { ...EMPTY_INDEX, byCell: new Map([[cellKey('g1-i2', 'target'), [finding]]]) },
      presence: new Map([[presenceKey('g1-i2', 'target'), [peer]]]),
      clashes: new Map([[cellKey('g1-i2', 'source'), [{ field: 'source' } as never]]]),
    });
    expect(findingsAt(s, 'g1-i2', 'target')).toEqual([finding]);
    expect(findingsAt(s, 'g1-i2', 'source')).toEqual([]);
    expect(presenceAt(s, 'g1-i2', 'target')).toEqual([peer]);
    expect(clashesAt(s, 'g1-i2', 'source')).toHaveLength(1);
    // An empty part is always the same array: an unchanged cell keeps its value.
    expect(findingsAt(s, 'x', 'y')).toBe(findingsAt(sources(), 'z', 'w'));
  });

  it("open threads of the cell, and the row's own on its first cell", () => {
    const onCell = { id: 't1' } as never;
    const onRow = { id: 't2' } as never;
    const s = sources({ comments: { threads: [], openAt: new Map([[threadKey('r1', 'text'), [onCell]], [threadKey('r1', null), [onRow]]]) } });
    expect(threadsAt(s, 'r1', 'text', false)).toEqual([onCell]);
    expect(threadsAt(s, 'r1', 'text', true)).toEqual([onRow, onCell]);
    expect(threadsAt(s, 'r1', 'code', true)).toEqual([onRow]);
  });

  it('differences: a new row, and the old values of a changed cell', () => {
    expect(diffAt(sources(), 'r1', 'text')).toEqual({ added: false, notes: [] });
    const note = { label: 'Resultaat', old: 'a', new: 'b' };
    const s = sources({ diff: { diff: {} as never, added: new Set(['r2']), cells: new Map([[cellKey('r1', 'text'), [note]]]) } });
    expect(diffAt(s, 'r1', 'text')).toEqual({ added: false, notes: [note] });
    expect(diffAt(s, 'r2', 'text')).toEqual({ added: true, notes: [] });
  });
});

describe('tables not yet mounted', () => {
  it('keep about their height', () => {
    expect(estimatedHeight(0)).toBe(estimatedHeight(1));
    expect(estimatedHeight(10)).toBeGreaterThan(estimatedHeight(2));
  });
});
