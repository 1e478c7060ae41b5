import { useEffect, useId, useRef } from 'react';
import type { ConfirmRequest } from './session.ts';

/** A modal question in Dutch (native <dialog>: focus is trapped, Escape cancels). */
export function ConfirmDialog({ request }: { request: ConfirmRequest | null }) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (request && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!request && dialog.open) {
      dialog.close();
    }
  }, [request]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(e) => {
        e.preventDefault();
        request?.resolve(false);
      }}
    >
      {request && (
        <>
          <h2 id={titleId}>{request.title}</h2>
          <p id={textId}>{request.message}</p>
          <div className="button-row">
            <button type="button" className="button danger" onClick={() => request.resolve(true)}>
              {request.confirmLabel}
            </button>
            <button ref={cancelRef} type="button" className="button" onClick={() => request.resolve(false)}>
              Annuleren
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
