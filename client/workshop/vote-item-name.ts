import type { VoteItem } from '../../shared/workshop/types.ts';

/** How a vote item is named inside button labels: its code, or the start of a proposal. */
export function voteItemName(item: VoteItem): string {
  if (item.code) return item.code;
  const text = item.text.replace(/\s+/g, ' ').trim();
  return `voorstel "${text.length > 40 ? `${text.slice(0, 39).trimEnd()}…` : text}"`;
}
