/**
 * Aanmelden bij Koers. The address (hash) is left alone, so after signing in the screen the user
 * asked for opens. Errors go to one alert region that takes focus, so a screen reader hears the
 * server's reason (wrong password, too many attempts) without hunting for it.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Me } from '../../shared/auth/me.ts';
import { FormAlert } from '../app/form/FormAlert.tsx';
import { SubmitButton } from '../app/form/SubmitButton.tsx';
import { messageOf, useFormAlert } from '../app/form/use-form-alert.ts';
import type { FieldErrors } from '../app/form/use-form-fields.ts';
import { HttpError } from '../app/http.ts';
import { signIn } from './auth-api.ts';
import { checkSignIn, waitText, type SignInField } from './form-checks.ts';
import './auth.css';

interface Props {
  onSignedIn(me: Me): void;
  /** Why the page shows: a fresh start says nothing, the others say what happened. */
  reason: 'start' | 'signed-out' | 'expired';
  /** Koers has no beheerder yet: point to the setup link the server printed. */
  setupNeeded?: boolean;
}

export function SignInPage({ onSignedIn, reason, setupNeeded = false }: Props) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<SignInField>>({});
  const alert = useFormAlert();
  const [busy, setBusy] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    document.title = 'Aanmelden – Koers';
    emailRef.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const local = checkSignIn({ email, password });
    setFieldErrors(local);
    if (Object.keys(local).length > 0) {
      alert.show(Object.values(local).join(' '));
      return;
    }
    setBusy(true);
    alert.show(null);
    try {
      onSignedIn(await signIn(email.trim(), password));
    } catch (caught) {
      setPassword('');
      alert.show(refusalOf(caught));
      setBusy(false);
    }
  };

  return (
    <main id="inhoud" className="page-narrow auth-page">
      <h1>Aanmelden bij Koers</h1>
      {reason === 'expired' && (
        <p className="notice info" role="status">
          Je bent niet (meer) aangemeld. Meld je opnieuw aan om verder te werken.
        </p>
      )}
      {reason === 'signed-out' && (
        <p className="notice info" role="status">
          Je bent afgemeld.
        </p>
      )}
      {setupNeeded && (
        <p className="notice info">
          Koers is nog niet ingericht. Open de inrichtingslink die de server bij het starten toonde om de eerste beheerder
          aan te maken.
        </p>
      )}
      <FormAlert alert={alert} />
      <form className="auth-form" onSubmit={submit} noValidate aria-busy={busy}>
        <label htmlFor={`${id}-email`}>E-mailadres</label>
        <input
          ref={emailRef}
          id={`${id}-email`}
          type="email"
          autoComplete="username"
          value={email}
          maxLength={200}
          aria-invalid={fieldErrors.email ? true : undefined}
          onChange={(e) => setEmail(e.target.value)}
        />
        <label htmlFor={`${id}-password`}>Wachtwoord</label>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="current-password"
          value={password}
          maxLength={500}
          aria-invalid={fieldErrors.password ? true : undefined}
          onChange={(e) => setPassword(e.target.value)}
        />
        <div className="button-row">
          <SubmitButton busy={busy} busyLabel="Bezig met aanmelden…">
            Aanmelden
          </SubmitButton>
        </div>
      </form>
      <p className="hint">Geen account of wachtwoord vergeten? Vraag het een beheerder van Koers.</p>
    </main>
  );
}

function refusalOf(error: unknown): string {
  if (error instanceof HttpError) {
    if (error.status === 429 && error.retryAfterSeconds && !/\d/.test(error.message)) {
      return `${error.message} Probeer het ${waitText(error.retryAfterSeconds)} opnieuw.`;
    }
    return error.message;
  }
  return messageOf(error, 'Aanmelden is niet gelukt.');
}
