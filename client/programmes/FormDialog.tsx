/**
 * A modal form in Dutch on a native <dialog> (focus stays inside, Escape closes). The server's
 * refusal names a field: that field is marked invalid, described by the message and focused,
 * and everything typed stays.
 */
import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { HttpError } from '../app/http.ts';

export interface FormField {
  name: string;
  label: string;
  /** Numeric keyboard and a 4-digit pattern for years. */
  year?: boolean;
  /** A choice among these instead of free text. */
  choices?: readonly { value: string; label: string }[];
}

export function FormDialog({
  title,
  intro,
  fields,
  initial,
  submitLabel,
  onSubmit,
  onClose,
}: {
  title: string;
  intro?: string;
  fields: readonly FormField[];
  initial: Record<string, string>;
  submitLabel: string;
  onSubmit: (values: Record<string, string>) => Promise<void>;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<{ message: string; field: string | null } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  useEffect(() => {
    if (error?.field) formRef.current?.querySelector<HTMLInputElement>(`[name="${CSS.escape(error.field)}"]`)?.focus();
  }, [error]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
    } catch (caught) {
      const field = caught instanceof HttpError ? caught.field : null;
      setError({ message: caught instanceof Error ? caught.message : String(caught), field });
    } finally {
      setBusy(false);
    }
  };

  const common = (name: string, invalid: boolean) => ({
    id: `${id}-${name}`,
    name,
    value: values[name] ?? '',
    'aria-invalid': invalid,
    'aria-describedby': invalid ? `${id}-fout` : undefined,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues((v) => ({ ...v, [name]: e.target.value })),
  });

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-titel`} onCancel={(e) => (e.preventDefault(), onClose())}>
      <h2 id={`${id}-titel`}>{title}</h2>
      {intro && <p>{intro}</p>}
      <form ref={formRef} onSubmit={submit} noValidate aria-busy={busy}>
        {fields.map((field) => {
          const invalid = error?.field === field.name;
          return (
            <div key={field.name} className="form-field">
              <label htmlFor={`${id}-${field.name}`}>{field.label}</label>
              {field.choices ? (
                <select {...common(field.name, invalid)}>
                  {field.choices.map((choice) => (
                    <option key={choice.value} value={choice.value}>
                      {choice.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input {...common(field.name, invalid)} inputMode={field.year ? 'numeric' : undefined} maxLength={field.year ? 4 : 200} />
              )}
            </div>
          );
        })}
        {error && (
          <p id={`${id}-fout`} role="alert" className="field-error">
            {error.message}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button primary" disabled={busy}>
            {submitLabel}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Annuleren
          </button>
        </div>
      </form>
    </dialog>
  );
}
