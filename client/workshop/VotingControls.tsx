import { VOTING_MODE_LABELS, type WorkshopSettings } from '../../shared/workshop/types.ts';
import { plural } from '../../shared/text/dutch.ts';

/** Opening and closing the vote; how people vote was chosen when the werkatelier started. */
export function VotingControls({
  settings,
  voted,
  participants,
  onOpen,
}: {
  settings: WorkshopSettings;
  voted: number;
  participants: number;
  onOpen(open: boolean): void;
}) {
  return (
    <section className="ws-voting-controls" aria-labelledby="stemmen-kop">
      <h2 id="stemmen-kop">Stemmen</h2>
      <p>
        {VOTING_MODE_LABELS[settings.votingMode]}
        {settings.votingMode === 'stippen' && `, ${plural(settings.dots, 'stip', 'stippen')} per deelnemer`}
      </p>
      <p role="status">
        {settings.votingOpen ? 'Stemmen is open.' : 'Stemmen is gesloten.'} {voted} van {participants} {participants === 1 ? 'deelnemer heeft' : 'deelnemers hebben'} gestemd.
      </p>
      <button type="button" className={`ws-button${settings.votingOpen ? '' : ' primary'}`} onClick={() => onOpen(!settings.votingOpen)}>
        {settings.votingOpen ? 'Stemmen sluiten' : 'Stemmen openen'}
      </button>
    </section>
  );
}
