import { shorten } from '../../shared/text/dutch.ts';
import type { VoteItem } from '../../shared/workshop/types.ts';

/** How a vote item is named inside button labels: its code, or the start of a proposal. */
export function voteItemName(item: VoteItem): string {
  if (item.code) return item.code;
  return `voorstel "${shorten(item.text, 40)}"`;
}
