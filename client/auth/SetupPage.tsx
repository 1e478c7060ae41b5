/**
 * Eerste beheerder aanmaken: the one-time page behind the setup link the server prints. The
 * token in the link proves the person can read the server's output; the account created here
 * is a beheerder of every programme.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH, type Me } from '../../shared/auth/me.ts';
import { setUp } from './auth-api.ts';
import { checkSetup, type FieldErrors, type SetupField } from './form-checks.ts';

interface Props {
  token: string;
  onDone(me: Me): void;
}

const FIELD_ORDER: SetupField[] = ['name', 'email', 'password', 'repeat'];

export function SetupPage({ token, onDone }: Props) {
  const [values, setValues] = useState<Record<SetupField, string>>({ name: '', email: '', password: '', repeat: '' });
  const [errors, setErrors] = useState<FieldErrors<SetupField>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const inputs = useRef<Partial<Record<SetupField, HTMLInputElement | null>>>({});
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = 'Eerste beheerder aanmaken – Koers';
    inputs.current.name?.focus();
  }, []);

  useEffect(() => {
    if (serverError) errorRef.current?.focus();
  }, [serverError]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = checkSetup(values);
    setErrors(found);
    const first = FIELD_ORDER.find((f) => found[f]);
    if (first) {
      inputs.current[first]?.focus();
      return;
    }
    setBusy(true);
    setServerError(null);
    try {
      onDone(await setUp({ token, name: values.name.trim(), email: values.email.trim(), password: values.password }));
    } catch (error) {
      setServerError(error instanceof Error ? error.message : 'Het aanmaken is niet gelukt.');
      setBusy(false);
    }
  };

  const field = (name: SetupField, label: string, type: string, autoComplete: string, hint?: string) => {
    const inputId = `${id}-${name}`;
    const describedBy = [hint ? `${inputId}-hint` : '', errors[name] ? `${inputId}-error` : ''].filter(Boolean).join(' ');
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
            inputs.current[name] = el;
          }}
          id={inputId}
          type={type}
          autoComplete={autoComplete}
          value={values[name]}
          maxLength={name === 'name' ? 100 : 500}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e) => {
            setValues((v) => ({ ...v, [name]: e.target.value }));
            if (errors[name]) setErrors((prev) => ({ ...prev, [name]: undefined }));
          }}
        />
        {errors[name] && (
          <p id={`${inputId}-error`} className="field-error">
            {errors[name]}
          </p>
        )}
      </div>
    );
  };

  return (
    <main id="inhoud" className="page-narrow auth-page">
      <h1>Eerste beheerder aanmaken</h1>
      <p>
        Koers heeft nog geen accounts. Maak hier het account van de eerste beheerder aan; die kan daarna collega&apos;s
        toevoegen en rollen geven.
      </p>
      <div ref={errorRef} tabIndex={-1} role="alert" className={serverError ? 'form-error' : undefined}>
        {serverError}
      </div>
      <form className="auth-form" onSubmit={submit} noValidate aria-busy={busy}>
        {field('name', 'Naam', 'text', 'name')}
        {field('email', 'E-mailadres', 'email', 'username')}
        {field('password', 'Wachtwoord', 'password', 'new-password', `Minstens ${MIN_PASSWORD_LENGTH} tekens. Een zin van een paar woorden is sterk en goed te onthouden.`)}
        {field('repeat', 'Wachtwoord herhalen', 'password', 'new-password')}
        <div className="button-row">
          <button type="submit" className="button primary" aria-disabled={busy}>
            {busy ? 'Bezig…' : 'Beheerder aanmaken'}
          </button>
        </div>
      </form>
    </main>
  );
}
