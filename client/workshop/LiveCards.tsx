import { CARD_TYPE_LABELS, type SliceRow, type WorkshopCard } from '../../shared/workshop/types.ts';
import { groupCards, rowTitle } from './card-groups.ts';
import { formatTime } from '../../shared/text/dutch.ts';

/** Cards as they arrive, per row; the facilitator can take one off the screen. */
export function LiveCards({ cards, rows, onRemove }: { cards: readonly WorkshopCard[]; rows: readonly SliceRow[]; onRemove(card: WorkshopCard): void }) {
  const groups = groupCards(cards, rows);
  return (
    <section className="ws-live-cards" aria-labelledby="kaarten-kop">
      <h2 id="kaarten-kop">Kaarten ({cards.length})</h2>
      {groups.length === 0 && <p className="empty">Nog geen kaarten.</p>}
      {groups.map((group) => (
        <div key={group.rowId} className="ws-card-group" data-row-id={group.rowId}>
          <h3 className="ws-row-title">{rowTitle(group.row)}</h3>
          <ul className="ws-cards">
            {group.cards.map((card) => (
              <li key={card.id} className={`ws-card ws-card-${card.type}`} data-card-id={card.id}>
                <span className="ws-card-type">{CARD_TYPE_LABELS[card.type]}</span>
                <span className="ws-card-text">{card.text}</span>
                <span className="ws-card-author">
                  {card.authorName}, {formatTime(card.createdAt)}
                </span>
                <button type="button" className="ws-button small" onClick={() => onRemove(card)}>
                  Verwijderen<span className="sr-only"> kaart van {card.authorName}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
