import { PART_SPECS, readPart, type PartField } from './parts.ts';

/**
 * One structured part: a labelled text input (numbers are typed the Dutch way and read with the
 * shared parser) or a select. A reading problem is shown once the officer has left the field or
 * tried to save, not while a number is half typed.
 */
export function PartInput({
  idBase,
  field,
  value,
  showError,
  onChange,
  onBlur,
}: {
  idBase: string;
  field: PartField;
  value: string;
  showError: boolean;
  onChange(value: string): void;
  onBlur(): void;
}) {
  const spec = PART_SPECS[field];
  const id = `${idBase}-${field}`;
  const reading = readPart(field, value);
  const error = showError ? reading.error : null;
  const described = [error ? `${id}-fout` : null, reading.note ? `${id}-noot` : null, spec.hint ? `${id}-hint` : null]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    value,
    onBlur,
    'data-part': field,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described || undefined,
  } as const;
  return (
    <div className={`part-field part-${spec.kind}`}>
      <label htmlFor={id}>{spec.label}</label>
      {spec.kind === 'choice' ? (
        <select {...common} onChange={(e) => onChange(e.target.value)}>
          {(spec.options ?? []).map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
          {/* A value from an older import that is not in the list stays selectable, never lost. */}
          {value !== '' && !(spec.options ?? []).some(([v]) => v === value) && <option value={value}>{value}</option>}
        </select>
      ) : (
        <input
          {...common}
          type="text"
          inputMode={spec.kind === 'number' ? 'decimal' : spec.kind === 'year' ? 'numeric' : undefined}
          autoComplete="off"
          spellCheck={spec.kind === 'text'}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {spec.hint && (
        <span id={`${id}-hint`} className="part-hint">
          {spec.hint}
        </span>
      )}
      {reading.note && (
        <span id={`${id}-noot`} className="part-note">
          {reading.note}
        </span>
      )}
      {error && (
        <span id={`${id}-fout`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
