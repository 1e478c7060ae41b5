/**
 * Reading never drops a row: a row whose parent was deleted concurrently is listed in
 * `orphans`, with its subtree, and moving it back makes it a normal row again.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addRow, deleteRow, moveRowTo, readProgramme, seedProgramme, userOrigin } from '../../shared/doc/index.ts';
import { seedProgrammeById } from '../../shared/seed/programmes.ts';

const alice = userOrigin('alice', 'Alice');
const bob = userOrigin('bob', 'Bob');

function pair(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  seedProgramme(a, seedProgrammeById('bestaanszekerheid')!);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b];
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function idsInTree(doc: Y.Doc): Set<string> {
  const ids = new Set<string>();
  const walk = (row: Record<string, unknown>) => {
    ids.add(row.id as string);
    for (const value of Object.values(row)) if (Array.isArray(value)) for (const child of value) walk(child as Record<string, unknown>);
  };
  for (const goal of readProgramme(doc).goals) walk(goal as unknown as Record<string, unknown>);
  return ids;
}

describe('orphans', () => {
  it('a seeded programme has none', () => {
    expect(readProgramme(pair()[0]).orphans).toEqual([]);
  });

  it('lists a result and its indicator added under an uitwerking a colleague deleted meanwhile', () => {
    const [a, b] = pair();
    const subGoal = readProgramme(a).goals[0]!.subGoals[0]!;
    const result = addRow(a, 'result', subGoal.id, alice, { fields: { code: '9.9', text: 'Offline bedacht' } });
    const indicator = addRow(a, 'resultIndicator', result, alice, { fields: { text: 'Aantal bezoekers' } });
    deleteRow(b, 'subGoal', subGoal.id, bob);
    sync(a, b);

    for (const doc of [a, b]) {
      const { orphans } = readProgramme(doc);
      expect(orphans.map((o) => [o.kind, o.id, o.parentId, o.missingParentId])).toEqual([
        ['result', result, subGoal.id, subGoal.id],
        ['resultIndicator', indicator, result, subGoal.id],
      ]);
      expect(orphans[0]!.row).toMatchObject({ id: result, code: '9.9', text: 'Offline bedacht' });
      expect(orphans[0]!.row).not.toHaveProperty('indicators');
      expect(orphans[1]!.row).toMatchObject({ id: indicator, text: 'Aantal bezoekers' });
      expect(idsInTree(doc).has(result)).toBe(false);
    }
    expect(readProgramme(a)).toEqual(readProgramme(b));
  });

  it('moving the orphan under another uitwerking brings its children along and empties the list', () => {
    const [a, b] = pair();
    const goal = readProgramme(a).goals[0]!;
    const [gone, other] = [goal.subGoals[0]!, goal.subGoals[1]!];
    const result = addRow(a, 'result', gone.id, alice);
    const indicator = addRow(a, 'resultIndicator', result, alice);
    deleteRow(b, 'subGoal', gone.id, bob);
    sync(a, b);

    moveRowTo(b, 'result', result, other.id, bob);
    sync(a, b);
    expect(readProgramme(a).orphans).toEqual([]);
    const moved = readProgramme(a).goals[0]!.subGoals.find((s) => s.id === other.id)!.results.at(-1)!;
    expect(moved.id).toBe(result);
    expect(moved.indicators.map((i) => i.id)).toEqual([indicator]);
  });

  it('refuses a parent of a kind the row may not hang under', () => {
    const [a] = pair();
    const goal = readProgramme(a).goals[0]!;
    const result = goal.subGoals[0]!.results[0]!;
    expect(() => moveRowTo(a, 'result', result.id, goal.id, alice)).toThrow('De bovenliggende rij bestaat niet (meer).');
  });

  it('lists an activity whose result was deleted, with the deleted result as the missing parent', () => {
    const [a, b] = pair();
    const sub = readProgramme(a).goals[0]!.subGoals.find((s) => s.results.length > 0)!;
    const result = sub.results[0]!;
    const activity = addRow(a, 'activity', result.id, alice, { fields: { text: 'Nieuw' } });
    deleteRow(b, 'result', result.id, bob);
    sync(a, b);
    expect(readProgramme(a).orphans.map((o) => [o.kind, o.id, o.missingParentId])).toEqual([['activity', activity, result.id]]);
  });
});
