import { useEffect, useRef, useState } from 'react';
import { AlertRegion } from './AlertRegion.tsx';

/** 'Werkatelier sluiten' asks once more: closing freezes the outcome and cannot be undone. */
export function CloseControl({ onClose }: { onClose(): Promise<string | null> }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
  }, [asking]);

  const confirm = async () => {
    setBusy(true);
    const failure = await onClose();
    setBusy(false);
    setError(failure);
  };

  if (!asking) {
    return (
      <button ref={openRef} type="button" className="ws-button danger" onClick={() => setAsking(true)}>
        Werkatelier sluiten
      </button>
    );
  }
  return (
    <div className="ws-confirm" role="group" aria-labelledby="sluiten-vraag">
      <p id="sluiten-vraag" ref={questionRef} tabIndex={-1}>
        Werkatelier sluiten? Daarna kan niemand meer kaarten plaatsen of stemmen, en ligt de uitkomst vast.
      </p>
      <AlertRegion message={error} />
      <div className="ws-buttons">
        <button type="button" className="ws-button danger" onClick={confirm} disabled={busy}>
          {busy ? 'Bezig met sluiten…' : 'Ja, sluiten'}
        </button>
        <button
          type="button"
          className="ws-button"
          onClick={() => {
            setAsking(false);
            setError(null);
            queueMicrotask(() => openRef.current?.focus());
          }}
        >
          Annuleren
        </button>
      </div>
    </div>
  );
}
