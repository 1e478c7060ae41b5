/**
 * The phone's voting steps: a '+' never takes a participant over the dots they have, and a
 * ranking never holds more than ten or the same item twice, so the server's check (which
 * would close the socket) is never the first to say no.
 */
import { describe, expect, it } from 'vitest';
import { checkBallot } from '../../shared/workshop/index.ts';
import { changeDots, dotsLeft, dotsUsed, emptyDots, ownDots } from '../../client/workshop/dots.ts';
import { choose, move, ownRanking, takeAway } from '../../client/workshop/ranking.ts';

const ids = new Set(['r1', 'r2', 'r3']);
const stippen = { votingMode: 'stippen' as const, dots: 3 };

describe('dot voting', () => {
  it('adds dots until none are left, then refuses', () => {
    let ballot = emptyDots();
    for (const id of ['r1', 'r1', 'r2']) {
      const next = changeDots(ballot, id, 1, 3);
      expect(next).not.toBeNull();
      ballot = next!;
      expect(checkBallot(ballot, stippen, ids)).toBeNull();
    }
    expect(dotsUsed(ballot)).toBe(3);
    expect(dotsLeft(ballot, 3)).toBe(0);
    expect(changeDots(ballot, 'r3', 1, 3)).toBeNull();
    expect(ballot.dots).toEqual({ r1: 2, r2: 1 });
  });

  it('takes a dot back and drops the item at zero; never below zero', () => {
    const ballot = { kind: 'stippen' as const, dots: { r1: 1 } };
    const less = changeDots(ballot, 'r1', -1, 3)!;
    expect(less.dots).toEqual({});
    expect(changeDots(less, 'r1', -1, 3)).toBeNull();
    // The original is not changed: the doc's ballot is the source of truth until written.
    expect(ballot.dots).toEqual({ r1: 1 });
  });

  it('reads only its own mode and current items from the doc', () => {
    expect(ownDots(undefined, ids)).toEqual(emptyDots());
    expect(ownDots({ kind: 'top10', ranking: ['r1'] }, ids)).toEqual(emptyDots());
    expect(ownDots({ kind: 'stippen', dots: { r1: 2, gone: 1, r2: 0 } }, ids).dots).toEqual({ r1: 2 });
  });
});

describe('top 10 ranking', () => {
  const top10 = { votingMode: 'top10' as const, dots: 5 };

  it('chooses in order, moves up and down, takes away', () => {
    let ballot = ownRanking(undefined, ids);
    ballot = choose(ballot, 'r1')!;
    ballot = choose(ballot, 'r2')!;
    ballot = choose(ballot, 'r3')!;
    expect(ballot.ranking).toEqual(['r1', 'r2', 'r3']);
    expect(choose(ballot, 'r2')).toBeNull();
    ballot = move(ballot, 'r3', -1)!;
    expect(ballot.ranking).toEqual(['r1', 'r3', 'r2']);
    expect(move(ballot, 'r1', -1)).toBeNull();
    expect(move(ballot, 'r2', 1)).toBeNull();
    ballot = takeAway(ballot, 'r1')!;
    expect(ballot.ranking).toEqual(['r3', 'r2']);
    expect(checkBallot(ballot, top10, ids)).toBeNull();
  });

  it('stops at ten', () => {
    const many = new Set(Array.from({ length: 12 }, (_, i) => `r${i}`));
    let ballot = ownRanking(undefined, many);
    for (let i = 0; i < 10; i++) ballot = choose(ballot, `r${i}`)!;
    expect(choose(ballot, 'r10')).toBeNull();
    expect(checkBallot(ballot, top10, many)).toBeNull();
  });

  it('forgets items that are gone', () => {
    expect(ownRanking({ kind: 'top10', ranking: ['r1', 'weg', 'r2'] }, ids).ranking).toEqual(['r1', 'r2']);
  });
});
