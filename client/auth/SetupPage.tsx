/**
 * Eerste beheerder aanmaken: the one-time page behind the setup link the server prints. The
 * token in the link proves the person can read the server's output; the account created here
 * is a beheerder of every programme.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH, type Me } from '../../shared/auth/me.ts';
import { FormAlert } from '../app/form/FormAlert.tsx';
import { FormField } from '../app/form/FormField.tsx';
import { SubmitButton } from '../app/form/SubmitButton.tsx';
import { messageOf, useFormAlert } from '../app/form/use-form-alert.ts';
import { useFormFields } from '../app/form/use-form-fields.ts';
import { setUp } from './auth-api.ts';
import { checkSetup, maxLengthOf, type SetupField } from './form-checks.ts';

interface Props {
  token: string;
  onDone(me: Me): void;
}

const FIELD_ORDER: SetupField[] = ['name', 'email', 'password', 'repeat'];

export function SetupPage({ token, onDone }: Props) {
  const form = useFormFields(FIELD_ORDER);
  const { values, focus } = form;
  const alert = useFormAlert();
  const [busy, setBusy] = useState(false);
  const id = useId();

  useEffect(() => {
    document.title = 'Eerste beheerder aanmaken – Koers';
    focus('name');
  }, [focus]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !form.accept(checkSetup(values))) return;
    setBusy(true);
    alert.show(null);
    try {
      onDone(await setUp({ token, name: values.name.trim(), email: values.email.trim(), password: values.password }));
    } catch (error) {
      alert.show(messageOf(error, 'Het aanmaken is niet gelukt.'));
      setBusy(false);
    }
  };

  const field = (name: SetupField, label: string, type: string, autoComplete: string, hint?: string) => (
    <FormField id={`${id}-${name}`} label={label} type={type} autoComplete={autoComplete} maxLength={maxLengthOf(name)} hint={hint} {...form.bind(name)} />
  );

  return (
    <main id="inhoud" className="page-narrow auth-page">
      <h1>Eerste beheerder aanmaken</h1>
      <p>
        Koers heeft nog geen accounts. Maak hier het account van de eerste beheerder aan; die kan daarna collega&apos;s
        toevoegen en rollen geven.
      </p>
      <FormAlert alert={alert} />
      <form className="auth-form" onSubmit={submit} noValidate aria-busy={busy}>
        {field('name', 'Naam', 'text', 'name')}
        {field('email', 'E-mailadres', 'email', 'username')}
        {field('password', 'Wachtwoord', 'password', 'new-password', `Minstens ${MIN_PASSWORD_LENGTH} tekens. Een zin van een paar woorden is sterk en goed te onthouden.`)}
        {field('repeat', 'Wachtwoord herhalen', 'password', 'new-password')}
        <div className="button-row">
          <SubmitButton busy={busy} busyLabel="Bezig…">
            Beheerder aanmaken
          </SubmitButton>
        </div>
      </form>
    </main>
  );
}
