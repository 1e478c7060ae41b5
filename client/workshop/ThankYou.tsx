import { useEffect, useRef } from 'react';

/** What a participant sees once the facilitator has closed the werkatelier. */
export function ThankYou() {
  const ref = useRef<HTMLHeadingElement>(null);
  // The page changed under the participant's hands; screen readers start at the news.
  useEffect(() => ref.current?.focus(), []);
  return (
    <main id="inhoud" className="ws-phone ws-thanks">
      <h1 ref={ref} tabIndex={-1}>
        Bedankt!
      </h1>
      <p>Het werkatelier is gesloten. Bedankt voor je inbreng!</p>
      <p className="ws-hint">Je kunt dit venster sluiten.</p>
    </main>
  );
}
