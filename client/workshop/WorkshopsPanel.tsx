import type { SignedInUser } from '../../shared/auth/me.ts';

/** Placeholder: the werkateliers of one programme (start, list, outcomes). */
export function WorkshopsPanel({ documentId, me }: { documentId: string; me: SignedInUser }) {
  return (
    <section aria-label="Werkateliers">
      <h2>Werkateliers</h2>
      <p>
        {documentId} {me.name}
      </p>
    </section>
  );
}
