/**
 * Aanmelden bij Koers. The address (hash) is left alone, so after signing in the screen the user
 * asked for opens. Errors go to one alert region that takes focus, so a screen reader hears the
 * server's reason (wrong password, too many attempts) without hunting for it.
 *
 * With an organisation's provider configured (OpenID Connect) the page offers "Inloggen met
 * <organisatie>" above the password form, or instead of it when the server has password sign-in
 * off. A sign-in there that did not work comes back as `failure`, shown in the same alert region.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Me } from '../../shared/auth/me.ts';
import { isSignInFailure, SIGN_IN_FAILURES, type SignInMethods } from '../../shared/auth/sign-in-failures.ts';
import { FormAlert } from '../app/form/FormAlert.tsx';
import { SubmitButton } from '../app/form/SubmitButton.tsx';
import { messageOf, useFormAlert } from '../app/form/use-form-alert.ts';
import type { FieldErrors } from '../app/form/use-form-fields.ts';
import { HttpError } from '../app/http.ts';
import { fetchSignInMethods, oidcStartHref, signIn } from './auth-api.ts';
import { checkSignIn, waitText, type SignInField } from './form-checks.ts';
import './auth.css';

interface Props {
  onSignedIn(me: Me): void;
  /** Why the page shows: a fresh start says nothing, the others say what happened. */
  reason: 'start' | 'signed-out' | 'expired';
  /** Koers has no beheerder yet: point to the setup link the server printed. */
  setupNeeded?: boolean;
  /** Why a sign-in at the organisation did not work (`#/aanmelden/<reden>`). */
  failure?: string;
}

/** Until the server has said: the password form, as before there were providers. */
const LOCAL_ONLY: SignInMethods = { local: true, providers: [] };

export function SignInPage({ onSignedIn, reason, setupNeeded = false, failure }: Props) {
  const [methods, setMethods] = useState<SignInMethods | null>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<SignInField>>({});
  const alert = useFormAlert();
  const [busy, setBusy] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    document.title = 'Aanmelden – Koers';
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    fetchSignInMethods(controller.signal).then(setMethods, () => {
      if (!controller.signal.aborted) setMethods(LOCAL_ONLY);
    });
    return () => controller.abort();
  }, []);

  const shown = methods ?? LOCAL_ONLY;
  const ready = methods !== null;
  const failureText = failure ? (isSignInFailure(failure) ? SIGN_IN_FAILURES[failure] : SIGN_IN_FAILURES.mislukt) : null;
  const { regionRef } = alert;
  // The reason of a failed sign-in at the organisation is said in the alert region, which takes focus.
  useEffect(() => {
    if (failureText) regionRef.current?.focus();
  }, [failureText, regionRef]);
  useEffect(() => {
    if (ready && !failureText && shown.local) emailRef.current?.focus();
  }, [ready, failureText, shown.local]);

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
      <FormAlert alert={{ ...alert, message: alert.message ?? failureText }} />
      {ready && shown.providers.length > 0 && (
        <div className="auth-providers">
          {shown.providers.map((provider) => (
            <a key={provider.id} className="button primary auth-provider" href={oidcStartHref(provider.id, window.location.hash)}>
              Inloggen met {provider.name}
            </a>
          ))}
          {shown.local && <p className="auth-or">Of meld je aan met je e-mailadres en wachtwoord van Koers:</p>}
        </div>
      )}
      {ready && shown.local && (
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
      )}
      {ready && (
        <p className="hint">
          {shown.local ? 'Geen account of wachtwoord vergeten? Vraag het een beheerder van Koers.' : 'Lukt inloggen niet? Vraag het de servicedesk of een beheerder van Koers.'}
        </p>
      )}
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
