/** Top-10 ranking on the phone: choose, move up or down, take away. */
import { TOP_N, type Ballot } from '../../shared/workshop/types.ts';

export type RankBallot = Extract<Ballot, { kind: 'top10' }>;

export function ownRanking(ballot: Ballot | undefined, itemIds: ReadonlySet<string>): RankBallot {
  if (!ballot || ballot.kind !== 'top10') return { kind: 'top10', ranking: [] };
  return { kind: 'top10', ranking: ballot.ranking.filter((id) => itemIds.has(id)).slice(0, TOP_N) };
}

export function choose(ballot: RankBallot, itemId: string): RankBallot | null {
  if (ballot.ranking.includes(itemId) || ballot.ranking.length >= TOP_N) return null;
  return { kind: 'top10', ranking: [...ballot.ranking, itemId] };
}

export function move(ballot: RankBallot, itemId: string, by: -1 | 1): RankBallot | null {
  const from = ballot.ranking.indexOf(itemId);
  const to = from + by;
  if (from < 0 || to < 0 || to >= ballot.ranking.length) return null;
  const ranking = [...ballot.ranking];
  ranking[from] = ranking[to]!;
  ranking[to] = itemId;
  return { kind: 'top10', ranking };
}

export function takeAway(ballot: RankBallot, itemId: string): RankBallot | null {
  if (!ballot.ranking.includes(itemId)) return null;
  return { kind: 'top10', ranking: ballot.ranking.filter((id) => id !== itemId) };
}
