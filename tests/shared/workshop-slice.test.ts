import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readProgramme, seedProgramme } from '../../shared/doc/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { SEED_PROGRAMMES, seedProgrammeById } from '../../shared/seed/programmes.ts';
import { voteItems } from '../../shared/workshop/items.ts';
import { sliceOf } from '../../shared/workshop/slice.ts';
import type { WorkshopCard } from '../../shared/workshop/types.ts';

function programme(id: string): Programme {
  const doc = new Y.Doc();
  seedProgramme(doc, seedProgrammeById(id)!);
  return readProgramme(doc);
}

describe('sliceOf on the seeded programmes', () => {
  it('lists every goal, uitwerking and result of a programme in document order', () => {
    for (const seed of SEED_PROGRAMMES) {
      const p = programme(seed.id);
      const slice = sliceOf(p, { kind: 'programme' });
      const expected = p.goals.flatMap((g) => [g.id, ...g.subGoals.flatMap((s) => [s.id, ...s.results.map((r) => r.id)])]);
      expect(slice.map((r) => r.id)).toEqual(expected);
      expect(slice.filter((r) => r.kind === 'result').length).toBe(seed.goals.flatMap((g) => g.subGoals.flatMap((s) => s.results)).length);
    }
  });

  it('gives codes as stored, parents, and no code for an uitwerking', () => {
    const slice = sliceOf(programme('bestaanszekerheid'), { kind: 'programme' });
    expect(slice[0]).toMatchObject({ id: 'g1', kind: 'goal', code: 'Doel 1', parentId: null });
    expect(slice[1]).toMatchObject({ id: 'g1-s1', kind: 'subGoal', code: '', parentId: 'g1' });
    expect(slice[2]).toMatchObject({ id: 'g1-s1-r1', kind: 'result', code: '1.1', parentId: 'g1-s1' });
    expect(slice.filter((r) => r.kind === 'result').map((r) => r.code).slice(0, 5)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5']);
  });

  it('narrows to one goal or one uitwerking', () => {
    const p = programme('bestaanszekerheid');
    const goal = sliceOf(p, { kind: 'goal', rowId: 'g3' });
    expect(goal[0]).toMatchObject({ id: 'g3', code: 'Doel 3' });
    expect(goal.filter((r) => r.kind === 'result').map((r) => r.code)).toEqual(['3.6', '3.7', '3.8', '3.9', '3.10', '3.11', '3.12']);
    const sub = sliceOf(p, { kind: 'subGoal', rowId: 'g1-s2' });
    expect(sub.map((r) => r.kind)).toEqual(['subGoal', 'result', 'result', 'result', 'result', 'result', 'result']);
    expect(sub[0]!.parentId).toBe('g1');
  });

  it('is empty for a scope row that does not exist (or is of another kind)', () => {
    const p = programme('gezond-samenleven');
    expect(sliceOf(p, { kind: 'goal', rowId: 'nope' })).toEqual([]);
    expect(sliceOf(p, { kind: 'subGoal', rowId: 'g1' })).toEqual([]);
  });
});

describe('voteItems', () => {
  it('offers the results and every voorstel card, nothing else', () => {
    const slice = sliceOf(programme('bestaanszekerheid'), { kind: 'subGoal', rowId: 'g2-s1' });
    const card = (id: string, type: WorkshopCard['type']): WorkshopCard => ({
      id, rowId: 'g2-s1', type, text: `Kaart ${id}`, authorId: 'p1', authorName: 'Ans', createdAt: '2026-03-01T10:00:00.000Z',
    });
    const items = voteItems(slice, [card('c1', 'idee'), card('c2', 'voorstel')]);
    expect(items.map((i) => [i.id, i.proposal])).toEqual([
      ['g2-s1-r1', false],
      ['kaart:c2', true],
    ]);
    expect(items[1]).toMatchObject({ text: 'Kaart c2', rowId: 'g2-s1', code: '' });
  });
});
