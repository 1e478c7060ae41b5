import type { TallyEntry, VoteItem, VotingMode } from '../../shared/workshop/types.ts';
import { RankingTable, type RankingLine } from './RankingTable.tsx';

/** The running count as the room votes; items without votes stay off the list, as in the outcome. */
export function LiveTally({ entries, items, mode }: { entries: readonly TallyEntry[]; items: readonly VoteItem[]; mode: VotingMode }) {
  const byId = new Map(items.map((i) => [i.id, i]));
  const lines: RankingLine[] = entries.flatMap((entry) => {
    const item = byId.get(entry.itemId);
    if (!item || entry.score <= 0) return [];
    return [{ ...entry, code: item.code, text: item.text, proposal: item.proposal }];
  });
  return (
    <section className="ws-tally" aria-labelledby="telling-kop">
      <h2 id="telling-kop">Tussenstand</h2>
      <RankingTable lines={lines} mode={mode} caption="Gelijk geëindigde punten delen een plaats." />
    </section>
  );
}
