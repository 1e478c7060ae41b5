import { useId, useLayoutEffect, useRef, useState } from 'react';
import { findingFingerprint, type Finding } from '../../shared/validation/index.ts';
import { useSession } from '../programme/SessionContext.ts';
import { acknowledgeWarning } from '../actions/note-actions.ts';

/**
 * Acknowledging a warning: a reason is required, and is stored with who and when. The finding's
 * fingerprint goes along, so the acknowledgement lapses when the warning itself changes.
 */
export function AcknowledgeForm({ finding, onDone }: { finding: Finding; onDone(saved: boolean): void }) {
  const session = useSession();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  useLayoutEffect(() => inputRef.current?.focus(), []);

  const submit = () => {
    if (reason.trim() === '') {
      setError('Geef een reden op waarom deze waarschuwing terecht is of niet opgelost hoeft te worden.');
      inputRef.current?.focus();
      return;
    }
    const acknowledged = session.actions.run(acknowledgeWarning, {
      key: finding.key,
      reason: reason.trim(),
      by: session.identity.id,
      byName: session.identity.name,
      at: new Date().toISOString(),
      fingerprint: findingFingerprint(finding),
    });
    if (acknowledged.ok) onDone(true);
  };

  return (
    <form
      className="acknowledge-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onDone(false);
        } else if (e.key === 'Enter' && !e.shiftKey && e.target instanceof HTMLTextAreaElement) {
          e.preventDefault();
          submit();
        }
      }}
    >
      <label htmlFor={`${id}-reden`}>Reden om deze waarschuwing te erkennen</label>
      <textarea
        ref={inputRef}
        id={`${id}-reden`}
        rows={3}
        value={reason}
        maxLength={2000}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-fout` : `${id}-uitleg`}
        onChange={(e) => {
          setReason(e.target.value);
          if (error) setError(null);
        }}
      />
      {error ? (
        <p id={`${id}-fout`} className="field-error">
          {error}
        </p>
      ) : (
        <p id={`${id}-uitleg`} className="hint">
          Enter: erkennen · Shift+Enter: nieuwe regel · Escape: annuleren
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button primary small">
          Erkennen
        </button>
        <button type="button" className="button small" onClick={() => onDone(false)}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
