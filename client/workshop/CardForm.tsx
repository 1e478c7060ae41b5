import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { CARD_TYPES, CARD_TYPE_LABELS, MAX_CARD_TEXT, type CardType } from '../../shared/workshop/types.ts';
import { formatNumber } from '../../shared/text/dutch.ts';
import { AlertRegion } from './AlertRegion.tsx';

/** A new card on one row: the kind, the text, 'Plaatsen'. */
export function CardForm({
  rowLabel,
  onPlace,
  onCancel,
}: {
  rowLabel: string;
  onPlace(type: CardType, text: string): string | null;
  onCancel(): void;
}) {
  const [type, setType] = useState<CardType>('idee');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const textId = useId();
  const countId = useId();
  const firstRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => firstRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setError('Schrijf eerst wat je wilt zeggen.');
      textRef.current?.focus();
      return;
    }
    setError(onPlace(type, text.trim()));
  };

  return (
    <form className="ws-card-form" onSubmit={submit} aria-label={`Kaart toevoegen bij ${rowLabel}`} noValidate>
      <fieldset>
        <legend>Wat voor kaart?</legend>
        <div className="ws-type-choices">
          {CARD_TYPES.map((value, i) => (
            <label key={value} className={`ws-type-choice ws-card-${value}`}>
              <input
                ref={i === 0 ? firstRef : undefined}
                type="radio"
                name="kaartsoort"
                value={value}
                checked={type === value}
                onChange={() => setType(value)}
              />
              <span>{CARD_TYPE_LABELS[value]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label htmlFor={textId}>Je tekst</label>
      <textarea
        ref={textRef}
        id={textId}
        value={text}
        maxLength={MAX_CARD_TEXT}
        rows={4}
        onChange={(e) => setText(e.target.value)}
        aria-describedby={countId}
      />
      <p id={countId} className="ws-hint">
        Nog {formatNumber(MAX_CARD_TEXT - text.length)} tekens.
      </p>
      <AlertRegion message={error} />
      <div className="ws-buttons">
        <button type="submit" className="ws-big-button primary">
          Plaatsen
        </button>
        <button type="button" className="ws-big-button" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
