/**
 * Cost per programme row from the plans' roll-ups: a linked activity's cost reaches its
 * result, uitwerking and goal; rows of other programmes do not count; a row nothing is linked
 * to (or below) has no entry, "nog niet gekoppeld", never a zero.
 */
import { describe, expect, it } from 'vitest';
import { programmeCosts } from '../../../shared/budget/programme-costs.ts';
import type { RollUp } from '../../../shared/budget/totals.ts';

const programme = {
  id: 'p',
  goals: [
    {
      id: 'g1',
      subGoals: [
        {
          id: 's1',
          activities: [{ id: 'a-sub' }],
          results: [
            { id: 'r1', activities: [{ id: 'a1' }, { id: 'a2' }] },
            { id: 'r2', activities: [] },
          ],
        },
      ],
    },
    { id: 'g2', subGoals: [] },
  ],
} as unknown as Parameters<typeof programmeCosts>[0];

const up = (rowId: string, bestemd: number, programmeId = 'p'): RollUp => ({ programmeId, rowId, bestemd, besteed: 0, links: 1 });

describe('programmeCosts', () => {
  it('adds each linked row into the rows above it, across plans', () => {
    const costs = programmeCosts(programme, [up('a1', 1_000_00), up('a1', 500_00), up('r1', 200_00), up('a-sub', 7), up('r1', 99, 'other')]);
    expect(costs.get('a1')).toEqual({ bestemd: 1_500_00, besteed: 0, links: 2 });
    expect(costs.get('r1')).toEqual({ bestemd: 1_700_00, besteed: 0, links: 3 });
    expect(costs.get('s1')?.bestemd).toBe(1_700_07);
    expect(costs.get('g1')?.bestemd).toBe(1_700_07);
  });

  it('leaves rows without a link on or below them out: nog niet gekoppeld', () => {
    const costs = programmeCosts(programme, [up('a1', 10)]);
    expect(costs.has('a2')).toBe(false);
    expect(costs.has('r2')).toBe(false);
    expect(costs.has('g2')).toBe(false);
    expect(programmeCosts(programme, []).size).toBe(0);
  });
});
