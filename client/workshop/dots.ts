/** Dot-voting on the phone: the ballot a '+' or '−' would make, never more dots than allowed. */
import type { Ballot } from '../../shared/workshop/types.ts';

export type DotBallot = Extract<Ballot, { kind: 'stippen' }>;

export function emptyDots(): DotBallot {
  return { kind: 'stippen', dots: {} };
}

export function dotsUsed(ballot: DotBallot): number {
  return Object.values(ballot.dots).reduce((sum, n) => sum + n, 0);
}

export function dotsLeft(ballot: DotBallot, total: number): number {
  return Math.max(0, total - dotsUsed(ballot));
}

/** The ballot after one dot more (+1) or less (−1) on an item, or null when that is not possible. */
export function changeDots(ballot: DotBallot, itemId: string, delta: 1 | -1, total: number): DotBallot | null {
  const current = ballot.dots[itemId] ?? 0;
  if (delta > 0 && dotsUsed(ballot) >= total) return null;
  if (delta < 0 && current === 0) return null;
  const dots = { ...ballot.dots };
  const next = current + delta;
  if (next === 0) delete dots[itemId];
  else dots[itemId] = next;
  return { kind: 'stippen', dots };
}

/** A ballot from the doc in another mode, or with items that are gone, starts over empty. */
export function ownDots(ballot: Ballot | undefined, itemIds: ReadonlySet<string>): DotBallot {
  if (!ballot || ballot.kind !== 'stippen') return emptyDots();
  const dots: Record<string, number> = {};
  for (const [id, n] of Object.entries(ballot.dots)) if (itemIds.has(id) && n > 0) dots[id] = n;
  return { kind: 'stippen', dots };
}
