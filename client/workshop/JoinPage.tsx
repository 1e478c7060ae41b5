import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { normaliseJoinCode } from '../../shared/workshop/api.ts';
import { MAX_PARTICIPANT_NAME } from '../../shared/workshop/types.ts';
import { ApiError, joinWorkshop, presenterHref } from './api.ts';
import { AlertRegion } from './AlertRegion.tsx';
import './workshop.css';

/** A participant joins from the phone with the code and a first name; no account. */
export function JoinPage({ code }: { code: string }) {
  const [typedCode, setTypedCode] = useState(code);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const codeId = useId();
  const codeHintId = useId();
  const nameId = useId();
  const nameHintId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = 'Meedoen aan een werkatelier – Koers';
    // Without a code in the link the code is the first thing to type; with one, the name.
    (code ? nameRef : codeRef).current?.focus();
  }, [code]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const normal = normaliseJoinCode(typedCode);
    if (!normal) {
      setError('Vul de code in die op het scherm staat.');
      codeRef.current?.focus();
      return;
    }
    if (!name.trim()) {
      setError('Vul je naam in.');
      nameRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answer = await joinWorkshop(normal, name.trim());
      // The app learnt who this browser is when it loaded; the new participant cookie changes
      // that, so the werkatelier opens in a fresh page that asks again.
      window.location.hash = presenterHref(answer.workshop.id);
      window.location.reload();
    } catch (failure) {
      setError(joinError(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="inhoud" className="ws-phone">
      <h1>Meedoen aan een werkatelier</h1>
      <form className="ws-join" onSubmit={submit} noValidate>
        <label htmlFor={codeId}>Code</label>
        <p id={codeHintId} className="ws-hint">
          De code staat op het scherm in de zaal, bijvoorbeeld ABCD-EFGH.
        </p>
        <input
          ref={codeRef}
          id={codeId}
          aria-describedby={codeHintId}
          value={typedCode}
          onChange={(e) => setTypedCode(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          inputMode="text"
        />
        <label htmlFor={nameId}>Je naam</label>
        <p id={nameHintId} className="ws-hint">
          Alleen je voornaam is genoeg; we vragen niets anders.
        </p>
        <input
          ref={nameRef}
          id={nameId}
          value={name}
          maxLength={MAX_PARTICIPANT_NAME}
          onChange={(e) => setName(e.target.value)}
          aria-describedby={nameHintId}
          autoComplete="given-name"
        />
        <AlertRegion message={error} />
        <button type="submit" className="ws-big-button primary" disabled={busy}>
          {busy ? 'Bezig…' : 'Meedoen'}
        </button>
      </form>
    </main>
  );
}

function joinError(failure: unknown): string {
  if (!(failure instanceof ApiError)) return 'Meedoen lukte niet. Probeer het opnieuw.';
  // The server's Dutch text comes first; these cover a server that answered without one.
  if (failure.fromServer) return failure.message;
  switch (failure.status) {
    case 404:
      return 'Deze code kennen we niet. Controleer de code op het scherm.';
    case 410:
      return 'Dit werkatelier is gesloten. Meedoen kan niet meer.';
    case 429:
      return 'Te veel pogingen. Wacht even en probeer het opnieuw.';
    default:
      return failure.message;
  }
}
