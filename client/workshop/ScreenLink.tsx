import { workshopScreenHref } from '../app/route.ts';

/**
 * Opens the audience screen in a window of its own, to drag onto the projector. The named target
 * makes a second click bring back the same window instead of opening another.
 */
export function ScreenLink({ workshopId }: { workshopId: string }) {
  return (
    <p className="ws-screen-link">
      <a className="ws-button primary" href={workshopScreenHref(workshopId)} target={`koers-scherm-${workshopId}`}>
        Publieksscherm openen<span className="sr-only"> (nieuw venster)</span>
      </a>
      <span className="ws-hint">Sleep het venster naar de beamer en druk op F11 voor volledig scherm.</span>
    </p>
  );
}
