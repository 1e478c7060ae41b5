/**
 * The frame of a form that opens inside a user's row on the Gebruikers page (roles, temporary
 * password, deactivation): titled by its heading, busy while saving, and Escape cancels, as in
 * a dialog, so keyboard users get out the same way from each.
 */
import type { FormEvent, ReactNode, Ref } from 'react';

interface Props {
  id: string;
  className: string;
  title: ReactNode;
  /** Id of a paragraph that explains the form, read with its title. */
  describedBy?: string;
  busy: boolean;
  onSubmit(event: FormEvent): void;
  onCancel(): void;
  formRef?: Ref<HTMLFormElement>;
  children: ReactNode;
}

export function RowForm({ id, className, title, describedBy, busy, onSubmit, onCancel, formRef, children }: Props) {
  return (
    <form
      ref={formRef}
      className={`admin-form ${className}`}
      aria-labelledby={`${id}-titel`}
      aria-describedby={describedBy}
      onSubmit={onSubmit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
      noValidate
      aria-busy={busy}
    >
      <h3 id={`${id}-titel`}>{title}</h3>
      {children}
    </form>
  );
}
