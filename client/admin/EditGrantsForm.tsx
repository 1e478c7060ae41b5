/** Rollen wijzigen for one user: the same selects, saved as a whole with PUT .../grants. */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
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
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    formRef.current?.querySelector('select')?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await saveGrants(user.id, grantsFromSelection(user.grants, initial, selection, scopes));
      onSaved();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'Opslaan is niet gelukt.');
      queueMicrotask(() => errorRef.current?.focus());
      setBusy(false);
    }
  };

  return (
    <form
      ref={formRef}
      className="admin-form edit-grants"
      aria-labelledby={`${id}-titel`}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
      noValidate
      aria-busy={busy}
    >
      <h3 id={`${id}-titel`}>Rollen van {user.name || user.email}</h3>
      <div ref={errorRef} tabIndex={-1} role="alert" className={error ? 'form-error' : undefined}>
        {error}
      </div>
      <GrantSelects scopes={scopes} nameOf={nameOf} selection={selection} onChange={(scope, role) => setSelection((s) => ({ ...s, [scope]: role }))} />
      <div className="button-row">
        <button type="submit" className="button primary" aria-disabled={busy}>
          Opslaan
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
