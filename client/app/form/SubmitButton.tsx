/**
 * A form's submit button. While busy it stays focusable and announced (aria-disabled rather than
 * disabled), so focus is not lost mid-request; the form ignores the second submit itself.
 */
import type { ReactNode } from 'react';

export function SubmitButton({ busy, busyLabel, children }: { busy: boolean; busyLabel?: string; children: ReactNode }) {
  return (
    <button type="submit" className="button primary" aria-disabled={busy}>
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}
