import type { SignedInUser } from '../../shared/auth/me.ts';

/** Placeholder: the facilitator's presenter view of one werkatelier. */
export function PresenterPage({ workshopId, me }: { workshopId: string; me: SignedInUser }) {
  return (
    <main id="inhoud">
      <h1>Werkatelier {workshopId}</h1>
      <p>{me.name}</p>
    </main>
  );
}
