/**
 * Gebruiker toevoegen: name, e-mail, a temporary password the beheerder passes on, and roles.
 * Fields are checked here first; the server's refusal (e-mail in use, no right) is shown as is.
 */
import { useId, useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH } from '../../shared/auth/me.ts';
import { FormAlert } from '../app/form/FormAlert.tsx';
import { FormField } from '../app/form/FormField.tsx';
import { SubmitButton } from '../app/form/SubmitButton.tsx';
import { messageOf, useFormAlert } from '../app/form/use-form-alert.ts';
import { useFormFields } from '../app/form/use-form-fields.ts';
import { checkAccount, maxLengthOf, type AccountField } from '../auth/form-checks.ts';
import { GrantSelects } from './GrantSelects.tsx';
import { grantsFromSelection, type RoleChoice } from './grant-selection.ts';
import { createUser } from './users-api.ts';

const FIELDS: AccountField[] = ['name', 'email', 'password'];

interface Props {
  scopes: readonly string[];
  nameOf(scope: string): string;
  onAdded(name: string): void;
}

export function AddUserForm({ scopes, nameOf, onAdded }: Props) {
  const id = useId();
  const form = useFormFields(FIELDS);
  const { values } = form;
  const [selection, setSelection] = useState<Record<string, RoleChoice>>({});
  const alert = useFormAlert();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !form.accept(checkAccount(values))) return;
    setBusy(true);
    alert.show(null);
    try {
      const grants = grantsFromSelection([], {}, selection, scopes);
      await createUser({ name: values.name.trim(), email: values.email.trim(), password: values.password, grants });
      onAdded(values.name.trim());
      form.reset();
      setSelection({});
      form.focus('name');
    } catch (error) {
      alert.show(messageOf(error, 'Toevoegen is niet gelukt.'));
    } finally {
      setBusy(false);
    }
  };

  // The beheerder types someone else's details: the browser must not offer or save their own.
  const field = (name: AccountField, label: string, type: string, hint?: string) => (
    <FormField id={`${id}-${name}`} label={label} type={type} autoComplete="off" maxLength={maxLengthOf(name)} hint={hint} {...form.bind(name)} />
  );

  return (
    <section className="admin-section" aria-labelledby={`${id}-titel`}>
      <h2 id={`${id}-titel`}>Gebruiker toevoegen</h2>
      <FormAlert alert={alert} />
      <form className="admin-form" onSubmit={submit} noValidate aria-busy={busy}>
        {field('name', 'Naam', 'text')}
        {field('email', 'E-mailadres', 'email')}
        {field('password', 'Tijdelijk wachtwoord', 'text', `Minstens ${MIN_PASSWORD_LENGTH} tekens. Geef het de collega persoonlijk door; bij het eerste aanmelden kiest die een eigen wachtwoord.`)}
        <GrantSelects scopes={scopes} nameOf={nameOf} selection={selection} onChange={(scope, role) => setSelection((s) => ({ ...s, [scope]: role }))} />
        <div className="button-row">
          <SubmitButton busy={busy}>Gebruiker toevoegen</SubmitButton>
        </div>
      </form>
    </section>
  );
}
