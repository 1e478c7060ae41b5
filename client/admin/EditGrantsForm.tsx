/** Rollen wijzigen for one user: the same selects, saved as a whole with PUT .../grants. */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { RowForm } from './RowForm.tsx';
import { FormAlert } from '../app/form/FormAlert.tsx';
import { SubmitButton } from '../app/form/SubmitButton.tsx';
import { messageOf, useFormAlert } from '../app/form/use-form-alert.ts';
import { GrantSelects } from './GrantSelects.tsx';
import { grantsFromSelection, selectionFromGrants, type RoleChoice } from './grant-selection.ts';
import { saveGrants, type UserSummary } from './users-api.ts';

interface Props {
  user: UserSummary;
  scopes: readonly string[];
  nameOf(scope: string): string;
  onSaved(): void;
  onCancel(): void;
}

export function EditGrantsForm({ user, scopes, nameOf, onSaved, onCancel }: Props) {
  const id = useId();
  const initial = useMemo(() => selectionFromGrants(user.grants, scopes), [user.grants, scopes]);
  const [selection, setSelection] = useState<Record<string, RoleChoice>>(initial);
  const alert = useFormAlert();
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector('select')?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    alert.show(null);
    try {
      await saveGrants(user.id, grantsFromSelection(user.grants, initial, selection, scopes));
      onSaved();
    } catch (caught) {
      alert.show(messageOf(caught, 'Opslaan is niet gelukt.'));
      setBusy(false);
    }
  };

  return (
    <RowForm
      id={id}
      className="edit-grants"
      title={<>Rollen van {user.name || user.email}</>}
      formRef={formRef}
      busy={busy}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <FormAlert alert={alert} />
      <GrantSelects scopes={scopes} nameOf={nameOf} selection={selection} onChange={(scope, role) => setSelection((s) => ({ ...s, [scope]: role }))} />
      <div className="button-row">
        <SubmitButton busy={busy}>Opslaan</SubmitButton>
        <button type="button" className="button" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </RowForm>
  );
}
