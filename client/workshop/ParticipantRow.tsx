import { useRef, useState } from 'react';
import { CARD_TYPE_LABELS, type CardType, type SliceRow, type WorkshopCard } from '../../shared/workshop/types.ts';
import { rowHeading, rowShortName } from './rows.ts';
import { CardForm } from './CardForm.tsx';

/** One row on the phone: its text, 'Kaart toevoegen', and this participant's own cards on it. */
export function ParticipantRow({
  row,
  ownCards,
  large,
  onPlace,
  onRemove,
}: {
  row: SliceRow;
  ownCards: readonly WorkshopCard[];
  large: boolean;
  onPlace(row: SliceRow, type: CardType, text: string): string | null;
  onRemove(card: WorkshopCard): void;
}) {
  const [adding, setAdding] = useState(false);
  const [placed, setPlaced] = useState(false);
  const addRef = useRef<HTMLButtonElement>(null);
  const name = rowShortName(row);
  const Heading = large ? 'h2' : 'h3';

  const close = () => {
    setAdding(false);
    // The form unmounts; keyboard users go back to where they opened it.
    queueMicrotask(() => addRef.current?.focus());
  };

  return (
    <section className={`ws-prow ws-prow-${row.kind}${large ? ' ws-prow-large' : ''}`} data-row-id={row.id} aria-label={name}>
      <Heading className="ws-prow-title">
        <span className="ws-prow-kind">{rowHeading(row)}</span>
      </Heading>
      <p className="ws-prow-text">{row.text}</p>
      {adding ? (
        <CardForm
          rowLabel={name}
          onCancel={close}
          onPlace={(type, text) => {
            const error = onPlace(row, type, text);
            if (!error) {
              setPlaced(true);
              close();
            }
            return error;
          }}
        />
      ) : (
        <button
          ref={addRef}
          type="button"
          className="ws-big-button"
          onClick={() => {
            setPlaced(false);
            setAdding(true);
          }}
        >
          Kaart toevoegen<span className="sr-only"> bij {name}</span>
        </button>
      )}
      <p role="status" className="ws-status">
        {placed ? 'Je kaart is geplaatst.' : ''}
      </p>
      {ownCards.length > 0 && (
        <ul className="ws-cards" aria-label={`Jouw kaarten bij ${name}`}>
          {ownCards.map((card) => (
            <li key={card.id} className={`ws-card ws-card-${card.type}`}>
              <span className="ws-card-type">{CARD_TYPE_LABELS[card.type]}</span> <span className="ws-card-text">{card.text}</span>
              <button type="button" className="ws-button" onClick={() => onRemove(card)}>
                Verwijderen<span className="sr-only"> jouw kaart: {card.text.slice(0, 40)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
