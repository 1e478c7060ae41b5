/**
 * The confirmation before blocking an account, naming the person: it signs them out everywhere
 * at once, so a slip of the mouse on the wrong row must not do that unasked.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { RowForm } from './RowForm.tsx';
import { FormAlert } from '../app/form/FormAlert.tsx';
import { SubmitButton } from '../app/form/SubmitButton.tsx';
import { messageOf, useFormAlert } from '../app/form/use-form-alert.ts';
import { setAccountActive, type UserSummary } from './users-api.ts';

interface Props {
  user: UserSummary;
  onSaved(): void;
  onCancel(): void;
}

export function DeactivateUserForm({ user, onSaved, onCancel }: Props) {
  const id = useId();
  const alert = useFormAlert();
  const [busy, setBusy] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const who = user.name || user.email;

  // The safe choice takes focus, so Enter straight away does not block anyone.
  useEffect(() => {
    cancelRef.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    alert.show(null);
    try {
      await setAccountActive(user.id, false);
      onSaved();
    } catch (caught) {
      alert.show(messageOf(caught, 'Uitschakelen is niet gelukt.'));
      setBusy(false);
    }
  };

  return (
    <RowForm
      id={id}
      className="deactivate-user"
      title={<>Account van {who} uitschakelen?</>}
      describedBy={`${id}-uitleg`}
      busy={busy}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <p id={`${id}-uitleg`}>
        {who} wordt overal afgemeld en kan zich niet meer aanmelden, tot een beheerder het account weer inschakelt. Rollen en
        wijzigingen blijven bewaard.
      </p>
      <FormAlert alert={alert} />
      <div className="button-row">
        <SubmitButton busy={busy}>{`${who} uitschakelen`}</SubmitButton>
        <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </RowForm>
  );
}
