/**
 * The pure diff between two readings of a programme. Expected lists are written out from the
 * edits made, not derived from the diff's own helpers.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addRow, deleteRow, moveRow, readProgramme, seedProgramme, setField, userOrigin } from '../../shared/doc/index.ts';
import { diffProgrammes, isEmptyDiff, longestIncreasingSubsequence } from '../../shared/history/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { seedProgrammeById } from '../../shared/seed/programmes.ts';

const alice = userOrigin('alice', 'Alice');

function seeded(id = 'bestaanszekerheid'): Y.Doc {
  const doc = new Y.Doc();
  seedProgramme(doc, seedProgrammeById(id)!);
  return doc;
}

function clone(p: Programme): Programme {
  return structuredClone(p);
}

describe('longestIncreasingSubsequence', () => {
  it('finds the rows that kept their order', () => {
    expect(longestIncreasingSubsequence([])).toEqual([]);
    expect(longestIncreasingSubsequence([0, 1, 2, 3])).toEqual([0, 1, 2, 3]);
    // Row 4 dragged to the top: everything else kept its order.
    expect(longestIncreasingSubsequence([4, 0, 1, 2, 3])).toEqual([1, 2, 3, 4]);
    expect(longestIncreasingSubsequence([3, 2, 1, 0])).toHaveLength(1);
    expect(longestIncreasingSubsequence([2, 0, 3, 1, 4])).toHaveLength(3);
  });
});

describe('diffProgrammes', () => {
  it('finds nothing between two readings of the same state', () => {
    const doc = seeded();
    const diff = diffProgrammes(readProgramme(doc), readProgramme(doc));
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff).toEqual({ added: [], removed: [], moved: [], changed: [], meta: [] });
  });

  it('lists one changed cell, one added row, one removed row and one moved row exactly', () => {
    const doc = seeded();
    const before = readProgramme(doc);
    setField(doc, 'goalIndicator', 'g2-i1', 'target', '12%', alice);
    const added = addRow(doc, 'activity', 'g1-s1', alice, { afterId: 'g1-s1-a2', fields: { text: 'Nieuwe activiteit', kind: 'new' } });
    deleteRow(doc, 'resultIndicator', 'g1-s2-r4-i2', alice);
    moveRow(doc, 'result', 'g1-s2-r5', null, alice); // to the top of its six siblings
    const after = readProgramme(doc);

    const diff = diffProgrammes(before, after);

    const goal1 = before.goals[0]!;
    const goal2 = before.goals[1]!;
    const subGoal12 = goal1.subGoals[1]!;
    expect(diff.changed).toEqual([
      {
        kind: 'goalIndicator',
        id: 'g2-i1',
        code: null,
        label: goal2.indicators[0]!.indicator,
        path: { goalCode: goal2.code, subGoalTitle: null, resultCode: null },
        field: 'target',
        old: goal2.indicators[0]!.target,
        new: '12%',
      },
    ]);
    expect(diff.added).toEqual([
      {
        kind: 'activity',
        id: added,
        code: null,
        label: 'Nieuwe activiteit',
        path: { goalCode: goal1.code, subGoalTitle: goal1.subGoals[0]!.title, resultCode: null },
        parentId: 'g1-s1',
        values: { text: 'Nieuwe activiteit', kind: 'new' },
        withParent: false,
      },
    ]);
    const removedResult = subGoal12.results[3]!;
    expect(diff.removed).toEqual([
      {
        kind: 'resultIndicator',
        id: 'g1-s2-r4-i2',
        code: null,
        label: removedResult.indicators[1]!.text,
        path: { goalCode: goal1.code, subGoalTitle: subGoal12.title, resultCode: removedResult.code },
        parentId: 'g1-s2-r4',
        values: { text: removedResult.indicators[1]!.text },
        withParent: false,
      },
    ]);
    const movedResult = subGoal12.results[4]!;
    expect(diff.moved).toEqual([
      {
        kind: 'result',
        id: 'g1-s2-r5',
        code: movedResult.code,
        label: movedResult.text,
        path: { goalCode: goal1.code, subGoalTitle: subGoal12.title, resultCode: movedResult.code },
        fromParentId: 'g1-s2',
        toParentId: 'g1-s2',
        fromPath: { goalCode: goal1.code, subGoalTitle: subGoal12.title, resultCode: movedResult.code },
        fromIndex: 4,
        toIndex: 0,
        reparented: false,
      },
    ]);
    expect(diff.meta).toEqual([]);
  });

  it('reports a swap of two neighbours as one move, and a reversal as all but one', () => {
    const doc = seeded();
    const before = readProgramme(doc);
    moveRow(doc, 'result', 'g1-s2-r2', null, alice); // r2 before r1
    const swapped = diffProgrammes(before, readProgramme(doc));
    expect(swapped.moved.map((m) => m.id)).toHaveLength(1);
    expect(['g1-s2-r1', 'g1-s2-r2']).toContain(swapped.moved[0]!.id);

    const reversed = clone(before);
    reversed.goals[0]!.subGoals[1]!.results.reverse();
    expect(diffProgrammes(before, reversed).moved).toHaveLength(5);
  });

  it('does not count rows that only shifted because another was added or removed', () => {
    const doc = seeded();
    const before = readProgramme(doc);
    addRow(doc, 'result', 'g1-s2', alice, { afterId: null, fields: { code: '1.0', text: 'Eerste' } });
    deleteRow(doc, 'result', 'g1-s2-r3', alice);
    const diff = diffProgrammes(before, readProgramme(doc));
    expect(diff.moved).toEqual([]);
    expect(diff.added.map((a) => a.label)).toEqual(['Eerste']);
    expect(diff.removed.map((r) => r.id)).toEqual(['g1-s2-r3', 'g1-s2-r3-i1']);
    expect(diff.removed.map((r) => r.withParent)).toEqual([false, true]);
  });

  it('reports a row under another parent as reparented, with both paths', () => {
    const before = readProgramme(seeded());
    const after = clone(before);
    const [result] = after.goals[0]!.subGoals[1]!.results.splice(0, 1);
    after.goals[2]!.subGoals[0]!.results.push(result!);

    const diff = diffProgrammes(before, after);

    expect(diff.moved).toEqual([
      expect.objectContaining({
        kind: 'result',
        id: 'g1-s2-r1',
        fromParentId: 'g1-s2',
        toParentId: 'g3-s1',
        reparented: true,
        fromPath: expect.objectContaining({ goalCode: before.goals[0]!.code }),
        path: expect.objectContaining({ goalCode: before.goals[2]!.code }),
      }),
    ]);
    // Its children moved with it: no change of their own.
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
  });

  it('reports numbers, nulls and enums with their old and new values, and programme fields', () => {
    const doc = seeded();
    const before = readProgramme(doc);
    setField(doc, 'goalIndicator', 'g1-i1', 'targetValue', 17.5, alice);
    setField(doc, 'goalIndicator', 'g1-i1', 'direction', null, alice);
    const after = { ...readProgramme(doc), documentNumber: 'NIEUW-1', focusAreas: ['armoede'] };

    const diff = diffProgrammes(before, after);

    const old = before.goals[0]!.indicators[0]!;
    expect(diff.changed.map((c) => [c.field, c.old, c.new])).toEqual([
      ['direction', old.direction, null],
      ['targetValue', old.targetValue, 17.5],
    ]);
    expect(diff.meta).toEqual([
      { field: 'documentNumber', old: before.documentNumber, new: 'NIEUW-1' },
      { field: 'focusAreas', old: before.focusAreas, new: ['armoede'] },
    ]);
  });

  it('marks the rows of an added subtree so a list can fold them under their parent', () => {
    const doc = seeded();
    const before = readProgramme(doc);
    const goal = addRow(doc, 'goal', null, alice, { fields: { code: '9', title: 'Nieuw doel' } });
    const sub = addRow(doc, 'subGoal', goal, alice, { fields: { title: 'Uitwerking' } });
    addRow(doc, 'result', sub, alice, { fields: { code: '9.1', text: 'Resultaat' } });

    const diff = diffProgrammes(before, readProgramme(doc));

    expect(diff.added.map((a) => [a.kind, a.withParent, a.path.goalCode, a.path.resultCode])).toEqual([
      ['goal', false, '9', null],
      ['subGoal', true, '9', null],
      ['result', true, '9', '9.1'],
    ]);
  });
});
