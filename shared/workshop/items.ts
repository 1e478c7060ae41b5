/** What can be voted on: the results of the slice, and every proposed new result. */
import type { SliceRow, VoteItem, WorkshopCard } from './types.ts';

const PROPOSAL_PREFIX = 'kaart:';

function proposalItemId(cardId: string): string {
  return `${PROPOSAL_PREFIX}${cardId}`;
}

export function voteItems(slice: readonly SliceRow[], cards: readonly WorkshopCard[]): VoteItem[] {
  const items: VoteItem[] = slice
    .filter((row) => row.kind === 'result')
    .map((row) => ({ id: row.id, code: row.code, text: row.text, rowId: row.id, proposal: false }));
  for (const card of cards) {
    if (card.type === 'voorstel') items.push({ id: proposalItemId(card.id), code: '', text: card.text, rowId: card.rowId, proposal: true });
  }
  return items;
}
