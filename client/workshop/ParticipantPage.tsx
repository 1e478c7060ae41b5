import { useEffect, useMemo } from 'react';
import type { WorkshopParticipant } from '../../shared/auth/me.ts';
import type { Ballot, CardType, SliceRow, WorkshopCard } from '../../shared/workshop/types.ts';
import { CLOSE } from '../../shared/protocol.ts';
import { closeMessage } from '../doc-session/connection-state.ts';
import { addCard, castBallot, checkBallot, removeCard, voteItems } from './contract.ts';
import { joinPageHref } from './api.ts';
import { newId } from './ids.ts';
import { useMe } from './use-me.ts';
import { useWorkshopSession } from './use-session.ts';
import { useWorkshopInfo } from './use-workshop-info.ts';
import { useSliceFollow } from './use-slice-follow.ts';
import { ParticipantRow } from './ParticipantRow.tsx';
import { ParticipantVoting } from './ParticipantVoting.tsx';
import { ThankYou } from './ThankYou.tsx';
import { ScreenMessage } from './ScreenMessage.tsx';
import './workshop.css';

/** The participant's phone: the focused row (or all rows), cards, voting. Nothing else. */
export function ParticipantPage({ workshopId }: { workshopId: string }) {
  const meState = useMe();
  const me = meState.kind === 'known' && meState.me?.kind === 'participant' && meState.me.workshopId === workshopId ? meState.me : null;

  if (meState.kind === 'loading') return <ScreenMessage screen="ws-phone" title="Werkatelier" text="Even laden…" />;
  if (meState.kind === 'error') return <ScreenMessage screen="ws-phone" title="Werkatelier" text={meState.message} alert />;
  if (!me) {
    return (
      <ScreenMessage screen="ws-phone" title="Werkatelier" text="Je doet (nog) niet mee aan dit werkatelier op dit apparaat.">
        <p>
          <a href={joinPageHref()}>Meedoen met een code</a>
        </p>
      </ScreenMessage>
    );
  }
  return <ParticipantView workshopId={workshopId} me={me} />;
}

function ParticipantView({ workshopId, me }: { workshopId: string; me: WorkshopParticipant }) {
  const { session, live, connection } = useWorkshopSession(workshopId);
  const { info, slice, error, reloadSlice } = useWorkshopInfo(workshopId, true);
  useSliceFollow(live, slice, reloadSlice);

  useEffect(() => {
    document.title = `${info?.title ?? 'Werkatelier'} – Koers`;
  }, [info]);

  const items = useMemo(() => (slice && live ? voteItems(slice, live.cards) : []), [slice, live]);
  const closed = !!session && session.isClosed(live, connection);
  if (closed || info?.status === 'closed' || error?.status === 410) return <ThankYou />;
  if (connection.kind === 'closed') {
    const text = connection.code === CLOSE.updateRejected.code
      ? 'De server heeft je laatste wijziging niet aangenomen. Herlaad de pagina om verder te gaan.'
      : closeMessage(connection.code, connection.reason);
    return <ScreenMessage screen="ws-phone" title={info?.title ?? 'Werkatelier'} text={text} alert />;
  }
  if (error) return <ScreenMessage screen="ws-phone" title="Werkatelier" text={error.message} alert />;
  if (!live || !slice || !session) return <ScreenMessage screen="ws-phone" title={info?.title ?? 'Werkatelier'} text="Verbinden met het werkatelier…" />;

  const focused = live.settings.focusRowId ? slice.find((r) => r.id === live.settings.focusRowId) ?? null : null;
  const ownCards = live.cards.filter((c) => c.authorId === me.id);
  const connected = connection.kind === 'connected';

  const place = (row: SliceRow, type: CardType, text: string): string | null => {
    if (!connected) return 'Er is nu geen verbinding. Probeer het zo opnieuw.';
    const card: WorkshopCard = { id: newId(), rowId: row.id, type, text, authorId: me.id, authorName: me.name, createdAt: new Date().toISOString() };
    try {
      addCard(session.doc, card);
      return null;
    } catch (e) {
      return e instanceof Error ? e.message : 'Je kaart kon niet worden geplaatst.';
    }
  };
  const remove = (card: WorkshopCard) => {
    if (card.authorId === me.id) removeCard(session.doc, card.id);
  };
  const cast = (ballot: Ballot): string | null => {
    if (!live.settings.votingOpen) return 'Het stemmen is gesloten.';
    const reason = checkBallot(ballot, live.settings, new Set(items.map((i) => i.id)));
    if (reason) return reason;
    try {
      castBallot(session.doc, me.id, ballot);
      return null;
    } catch (e) {
      return e instanceof Error ? e.message : 'Je stem kon niet worden opgeslagen.';
    }
  };
  const rowProps = (row: SliceRow) => ({
    row,
    ownCards: ownCards.filter((c) => c.rowId === row.id),
    onPlace: place,
    onRemove: remove,
  });

  return (
    <main id="inhoud" className="ws-phone">
      <h1>{info?.title ?? 'Werkatelier'}</h1>
      <p className="ws-hint">Je doet mee als {me.name}.</p>
      {connection.kind !== 'connected' && (
        <p className="ws-banner" role="status">
          Geen verbinding met het werkatelier. We proberen het opnieuw…
        </p>
      )}
      {focused ? (
        <div className="ws-focus-block">
          <p className="ws-focus-label">De facilitator laat nu zien:</p>
          <ParticipantRow key={focused.id} large {...rowProps(focused)} />
        </div>
      ) : null}
      {live.settings.votingOpen && (
        <ParticipantVoting items={items} settings={live.settings} ballot={live.ballots[me.id]} connected={connected} onCast={cast} />
      )}
      {!focused && (
        <section aria-labelledby="rijen-kop">
          <h2 id="rijen-kop">Waar gaat het over?</h2>
          <p className="ws-hint">Zet een kaart bij een punt als je een idee, zorg, vraag of voorstel hebt.</p>
          {slice.map((row) => (
            <ParticipantRow key={row.id} large={false} {...rowProps(row)} />
          ))}
        </section>
      )}
    </main>
  );
}
