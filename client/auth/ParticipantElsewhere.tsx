/**
 * A werkatelier guest who opened another part of Koers: their session only reaches their own
 * werkatelier, so say so and offer the way back rather than a sign-in form they cannot use.
 */
import { useEffect } from 'react';
import type { WorkshopParticipant } from '../../shared/auth/me.ts';
import { workshopHref } from '../app/route.ts';

export function ParticipantElsewhere({ me }: { me: WorkshopParticipant }) {
  useEffect(() => {
    document.title = 'Werkatelier – Koers';
  }, []);
  return (
    <main id="inhoud" className="page-narrow">
      <h1>Je doet mee aan een werkatelier</h1>
      <p>
        Je bent in Koers als deelnemer <strong>{me.name}</strong>. Daarmee kun je alleen meedoen aan je werkatelier; de rest
        van Koers is voor collega&apos;s met een account.
      </p>
      <p>
        <a className="button primary" href={workshopHref(me.workshopId)}>
          Terug naar het werkatelier
        </a>
      </p>
    </main>
  );
}
