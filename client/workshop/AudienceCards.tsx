import { CARD_TYPE_LABELS, type SliceRow, type WorkshopCard } from '../../shared/workshop/types.ts';
import { plural } from '../../shared/text/dutch.ts';
import { rowShortName } from './rows.ts';

/** So many fit the projector at 32 px; older ones are counted, not cut off halfway. */
const SHOWN = 3;

/** The cards as they arrive, newest first, each with the row it is about. */
export function AudienceCards({ cards, rows }: { cards: readonly WorkshopCard[]; rows: readonly SliceRow[] }) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const newest = [...cards].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  const shown = newest.slice(0, SHOWN);
  const rest = newest.length - shown.length;
  return (
    <section className="ws-audience-cards" aria-labelledby="scherm-kaarten-kop">
      <h2 id="scherm-kaarten-kop">Kaarten ({cards.length})</h2>
      {shown.length === 0 ? (
        <p>Nog geen kaarten. Voeg er een toe op je telefoon.</p>
      ) : (
        <ul className="ws-cards">
          {shown.map((card) => {
            const row = byId.get(card.rowId);
            return (
              <li key={card.id} className={`ws-card ws-card-${card.type}`} data-card-id={card.id}>
                <p className="ws-audience-card-head">
                  <span className="ws-card-type">{CARD_TYPE_LABELS[card.type]}</span> {row ? `bij ${rowShortName(row)}` : ''}
                </p>
                <p className="ws-audience-card-text">{card.text}</p>
              </li>
            );
          })}
        </ul>
      )}
      {rest > 0 && <p className="ws-audience-more">en {plural(rest, 'eerdere kaart', 'eerdere kaarten')}</p>}
    </section>
  );
}
