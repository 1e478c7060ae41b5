/** What can be voted on and the running count, as the control screen and the audience screen show it. */
import { useMemo } from 'react';
import type { SliceRow, TallyEntry, VoteItem } from '../../shared/workshop/types.ts';
import { tally, voteItems } from './contract.ts';
import type { WorkshopLive } from './session.ts';

export function useLiveTally(slice: readonly SliceRow[], live: WorkshopLive): { items: VoteItem[]; entries: TallyEntry[]; voted: number } {
  const { settings, ballots, cards } = live;
  const items = useMemo(() => voteItems(slice, cards), [slice, cards]);
  const entries = useMemo(() => tally(Object.values(ballots), items, settings.votingMode, settings.dots), [ballots, items, settings.votingMode, settings.dots]);
  const voted = Object.values(ballots).filter((b) => (b.kind === 'stippen' ? Object.values(b.dots).some((n) => n > 0) : b.ranking.length > 0)).length;
  return { items, entries, voted };
}
