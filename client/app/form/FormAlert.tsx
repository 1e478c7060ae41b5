/** A form's alert region: always present so it is announced, only boxed when it has a message. */
import type { FormAlertState } from './use-form-alert.ts';

export function FormAlert({ alert }: { alert: FormAlertState }) {
  return (
    <div ref={alert.regionRef} tabIndex={-1} role="alert" className={alert.message ? 'form-error' : undefined}>
      {alert.message}
    </div>
  );
}
