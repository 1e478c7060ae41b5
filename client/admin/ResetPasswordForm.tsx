/**
 * Nieuw tijdelijk wachtwoord for one user, for a colleague who forgot theirs. The beheerder types
 * it (visible: it must be passed on); saving signs the user out everywhere.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH } from '../../shared/auth/me.ts';
import { RowForm } from './RowForm.tsx';
import { FormAlert } from '../app/form/FormAlert.tsx';
import { FormField } from '../app/form/FormField.tsx';
import { SubmitButton } from '../app/form/SubmitButton.tsx';
import { messageOf, useFormAlert } from '../app/form/use-form-alert.ts';
import { useFormFields } from '../app/form/use-form-fields.ts';
import { checkTemporaryPassword, maxLengthOf } from '../auth/form-checks.ts';
import { resetPassword, type UserSummary } from './users-api.ts';

const FIELDS = ['password'] as const;

interface Props {
  user: UserSummary;
  onSaved(): void;
  onCancel(): void;
}

export function ResetPasswordForm({ user, onSaved, onCancel }: Props) {
  const id = useId();
  const form = useFormFields(FIELDS);
  const alert = useFormAlert();
  const [busy, setBusy] = useState(false);
  const who = user.name || user.email;
  const { focus } = form;

  useEffect(() => {
    focus('password');
  }, [focus]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !form.accept(checkTemporaryPassword(form.values.password))) return;
    setBusy(true);
    alert.show(null);
    try {
      await resetPassword(user.id, form.values.password);
      onSaved();
    } catch (caught) {
      alert.show(messageOf(caught, 'Opslaan is niet gelukt.'));
      setBusy(false);
    }
  };

  return (
    <RowForm
      id={id}
      className="reset-password"
      title={<>Nieuw tijdelijk wachtwoord voor {who}</>}
      busy={busy}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <FormAlert alert={alert} />
      {/* autoComplete off: it is someone else's password, the browser must not save it as the beheerder's. */}
      <FormField
        id={`${id}-password`}
        label="Tijdelijk wachtwoord"
        type="text"
        autoComplete="off"
        maxLength={maxLengthOf('password')}
        hint={`Minstens ${MIN_PASSWORD_LENGTH} tekens. ${who} wordt overal afgemeld en meldt zich daarna aan met dit wachtwoord.`}
        {...form.bind('password')}
      />
      <div className="button-row">
        <SubmitButton busy={busy}>Opslaan</SubmitButton>
        <button type="button" className="button" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </RowForm>
  );
}
