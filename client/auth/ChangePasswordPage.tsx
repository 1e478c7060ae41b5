/**
 * Wachtwoord wijzigen: the signed-in person sets their own password, proving it with the current
 * one. The server signs out their other sessions; this one stays, so the page says so.
 * `required`: a beheerder chose the current password and the server allows nothing else yet, so
 * the page explains that, offers no way elsewhere, and once it succeeds hands over to the page
 * the user was going to.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH } from '../../shared/auth/me.ts';
import { FormAlert } from '../app/form/FormAlert.tsx';
import { FormField } from '../app/form/FormField.tsx';
import { SubmitButton } from '../app/form/SubmitButton.tsx';
import { messageOf, useFormAlert } from '../app/form/use-form-alert.ts';
import { useFormFields, type FieldErrors } from '../app/form/use-form-fields.ts';
import { HttpError } from '../app/http.ts';
import { overviewHref } from '../app/route.ts';
import { skipTo } from '../overview/Overview.tsx';
import { changePassword } from './auth-api.ts';
import { useSignedIn } from './auth-context.ts';
import { checkPasswordChange, maxLengthOf, passwordChangeFieldOf, type PasswordChangeField } from './form-checks.ts';
import { SignOutButton, WhoAmI } from './SignOutButton.tsx';

const FIELDS: PasswordChangeField[] = ['current', 'password', 'repeat'];
const PASSWORD_CHANGED = 'Je wachtwoord is gewijzigd. Op andere apparaten en in andere browsers ben je afgemeld.';

const TEMPORARY_PASSWORD_EXPLAINED = 'Je beheerder heeft een tijdelijk wachtwoord voor je gemaakt. Kies nu een eigen wachtwoord.';

export function ChangePasswordPage({ required = false }: { required?: boolean }) {
  const { me, refresh } = useSignedIn();
  const form = useFormFields(FIELDS);
  const { values, focus } = form;
  const alert = useFormAlert();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const id = useId();

  useEffect(() => {
    document.title = 'Wachtwoord wijzigen – Koers';
    focus('current');
  }, [focus]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !form.accept(checkPasswordChange(values))) return;
    setBusy(true);
    setDone('');
    alert.show(null);
    try {
      await changePassword(values.current, values.password);
      form.reset();
      setDone(PASSWORD_CHANGED);
      // Asking who we are again lifts the mark, and the app shows the page that was asked for.
      if (required) await refresh();
    } catch (error) {
      // A refusal of one field (wrong current password) stands on that field and takes focus there.
      const field = error instanceof HttpError ? passwordChangeFieldOf(error.field) : null;
      if (error instanceof HttpError && field) form.accept({ [field]: error.message } as FieldErrors<PasswordChangeField>);
      else alert.show(messageOf(error, 'Het wijzigen is niet gelukt.'));
    } finally {
      setBusy(false);
    }
  };

  const field = (name: PasswordChangeField, label: string, autoComplete: string, hint?: string) => (
    <FormField id={`${id}-${name}`} label={label} type="password" autoComplete={autoComplete} maxLength={maxLengthOf(name)} hint={hint} {...form.bind(name)} />
  );

  return (
    <>
      <a className="skip-link" href="#inhoud" onClick={skipTo}>
        Naar de inhoud
      </a>
      <header className="topbar">
        {required ? (
          <span className="brand">Koers</span>
        ) : (
          <a className="brand" href={overviewHref}>
            <span aria-hidden="true">←</span> Overzicht
          </a>
        )}
        <span className="topbar-title">Account</span>
        <div className="topbar-right">
          <WhoAmI />
          <SignOutButton />
        </div>
      </header>
      <main id="inhoud" tabIndex={-1} className="page-narrow auth-page">
        <h1>Wachtwoord wijzigen</h1>
        {required ? (
          <>
            <p className="notice info">{TEMPORARY_PASSWORD_EXPLAINED}</p>
            <p>
              Voor het account <strong>{me.email}</strong>. Daarna ga je verder waar je heen wilde.
            </p>
          </>
        ) : (
          <p>
            Voor het account <strong>{me.email}</strong>. Heb je een tijdelijk wachtwoord van een beheerder gekregen? Kies hier je
            eigen wachtwoord.
          </p>
        )}
        <p role="status" className={done ? 'notice info' : undefined}>
          {done}
        </p>
        <FormAlert alert={alert} />
        <form className="auth-form" onSubmit={submit} noValidate aria-busy={busy}>
          {/* For password managers: they file the new password under this account. */}
          <input type="text" name="username" autoComplete="username" value={me.email} readOnly hidden />
          {field('current', 'Huidig wachtwoord', 'current-password', required ? 'Het tijdelijke wachtwoord dat je van je beheerder kreeg.' : undefined)}
          {field('password', 'Nieuw wachtwoord', 'new-password', `Minstens ${MIN_PASSWORD_LENGTH} tekens. Een zin van een paar woorden is sterk en goed te onthouden.`)}
          {field('repeat', 'Nieuw wachtwoord herhalen', 'new-password')}
          <div className="button-row">
            <SubmitButton busy={busy} busyLabel="Bezig…">
              Wachtwoord wijzigen
            </SubmitButton>
          </div>
        </form>
      </main>
    </>
  );
}
