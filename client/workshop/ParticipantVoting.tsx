import { useState } from 'react';
import type { Ballot, VoteItem, WorkshopSettings } from '../../shared/workshop/types.ts';
import { DotVoting } from './DotVoting.tsx';
import { RankVoting } from './RankVoting.tsx';
import { AlertRegion } from './AlertRegion.tsx';

/**
 * Voting on the phone. Every change is checked with the same rule the server applies before
 * it is written: a ballot the server refuses would close this participant's connection.
 */
export function ParticipantVoting({
  items,
  settings,
  ballot,
  connected,
  onCast,
}: {
  items: readonly VoteItem[];
  settings: WorkshopSettings;
  ballot: Ballot | undefined;
  connected: boolean;
  onCast(ballot: Ballot): string | null;
}) {
  const [error, setError] = useState<string | null>(null);
  const cast = (next: Ballot) => setError(onCast(next));
  const hasVote =
    !!ballot && (ballot.kind === 'stippen' ? Object.values(ballot.dots).some((n) => n > 0) : ballot.ranking.length > 0);
  return (
    <section className="ws-voting" aria-labelledby="stemmen-kop">
      <h2 id="stemmen-kop">Stemmen</h2>
      <p className="ws-hint">
        {settings.votingMode === 'stippen'
          ? 'Verdeel je stippen over wat jij het belangrijkst vindt. Je mag meer stippen op één punt zetten.'
          : 'Kies wat jij het belangrijkst vindt, tot 10 punten, en zet het belangrijkste bovenaan.'}
      </p>
      <p role="status" className="ws-saved">
        {hasVote ? (connected ? 'Je stem is opgeslagen.' : 'Geen verbinding: je stem wordt verstuurd zodra de verbinding terug is.') : ''}
      </p>
      <AlertRegion message={error} />
      {items.length === 0 ? (
        <p className="empty">Er is nog niets om op te stemmen.</p>
      ) : settings.votingMode === 'stippen' ? (
        <DotVoting items={items} ballot={ballot} total={settings.dots} onCast={cast} />
      ) : (
        <RankVoting items={items} ballot={ballot} onCast={cast} />
      )}
    </section>
  );
}
