/**
 * Asked before a council-owned field is edited after the raad adopted a version: why, and at
 * which decision moment the raad will see it. The answer becomes the change request that is
 * saved together with the edit.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { formatDate } from '../../shared/text/dutch.ts';
import type { UnlockRequest } from './council-gate.ts';
import { DECISION_MOMENTS, type DecisionMoment } from './council-write.ts';

export function ChangeRequestDialog({ request }: { request: UnlockRequest | null }) {
  const ref = useRef<HTMLDialogElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const [reason, setReason] = useState('');
  const [moment, setMoment] = useState<DecisionMoment>('perspectiefnota');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (request && !dialog.open) {
      setReason('');
      setMoment('perspectiefnota');
      setError(null);
      dialog.showModal();
      reasonRef.current?.focus();
    } else if (!request && dialog.open) {
      dialog.close();
    }
  }, [request]);

  const submit = () => {
    if (!request) return;
    if (reason.trim() === '') {
      setError('Geef een reden op: dit veld is door de raad vastgesteld.');
      reasonRef.current?.focus();
      return;
    }
    request.resolve({ reason: reason.trim(), decisionMoment: moment });
  };

  return (
    <dialog
      ref={ref}
      className="dialog change-request-dialog"
      aria-labelledby={`${id}-titel`}
      aria-describedby={`${id}-uitleg`}
      onCancel={(e) => {
        e.preventDefault();
        request?.resolve(null);
      }}
    >
      {request && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          noValidate
        >
          <h2 id={`${id}-titel`}>Vastgesteld door de raad</h2>
          <p className="dialog-subject">{request.place}</p>
          <p id={`${id}-uitleg`}>
            Dit is vastgesteld door de raad in “{request.version.name}” ({formatDate(request.version.date)}). Een wijziging
            wordt vastgelegd als wijzigingsverzoek, met de reden en het besluitmoment waarop de raad erover beslist.
          </p>
          <div className="form-field">
            <label htmlFor={`${id}-reden`}>Reden van de wijziging</label>
            <textarea
              ref={reasonRef}
              id={`${id}-reden`}
              rows={3}
              maxLength={2000}
              value={reason}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-fout` : undefined}
              onChange={(e) => {
                setReason(e.target.value);
                if (error) setError(null);
              }}
            />
            {error && (
              <p id={`${id}-fout`} className="field-error">
                {error}
              </p>
            )}
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-moment`}>Besluitmoment</label>
            <select id={`${id}-moment`} value={moment} onChange={(e) => setMoment(e.target.value as DecisionMoment)}>
              {DECISION_MOMENTS.map((m) => (
                <option key={m.value} value={m.value}>
                  {m.label}
                </option>
              ))}
            </select>
          </div>
          <div className="button-row">
            <button type="submit" className="button primary">
              Doorgaan met wijzigen
            </button>
            <button type="button" className="button" onClick={() => request.resolve(null)}>
              Annuleren
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
