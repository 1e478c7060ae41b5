import { describe, expect, it } from 'vitest';
import { checkBallot } from '../../shared/workshop/ballot.ts';
import { parseBallot } from '../../shared/workshop/parse.ts';
import type { Ballot, WorkshopSettings } from '../../shared/workshop/types.ts';

const ids = new Set(['r1', 'r2', 'r3', 'kaart:c1']);
const stippen: Pick<WorkshopSettings, 'votingMode' | 'dots'> = { votingMode: 'stippen', dots: 5 };
const top10: Pick<WorkshopSettings, 'votingMode' | 'dots'> = { votingMode: 'top10', dots: 5 };

describe('checkBallot', () => {
  it('accepts dots within the budget, several on one item, and proposals', () => {
    expect(checkBallot({ kind: 'stippen', dots: { r1: 3, 'kaart:c1': 2 } }, stippen, ids)).toBeNull();
    expect(checkBallot({ kind: 'stippen', dots: {} }, stippen, ids)).toBeNull();
    expect(checkBallot({ kind: 'stippen', dots: { r1: 0 } }, stippen, ids)).toBeNull();
  });

  it('refuses more dots than allowed', () => {
    expect(checkBallot({ kind: 'stippen', dots: { r1: 3, r2: 3 } }, stippen, ids)).toMatch(/hoogstens 5 stippen/);
  });

  it('refuses negative, fractional and unknown dots', () => {
    expect(checkBallot({ kind: 'stippen', dots: { r1: -1, r2: 3 } }, stippen, ids)).not.toBeNull();
    expect(checkBallot({ kind: 'stippen', dots: { r1: 1.5 } }, stippen, ids)).not.toBeNull();
    expect(checkBallot({ kind: 'stippen', dots: { elders: 1 } }, stippen, ids)).toMatch(/niet \(meer\)/);
  });

  it('refuses a ballot of the other mode', () => {
    expect(checkBallot({ kind: 'top10', ranking: ['r1'] }, stippen, ids)).toMatch(/manier van stemmen/);
    expect(checkBallot({ kind: 'stippen', dots: { r1: 1 } }, top10, ids)).toMatch(/manier van stemmen/);
  });

  it('accepts a top 10 of distinct known items and refuses the rest', () => {
    expect(checkBallot({ kind: 'top10', ranking: ['r3', 'r1'] }, top10, ids)).toBeNull();
    expect(checkBallot({ kind: 'top10', ranking: ['r1', 'r1'] }, top10, ids)).toMatch(/één keer/);
    expect(checkBallot({ kind: 'top10', ranking: ['x'] }, top10, ids)).not.toBeNull();
    const eleven = new Set(Array.from({ length: 11 }, (_, i) => `i${i}`));
    expect(checkBallot({ kind: 'top10', ranking: [...eleven] }, top10, eleven)).toMatch(/hoogstens 10/);
  });

  it('refuses garbage without throwing', () => {
    expect(checkBallot(null as unknown as Ballot, stippen, ids)).not.toBeNull();
    expect(checkBallot({ kind: 'stippen' } as unknown as Ballot, stippen, ids)).not.toBeNull();
    expect(checkBallot({ kind: 'top10', ranking: 'r1' } as unknown as Ballot, top10, ids)).not.toBeNull();
  });
});

describe('parseBallot', () => {
  it('keeps sound structure and drops the rest', () => {
    expect(parseBallot({ kind: 'stippen', dots: { r1: 2 } })).toEqual({ kind: 'stippen', dots: { r1: 2 } });
    expect(parseBallot({ kind: 'stippen', dots: { r1: '2' } })).toBeNull();
    expect(parseBallot({ kind: 'top10', ranking: ['a', 3] })).toBeNull();
    expect(parseBallot({ kind: 'other' })).toBeNull();
    expect(parseBallot([1, 2])).toBeNull();
  });
});
