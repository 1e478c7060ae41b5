import type { TallyEntry, VoteItem, WorkshopSettings } from '../../shared/workshop/types.ts';
import { formatNumber } from '../../shared/text/dutch.ts';
import { RankCell } from './TieMark.tsx';

/** The top of the running count that fits the projector; the control screen has the whole list. */
const SHOWN = 4;

/** The running count for the room: place (ties said in words), code, text and score. */
export function AudienceTally({
  entries,
  items,
  settings,
  voted,
  participants,
}: {
  entries: readonly TallyEntry[];
  items: readonly VoteItem[];
  settings: WorkshopSettings;
  voted: number;
  participants: number;
}) {
  const byId = new Map(items.map((i) => [i.id, i]));
  const lines = entries.filter((e) => e.score > 0 && byId.has(e.itemId)).slice(0, SHOWN);
  const unit = settings.votingMode === 'stippen' ? ['stip', 'stippen'] : ['punt', 'punten'];
  return (
    <section className="ws-audience-tally" aria-labelledby="scherm-telling-kop">
      <h2 id="scherm-telling-kop">Tussenstand</h2>
      <p className="ws-audience-voted">
        {settings.votingOpen ? 'Stemmen is open. ' : voted === 0 ? 'Stemmen is nog niet open. ' : 'Stemmen is gesloten. '}
        {voted > 0 && `${formatNumber(voted)} van ${formatNumber(participants)} hebben gestemd.`}
      </p>
      {lines.length > 0 && (
        <ol className="ws-audience-ranking">
          {lines.map((entry) => {
            const item = byId.get(entry.itemId)!;
            return (
              <li key={entry.itemId} data-item-id={entry.itemId}>
                <span className="ws-audience-place">
                  <RankCell rank={entry.rank} tied={entry.tied} />
                </span>
                <span className="ws-audience-item">
                  {item.code ? <strong>{item.code}</strong> : <strong>Voorstel</strong>} {item.text}
                </span>
                <span className="ws-audience-score">
                  {formatNumber(entry.score)} {entry.score === 1 ? unit[0] : unit[1]}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
