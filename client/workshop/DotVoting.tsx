import type { Ballot, VoteItem } from '../../shared/workshop/types.ts';
import { changeDots, dotsLeft, ownDots } from './dots.ts';
import { plural } from '../../shared/text/dutch.ts';
import { voteItemName } from './vote-item-name.ts';
import { VoteItemText } from './VoteItemText.tsx';

/** Stippen: '+' and '−' per item; the buttons never let a participant go over the total. */
export function DotVoting({
  items,
  ballot,
  total,
  onCast,
}: {
  items: readonly VoteItem[];
  ballot: Ballot | undefined;
  total: number;
  onCast(ballot: Ballot): void;
}) {
  const ids = new Set(items.map((i) => i.id));
  const mine = ownDots(ballot, ids);
  const left = dotsLeft(mine, total);
  return (
    <>
      <p className="ws-dots-left" aria-live="polite">
        Nog {plural(left, 'stip', 'stippen')} over (van de {total})
      </p>
      <ul className="ws-vote-list">
        {items.map((item) => {
          const count = mine.dots[item.id] ?? 0;
          const name = voteItemName(item);
          const more = changeDots(mine, item.id, 1, total);
          const less = changeDots(mine, item.id, -1, total);
          return (
            <li key={item.id} className="ws-vote-item" data-item-id={item.id}>
              <VoteItemText item={item} />
              <div className="ws-dot-controls">
                <button type="button" className="ws-round-button" disabled={!less} onClick={() => less && onCast(less)}>
                  <span aria-hidden="true">−</span>
                  <span className="sr-only">Stip eraf bij {name}</span>
                </button>
                <span className="ws-dot-count" data-testid="dot-count">
                  {plural(count, 'stip', 'stippen')}
                </span>
                <button type="button" className="ws-round-button" disabled={!more} onClick={() => more && onCast(more)}>
                  <span aria-hidden="true">+</span>
                  <span className="sr-only">Stip erbij bij {name}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
