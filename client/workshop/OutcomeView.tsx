import { CARD_TYPE_LABELS, VOTING_MODE_LABELS, type WorkshopOutcome } from '../../shared/workshop/types.ts';
import { formatDate, formatTime, plural } from '../../shared/text/dutch.ts';
import { RankingTable } from './RankingTable.tsx';
import { groupCards, rowTitle } from './card-groups.ts';

/** The frozen outcome of a closed werkatelier, as the presenter and the panel show it. */
export function OutcomeView({ outcome, showCards = true, headingLevel = 2 }: { outcome: WorkshopOutcome; showCards?: boolean; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const modeText =
    outcome.votingMode === 'stippen'
      ? `${VOTING_MODE_LABELS.stippen}, ${plural(outcome.dots, 'stip', 'stippen')} per deelnemer`
      : VOTING_MODE_LABELS.top10;
  // The outcome's cards carry their row's code and text, so rows removed since still read well.
  const rows = outcome.cards.map((c) => ({ id: c.rowId, kind: 'result' as const, code: c.rowCode, text: c.rowText, parentId: null }));
  const uniqueRows = rows.filter((row, i) => rows.findIndex((r) => r.id === row.id) === i);
  return (
    <section className="ws-outcome" aria-label={`Uitkomst: ${outcome.title}`}>
      <H>Uitkomst</H>
      <dl className="ws-facts">
        <div>
          <dt>Gesloten op</dt>
          <dd>
            {formatDate(outcome.closedAt)} om {formatTime(outcome.closedAt)}
          </dd>
        </div>
        <div>
          <dt>Deelnemers</dt>
          <dd data-testid="outcome-participants">{outcome.participantCount}</dd>
        </div>
        <div>
          <dt>Stemwijze</dt>
          <dd>{modeText}</dd>
        </div>
      </dl>
      <RankingTable
        caption="Rangorde; gelijk geëindigde punten delen een plaats."
        mode={outcome.votingMode}
        lines={outcome.ranking.map((item) => ({ ...item, itemId: item.id }))}
      />
      {showCards && (
        <>
          <Sub>Kaarten ({outcome.cards.length})</Sub>
          {outcome.cards.length === 0 ? (
            <p className="empty">Er zijn geen kaarten geplaatst.</p>
          ) : (
            groupCards(outcome.cards, uniqueRows).map((group) => (
              <div key={group.rowId} className="ws-card-group">
                <p className="ws-row-title">{rowTitle(group.row)}</p>
                <ul className="ws-cards">
                  {group.cards.map((card) => (
                    <li key={card.id} className={`ws-card ws-card-${card.type}`}>
                      <span className="ws-card-type">{CARD_TYPE_LABELS[card.type]}</span> <span className="ws-card-text">{card.text}</span>{' '}
                      <span className="ws-card-author">— {card.authorName}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ))
          )}
        </>
      )}
    </section>
  );
}
