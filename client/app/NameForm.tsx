import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

interface Props {
  initialName: string;
  onSubmit(name: string): void;
  onCancel?: (() => void) | undefined;
}

/** Asked once: the name colleagues see next to your cursor. Kept in this browser only. */
export function NameForm({ initialName, onSubmit, onCancel }: Props) {
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = 'Je naam – Koers';
    input.current?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clean = name.trim();
    if (clean.length < 2) {
      setError('Vul je naam in (minstens twee tekens).');
      input.current?.focus();
      return;
    }
    onSubmit(clean);
  };

  return (
    <main id="inhoud" className="page-narrow name-page">
      <h1>Welkom bij Koers</h1>
      <p>
        Koers is de gezamenlijke editor voor de tabellen van de uitvoeringsprogramma&apos;s. Collega&apos;s zien je
        naam bij de cel waarin je werkt.
      </p>
      <form className="name-form" onSubmit={submit} noValidate>
        <label htmlFor={inputId}>Je naam</label>
        <p id={hintId} className="hint">
          Bijvoorbeeld: Anna de Vries. Deze naam wordt alleen in deze browser bewaard.
        </p>
        <input
          ref={input}
          id={inputId}
          type="text"
          autoComplete="name"
          value={name}
          maxLength={60}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            setName(e.target.value);
            if (error) setError(null);
          }}
        />
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button primary">
            Doorgaan
          </button>
          {onCancel && (
            <button type="button" className="button" onClick={onCancel}>
              Annuleren
            </button>
          )}
        </div>
      </form>
    </main>
  );
}
