import { useState } from 'react';
import type { Participant } from '../../shared/workshop/types.ts';
import { removeParticipant } from './api.ts';
import { AlertRegion } from './AlertRegion.tsx';
import { messageOf } from './load.ts';

/**
 * Who is in the room, live, and the facilitator's way to take someone out: their ballot stops
 * counting and their phone is disconnected; their cards stay (remove those one by one if needed).
 * Also says whether this werkatelier may change the programme, so nobody is surprised later.
 */
export function ParticipantsPanel({ workshopId, participants, editGrant }: { workshopId: string; participants: readonly Participant[]; editGrant: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const remove = async (participant: Participant) => {
    setBusy(participant.id);
    setError(null);
    try {
      await removeParticipant(workshopId, participant.id);
    } catch (e) {
      setError(messageOf(e, `${participant.name} verwijderen lukte niet.`));
    } finally {
      setBusy(null);
    }
  };

  return (
    <details className="ws-participants-panel">
      <summary>Deelnemers ({participants.length})</summary>
      <p className="hint">
        {editGrant
          ? 'Facilitators mogen kaarten van dit werkatelier in de tabel verwerken.'
          : 'Kaarten in de tabel verwerken doet een redacteur; facilitators leggen vast wat er niet mee gebeurt.'}
      </p>
      <AlertRegion message={error} />
      {participants.length === 0 ? (
        <p className="empty">Nog niemand doet mee.</p>
      ) : (
        <ul className="ws-participant-list">
          {participants.map((p) => (
            <li key={p.id}>
              <span>{p.name}</span>
              <button type="button" className="ws-button small" disabled={busy === p.id} onClick={() => void remove(p)}>
                Verwijderen<span className="sr-only"> deelnemer {p.name}: stem telt niet meer, kaarten blijven</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
