import { TOP_N, type Ballot, type VoteItem } from '../../shared/workshop/types.ts';
import { choose, move, ownRanking, takeAway } from './ranking.ts';
import { voteItemName } from './vote-item-name.ts';
import { VoteItemText } from './VoteItemText.tsx';

/** Top 10: 'Kies' puts an item at the bottom of your list; 'Hoger'/'Lager' move it. */
export function RankVoting({ items, ballot, onCast }: { items: readonly VoteItem[]; ballot: Ballot | undefined; onCast(ballot: Ballot): void }) {
  const byId = new Map(items.map((i) => [i.id, i]));
  const mine = ownRanking(ballot, new Set(byId.keys()));
  const rest = items.filter((i) => !mine.ranking.includes(i.id));
  const full = mine.ranking.length >= TOP_N;
  return (
    <>
      <p aria-live="polite">
        Je hebt {mine.ranking.length} van de {TOP_N} gekozen.
      </p>
      <h3>Jouw lijst</h3>
      {mine.ranking.length === 0 ? (
        <p className="ws-hint">Nog niets gekozen. Kies hieronder wat jij het belangrijkst vindt.</p>
      ) : (
        <ol className="ws-vote-list ws-my-ranking">
          {mine.ranking.map((id, index) => {
            const item = byId.get(id)!;
            const name = voteItemName(item);
            const up = move(mine, id, -1);
            const down = move(mine, id, 1);
            return (
              <li key={id} className="ws-vote-item" data-item-id={id}>
                <VoteItemText item={item} place={index + 1} />
                <div className="ws-buttons">
                  <button type="button" className="ws-button" disabled={!up} onClick={() => up && onCast(up)}>
                    Hoger<span className="sr-only">: {name}</span>
                  </button>
                  <button type="button" className="ws-button" disabled={!down} onClick={() => down && onCast(down)}>
                    Lager<span className="sr-only">: {name}</span>
                  </button>
                  <button type="button" className="ws-button" onClick={() => { const next = takeAway(mine, id); if (next) onCast(next); }}>
                    Weghalen<span className="sr-only">: {name}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {rest.length > 0 && (
        <>
          <h3>Kies uit</h3>
          <ul className="ws-vote-list">
            {rest.map((item) => {
              const next = choose(mine, item.id);
              return (
                <li key={item.id} className="ws-vote-item" data-item-id={item.id}>
                  <VoteItemText item={item} />
                  <button type="button" className="ws-button" disabled={!next || full} onClick={() => next && onCast(next)}>
                    Kies<span className="sr-only">: {voteItemName(item)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
