import type { VoteItem } from '../../shared/workshop/types.ts';

/** What a participant votes on, as each way of voting shows it: code, text, and whether it is a proposal. */
export function VoteItemText({ item, place }: { item: VoteItem; place?: number }) {
  return (
    <p className="ws-vote-text">
      {place !== undefined && <span className="ws-place">{place}.</span>} {item.code && <span className="ws-code">{item.code}</span>} {item.text}
      {item.proposal && <span className="ws-tag">Voorstel</span>}
    </p>
  );
}
