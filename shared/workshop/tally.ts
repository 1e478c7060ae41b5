/**
 * The live and final count. Only ballots that pass checkBallot count, even though the server
 * already refused bad ones: the tally is what gets frozen and published, so it does not rely
 * on every writer having been checked.
 */
import { checkBallot } from './ballot.ts';
import { MAX_DOTS, TOP_N, type Ballot, type TallyEntry, type VoteItem, type VotingMode } from './types.ts';

export function tally(ballots: Iterable<Ballot>, items: readonly VoteItem[], mode: VotingMode, dots: number = MAX_DOTS): TallyEntry[] {
  const order = new Map(items.map((item, index) => [item.id, index]));
  const ids = new Set(order.keys());
  const score = new Map<string, number>();
  const voters = new Map<string, number>();
  const give = (itemId: string, points: number) => {
    if (points <= 0) return;
    score.set(itemId, (score.get(itemId) ?? 0) + points);
    voters.set(itemId, (voters.get(itemId) ?? 0) + 1);
  };
  for (const raw of ballots) {
    // A moderated (removed) proposal should not void everything else on a ballot.
    const ballot = withoutUnknownItems(raw, ids);
    if (!ballot || checkBallot(ballot, { votingMode: mode, dots }, ids) !== null) continue;
    if (ballot.kind === 'stippen') for (const [itemId, count] of Object.entries(ballot.dots)) give(itemId, count);
    else ballot.ranking.forEach((itemId, index) => give(itemId, TOP_N - index));
  }
  const entries = [...score.entries()].sort(([a, pa], [b, pb]) => pb - pa || order.get(a)! - order.get(b)!);
  const countOf = new Map<number, number>();
  for (const [, points] of entries) countOf.set(points, (countOf.get(points) ?? 0) + 1);
  let rank = 0;
  return entries.map(([itemId, points], index) => {
    // Competition ranking: a tie shares the place of its first member, the next place skips.
    if (index === 0 || entries[index - 1]![1] !== points) rank = index + 1;
    return { itemId, score: points, voters: voters.get(itemId) ?? 0, rank, tied: countOf.get(points)! > 1 };
  });
}

/** A ballot without items that are no longer there (a moderated proposal), so the rest still counts. */
function withoutUnknownItems(ballot: Ballot, ids: ReadonlySet<string>): Ballot | null {
  if (typeof ballot !== 'object' || ballot === null) return null;
  if (ballot.kind === 'stippen' && typeof ballot.dots === 'object' && ballot.dots !== null) {
    return { kind: 'stippen', dots: Object.fromEntries(Object.entries(ballot.dots).filter(([id]) => ids.has(id))) };
  }
  if (ballot.kind === 'top10' && Array.isArray(ballot.ranking)) {
    return { kind: 'top10', ranking: ballot.ranking.filter((id) => ids.has(id)) };
  }
  return null;
}
