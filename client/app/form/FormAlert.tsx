/** A form's alert region: always present so it is announced, only boxed when it has a message. */
import type { FormAlertState } from './use-form-alert.ts';

export function FormAlert({ alert: { message, regionRef } }: { alert: FormAlertState }) {
  return (
    <div ref={regionRef} tabIndex={-1} role="alert" className={message ? 'form-error' : undefined}>
      {message}
    </div>
  );
}
