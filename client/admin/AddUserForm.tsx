/**
 * Gebruiker toevoegen: name, e-mail, a temporary password the beheerder passes on, and roles.
 * Fields are checked here first; the server's refusal (e-mail in use, no right) is shown as is.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH } from '../../shared/auth/me.ts';
import { checkEmail, checkName, checkPassword } from '../auth/form-checks.ts';
import { GrantSelects } from './GrantSelects.tsx';
import { grantsFromSelection, type RoleChoice } from './grant-selection.ts';
import { createUser } from './users-api.ts';

type Field = 'name' | 'email' | 'password';
const FIELDS: Field[] = ['name', 'email', 'password'];

interface Props {
  scopes: readonly string[];
  nameOf(scope: string): string;
  onAdded(name: string): void;
}

export function AddUserForm({ scopes, nameOf, onAdded }: Props) {
  const id = useId();
  const [values, setValues] = useState<Record<Field, string>>({ name: '', email: '', password: '' });
  const [selection, setSelection] = useState<Record<string, RoleChoice>>({});
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});
  const errorRef = useRef<HTMLDivElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: Partial<Record<Field, string>> = {};
    const name = checkName(values.name);
    if (name) found.name = name;
    const email = checkEmail(values.email);
    if (email) found.email = email;
    const password = checkPassword(values.password);
    if (password) found.password = password;
    setErrors(found);
    const first = FIELDS.find((f) => found[f]);
    if (first) {
      inputs.current[first]?.focus();
      return;
    }
    setBusy(true);
    setServerError(null);
    try {
      const grants = grantsFromSelection([], {}, selection, scopes);
      await createUser({ name: values.name.trim(), email: values.email.trim(), password: values.password, grants });
      onAdded(values.name.trim());
      setValues({ name: '', email: '', password: '' });
      setSelection({});
      inputs.current.name?.focus();
    } catch (error) {
      setServerError(error instanceof Error ? error.message : 'Toevoegen is niet gelukt.');
      queueMicrotask(() => errorRef.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  const input = (field: Field, label: string, type: string, hint?: string) => {
    const inputId = `${id}-${field}`;
    const describedBy = [hint ? `${inputId}-hint` : '', errors[field] ? `${inputId}-error` : ''].filter(Boolean).join(' ');
    return (
      <div className="form-field">
        <label htmlFor={inputId}>{label}</label>
        {hint && (
          <p id={`${inputId}-hint`} className="hint">
            {hint}
          </p>
        )}
        <input
          ref={(el) => {
            inputs.current[field] = el;
          }}
          id={inputId}
          type={type}
          autoComplete="off"
          value={values[field]}
          maxLength={field === 'name' ? 100 : 500}
          aria-invalid={errors[field] ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e) => {
            setValues((v) => ({ ...v, [field]: e.target.value }));
            if (errors[field]) setErrors((prev) => ({ ...prev, [field]: undefined }));
          }}
        />
        {errors[field] && (
          <p id={`${inputId}-error`} className="field-error">
            {errors[field]}
          </p>
        )}
      </div>
    );
  };

  return (
    <section className="admin-section" aria-labelledby={`${id}-titel`}>
      <h2 id={`${id}-titel`}>Gebruiker toevoegen</h2>
      <div ref={errorRef} tabIndex={-1} role="alert" className={serverError ? 'form-error' : undefined}>
        {serverError}
      </div>
      <form className="admin-form" onSubmit={submit} noValidate aria-busy={busy}>
        {input('name', 'Naam', 'text')}
        {input('email', 'E-mailadres', 'email')}
        {input(
          'password',
          'Tijdelijk wachtwoord',
          'text',
          `Minstens ${MIN_PASSWORD_LENGTH} tekens. Geef het de collega persoonlijk door.`,
        )}
        <GrantSelects scopes={scopes} nameOf={nameOf} selection={selection} onChange={(scope, role) => setSelection((s) => ({ ...s, [scope]: role }))} />
        <div className="button-row">
          <button type="submit" className="button primary" aria-disabled={busy}>
            Gebruiker toevoegen
          </button>
        </div>
      </form>
    </section>
  );
}
