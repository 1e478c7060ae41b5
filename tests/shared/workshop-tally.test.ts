import { describe, expect, it } from 'vitest';
import { tally } from '../../shared/workshop/tally.ts';
import type { Ballot, VoteItem } from '../../shared/workshop/types.ts';

const items: VoteItem[] = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, code: id.toUpperCase(), text: `Resultaat ${id}`, rowId: id, proposal: false }));
const dots = (d: Record<string, number>): Ballot => ({ kind: 'stippen', dots: d });
const top = (...ranking: string[]): Ballot => ({ kind: 'top10', ranking });

describe('tally, stippen', () => {
  it('sums dots, counts voters and ranks 1,2,3,3,5 with ties marked', () => {
    const result = tally(
      [dots({ a: 5 }), dots({ b: 3, c: 2 }), dots({ d: 2, e: 1, b: 1 }), dots({ a: 1, e: 1 })],
      items,
      'stippen',
      5,
    );
    expect(result.map((e) => [e.itemId, e.score, e.voters, e.rank, e.tied])).toEqual([
      ['a', 6, 2, 1, false],
      ['b', 4, 2, 2, false],
      ['c', 2, 1, 3, true],
      ['d', 2, 1, 3, true],
      ['e', 2, 2, 3, true],
    ]);
  });

  it('gives 1,2,3,3,5 exactly when two share the third place', () => {
    const result = tally([dots({ a: 5 }), dots({ b: 4 }), dots({ c: 3 }), dots({ d: 3 }), dots({ e: 1 })], items, 'stippen', 5);
    expect(result.map((e) => e.rank)).toEqual([1, 2, 3, 3, 5]);
    expect(result.map((e) => e.tied)).toEqual([false, false, true, true, false]);
  });

  it('orders tied items by item order, not by arrival', () => {
    const result = tally([dots({ f: 2 }), dots({ a: 2 })], items, 'stippen', 5);
    expect(result.map((e) => e.itemId)).toEqual(['a', 'f']);
  });

  it('leaves out items without points and ballots that break the rules', () => {
    const result = tally(
      [dots({ a: 6 }), dots({ b: 0, c: 1 }), top('a'), dots({ d: -1 }), dots({ e: 1.5 })],
      items,
      'stippen',
      5,
    );
    expect(result).toEqual([{ itemId: 'c', score: 1, voters: 1, rank: 1, tied: false }]);
  });

  it('keeps the rest of a ballot when one of its items is gone (a removed proposal)', () => {
    const result = tally([dots({ 'kaart:weg': 3, b: 2 })], items, 'stippen', 5);
    expect(result.map((e) => [e.itemId, e.score])).toEqual([['b', 2]]);
  });
});

describe('tally, top 10 (Borda)', () => {
  it('gives 10 points for first place down to 1 for tenth', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `r${i}`);
    const many = ids.map((id) => ({ id, code: id, text: id, rowId: id, proposal: false }));
    const result = tally([top(...ids)], many, 'top10');
    expect(result.map((e) => e.score)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(result.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('adds up positions over voters and marks ties', () => {
    // a: 10+9 = 19, b: 9+10 = 19, c: 8, d: 8
    const result = tally([top('a', 'b', 'c'), top('b', 'a', 'd')], items, 'top10');
    expect(result.map((e) => [e.itemId, e.score, e.rank, e.tied, e.voters])).toEqual([
      ['a', 19, 1, true, 2],
      ['b', 19, 1, true, 2],
      ['c', 8, 3, true, 1],
      ['d', 8, 3, true, 1],
    ]);
  });

  it('ignores duplicate rankings and ballots of the other mode', () => {
    const result = tally([top('a', 'a'), dots({ b: 1 }), top('c')], items, 'top10');
    expect(result.map((e) => e.itemId)).toEqual(['c']);
  });
});
