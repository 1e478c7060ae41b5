import { useRef, useState } from 'react';
import type { Programme } from '../../shared/model/types.ts';
import { CARD_TYPE_LABELS, type CardDispositionRecord, type WorkshopOutcome } from '../../shared/workshop/types.ts';
import { dispositionSummary, fieldLabelOf, resultText } from './disposition.ts';
import { formatDate } from '../../shared/text/dutch.ts';
import { DispositionForm } from './DispositionForm.tsx';

type OutcomeCard = WorkshopOutcome['cards'][number];

/** Every card with what was done with it: the feedback report to the participants. */
export function FeedbackList({
  workshopId,
  cards,
  records,
  programme,
  mayProcess,
  mayChange,
  onRecord,
}: {
  workshopId: string;
  cards: readonly OutcomeCard[];
  records: readonly CardDispositionRecord[];
  programme: Programme | null;
  mayProcess: boolean;
  mayChange: boolean;
  onRecord(record: CardDispositionRecord): void;
}) {
  const [open, setOpen] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const byCard = new Map(records.map((r) => [r.cardId, r]));
  const close = (cardId: string) => {
    setOpen(null);
    queueMicrotask(() => buttons.current.get(cardId)?.focus());
  };

  if (cards.length === 0) return <p className="empty">Er zijn geen kaarten geplaatst.</p>;
  return (
    <ul className="ws-feedback">
      {cards.map((card) => {
        const record = byCard.get(card.id);
        return (
          <li key={card.id} className={`ws-card ws-card-${card.type}`} data-card-id={card.id}>
            <p>
              <span className="ws-card-type">{CARD_TYPE_LABELS[card.type]}</span> bij{' '}
              <span className="ws-code">{card.rowCode || card.rowText.slice(0, 60)}</span>: <span className="ws-card-text">{card.text}</span>{' '}
              <span className="ws-card-author">— {card.authorName}</span>
            </p>
            <p className={`ws-feedback-status ${record ? 'ws-done' : 'ws-todo'}`}>
              <strong>{dispositionSummary(record, fieldLabelOf, (rowId) => resultText(programme, rowId))}</strong>
              {record && (
                <span className="muted">
                  {' '}
                  ({record.by.name}, {formatDate(record.at)})
                </span>
              )}
            </p>
            {mayProcess && !record && open !== card.id && (
              <button
                ref={(el) => {
                  if (el) buttons.current.set(card.id, el);
                  else buttons.current.delete(card.id);
                }}
                type="button"
                className="button small"
                onClick={() => setOpen(card.id)}
              >
                Verwerken<span className="sr-only">: {card.text.slice(0, 40)}</span>
              </button>
            )}
            {open === card.id && (
              <DispositionForm
                workshopId={workshopId}
                card={card}
                programme={programme}
                mayChange={mayChange}
                onCancel={() => close(card.id)}
                onDone={(r) => {
                  onRecord(r);
                  setOpen(null);
                }}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
