/**
 * "Versie vastleggen": freezes the programme as it is now under a name, a status (concept ...
 * jaarstukken), the decision date, the document number and a note. The date is typed the Dutch
 * way (26-09-2024) and sent as 2024-09-26; the shared check runs before sending, the server
 * checks again and its message lands on the field it names.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { checkVersionInput, VERSION_STATUS_LABELS, VERSION_STATUSES, type VersionInfo, type VersionStatus } from '../../shared/history/index.ts';
import type { Session } from '../programme/session.ts';
import { HttpError } from '../app/http.ts';
import { createVersion } from './api.ts';
import { parseDutchDate, todayDutch } from './dates.ts';

type Field = 'name' | 'status' | 'date' | 'documentNumber' | 'note';

const BAD_DATE = 'Vul een bestaande datum in als dd-mm-jjjj, bijvoorbeeld 26-09-2024.';

export function VersionDialog({
  session,
  open,
  errorCount,
  onClose,
}: {
  session: Session;
  open: boolean;
  /** Open validation errors now: an adopted version should have none (V38). */
  errorCount: number;
  onClose(created: VersionInfo | null): void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const [name, setName] = useState('');
  const [status, setStatus] = useState<VersionStatus>('concept');
  const [date, setDate] = useState(() => todayDutch());
  const [documentNumber, setDocumentNumber] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setName('');
      setStatus('concept');
      setDate(todayDutch());
      setDocumentNumber('');
      setNote('');
      setErrors({});
      setGeneral(null);
      dialog.showModal();
      nameRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const focusField = (field: Field) => ref.current?.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const isoDate = parseDutchDate(date);
    if (!isoDate) {
      setErrors({ date: BAD_DATE });
      focusField('date');
      return;
    }
    const check = checkVersionInput({ name, status, date: isoDate, documentNumber, note });
    if (!check.ok) {
      setErrors({ [check.field]: check.error });
      focusField(check.field as Field);
      return;
    }
    setBusy(true);
    setErrors({});
    setGeneral(null);
    try {
      const version = await createVersion(session.documentId, check.value);
      session.versions.added(version);
      onClose(version);
    } catch (error) {
      const message = error instanceof Error ? error.message : 'De versie kon niet worden vastgelegd.';
      const field = error instanceof HttpError ? (error.field as Field | null) : null;
      if (field && ['name', 'status', 'date', 'documentNumber', 'note'].includes(field)) {
        setErrors({ [field]: message });
        focusField(field);
      } else {
        setGeneral(message);
      }
    } finally {
      setBusy(false);
    }
  };

  const described = (field: Field, hint?: string) => (errors[field] ? `${id}-${field}-fout` : hint);
  const errorText = (field: Field) =>
    errors[field] ? (
      <p id={`${id}-${field}-fout`} className="field-error">
        {errors[field]}
      </p>
    ) : null;
  const adopting = status === 'college-vastgesteld' || status === 'raad-vastgesteld';

  return (
    <dialog
      ref={ref}
      className="dialog version-dialog"
      aria-labelledby={`${id}-titel`}
      onCancel={(e) => {
        e.preventDefault();
        onClose(null);
      }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={`${id}-titel`}>Versie vastleggen</h2>
        <p className="hint">De versie legt het programma vast zoals het nu is. Een vastgelegde versie verandert nooit meer.</p>
        <div className="form-field">
          <label htmlFor={`${id}-naam`}>Naam</label>
          <input
            ref={nameRef}
            id={`${id}-naam`}
            data-field="name"
            type="text"
            value={name}
            maxLength={200}
            required
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={described('name')}
            onChange={(e) => setName(e.target.value)}
          />
          {errorText('name')}
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            data-field="status"
            value={status}
            aria-invalid={errors.status ? true : undefined}
            aria-describedby={described('status', adopting && errorCount > 0 ? `${id}-v38` : undefined)}
            onChange={(e) => setStatus(e.target.value as VersionStatus)}
          >
            {VERSION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {VERSION_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
          {errorText('status')}
          {adopting && errorCount > 0 && (
            <p id={`${id}-v38`} className="form-warning">
              Let op: het programma heeft nu {errorCount === 1 ? '1 fout' : `${errorCount} fouten`} (zie Problemen). Een vastgestelde
              versie hoort foutloos te zijn.
            </p>
          )}
        </div>
        <div className="form-row">
          <div className="form-field">
            <label htmlFor={`${id}-datum`}>Datum van het besluit</label>
            <input
              id={`${id}-datum`}
              data-field="date"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={date}
              size={12}
              aria-invalid={errors.date ? true : undefined}
              aria-describedby={described('date', `${id}-datum-uitleg`)}
              onChange={(e) => setDate(e.target.value)}
            />
            {errorText('date') ?? (
              <p id={`${id}-datum-uitleg`} className="hint">
                dd-mm-jjjj
              </p>
            )}
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-nummer`}>Documentnummer</label>
            <input
              id={`${id}-nummer`}
              data-field="documentNumber"
              type="text"
              value={documentNumber}
              maxLength={100}
              aria-invalid={errors.documentNumber ? true : undefined}
              aria-describedby={described('documentNumber', `${id}-nummer-uitleg`)}
              onChange={(e) => setDocumentNumber(e.target.value)}
            />
            {errorText('documentNumber') ?? (
              <p id={`${id}-nummer-uitleg`} className="hint">
                Mag leeg blijven bij een concept.
              </p>
            )}
          </div>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-toelichting`}>Toelichting</label>
          <textarea
            id={`${id}-toelichting`}
            data-field="note"
            rows={3}
            value={note}
            maxLength={5000}
            aria-invalid={errors.note ? true : undefined}
            aria-describedby={described('note')}
            onChange={(e) => setNote(e.target.value)}
          />
          {errorText('note')}
        </div>
        {general && (
          <p className="field-error" role="alert">
            {general}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button primary" aria-disabled={busy}>
            {busy ? 'Bezig met vastleggen…' : 'Vastleggen'}
          </button>
          <button type="button" className="button" onClick={() => onClose(null)}>
            Annuleren
          </button>
        </div>
      </form>
    </dialog>
  );
}
