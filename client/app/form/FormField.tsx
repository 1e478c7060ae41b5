/**
 * A labelled text input with an optional hint and its own error, linked by aria-describedby so a
 * screen reader reads the hint and the error with the field, not only where they stand.
 */
import type { Ref } from 'react';

interface Props {
  id: string;
  label: string;
  type: string;
  autoComplete: string;
  value: string;
  maxLength: number;
  error?: string;
  hint?: string;
  inputRef: Ref<HTMLInputElement>;
  onChange(value: string): void;
}

export function FormField({ id, label, type, autoComplete, value, maxLength, error, hint, inputRef, onChange }: Props) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <input
        ref={inputRef}
        id={id}
        type={type}
        autoComplete={autoComplete}
        value={value}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
