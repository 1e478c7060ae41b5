import { useId, useRef, useState, type FormEvent } from 'react';
import type { Programme } from '../../shared/model/types.ts';
import { MAX_DOTS, VOTING_MODES, VOTING_MODE_LABELS, type VotingMode, type WorkshopInfo } from '../../shared/workshop/types.ts';
import { startWorkshop } from './api.ts';
import { WHOLE_PROGRAMME, scopeOptions } from './scope.ts';
import { AlertRegion } from './AlertRegion.tsx';

const DEFAULT_DOTS = 5;

/** 'Werkatelier starten': title, subject, how people vote; then straight to the presenter. */
/** `mayGrant`: the user may edit the programme, so may let the facilitators process cards into it. */
export function StartWorkshopForm({
  documentId,
  programme,
  mayGrant,
  onStarted,
}: {
  documentId: string;
  programme: Programme | null;
  mayGrant: boolean;
  onStarted(info: WorkshopInfo): void;
}) {
  const [title, setTitle] = useState('');
  const [scopeValue, setScopeValue] = useState(WHOLE_PROGRAMME);
  const [mode, setMode] = useState<VotingMode>('stippen');
  const [dots, setDots] = useState(String(DEFAULT_DOTS));
  const [editGrant, setEditGrant] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const dotsRef = useRef<HTMLInputElement>(null);
  const ids = { title: useId(), scope: useId(), dots: useId(), dotsHint: useId() };
  const options = scopeOptions(programme);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const dotCount = Number(dots);
    if (!title.trim()) {
      setError('Geef het werkatelier een titel.');
      titleRef.current?.focus();
      return;
    }
    if (mode === 'stippen' && (!Number.isInteger(dotCount) || dotCount < 1 || dotCount > MAX_DOTS)) {
      setError(`Kies een aantal stippen van 1 tot en met ${MAX_DOTS}.`);
      dotsRef.current?.focus();
      return;
    }
    const scope = options.find((o) => o.value === scopeValue)?.scope ?? { kind: 'programme' as const };
    setBusy(true);
    setError(null);
    try {
      onStarted(await startWorkshop(documentId, { title: title.trim(), scope, votingMode: mode, dots: mode === 'stippen' ? dotCount : DEFAULT_DOTS, editGrant: mayGrant && editGrant }));
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Starten lukte niet.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="ws-start-form" onSubmit={submit} aria-labelledby="starten-kop" noValidate>
      <h3 id="starten-kop">Werkatelier starten</h3>
      <label htmlFor={ids.title}>Titel</label>
      <input ref={titleRef} id={ids.title} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
      <label htmlFor={ids.scope}>Onderwerp</label>
      <select id={ids.scope} value={scopeValue} onChange={(e) => setScopeValue(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <fieldset>
        <legend>Stemwijze</legend>
        {VOTING_MODES.map((value) => (
          <label key={value} className="ws-radio">
            <input type="radio" name="stemwijze" value={value} checked={mode === value} onChange={() => setMode(value)} />
            {VOTING_MODE_LABELS[value]}
          </label>
        ))}
      </fieldset>
      {mode === 'stippen' && (
        <>
          <label htmlFor={ids.dots}>Aantal stippen per deelnemer</label>
          <input
            ref={dotsRef}
            id={ids.dots}
            type="number"
            min={1}
            max={MAX_DOTS}
            step={1}
            inputMode="numeric"
            value={dots}
            onChange={(e) => setDots(e.target.value)}
            aria-describedby={ids.dotsHint}
            className="ws-short-input"
          />
          <p id={ids.dotsHint} className="hint">
            Van 1 tot en met {MAX_DOTS}.
          </p>
        </>
      )}
      {mayGrant && (
        <label className="ws-check">
          <input type="checkbox" checked={editGrant} onChange={(e) => setEditGrant(e.target.checked)} />
          Facilitators mogen kaarten in de tabel verwerken (teksten van dit onderwerp aanpassen en resultaten toevoegen)
        </label>
      )}
      <AlertRegion message={error} />
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? 'Bezig…' : 'Werkatelier starten'}
      </button>
    </form>
  );
}
