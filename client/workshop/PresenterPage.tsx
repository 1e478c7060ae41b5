import { useEffect, useMemo, useState } from 'react';
import type { SignedInUser } from '../../shared/auth/me.ts';
import { can } from '../../shared/auth/roles.ts';
import type { SliceRow, WorkshopInfo, WorkshopOutcome } from '../../shared/workshop/types.ts';
import { ConnectionStatus } from '../programme/ConnectionStatus.tsx';
import { closeMessage } from '../doc-session/connection-state.ts';
import { removeCard, setFocus, setVoting, startTimer, stopTimer } from './contract.ts';
import { useLiveTally } from './use-live-tally.ts';
import { ApiError, closeWorkshop, fetchOutcome } from './api.ts';
import { loadWhileShown, messageOf } from './load.ts';
import { useWorkshopSession } from './use-session.ts';
import { useWorkshopInfo } from './use-workshop-info.ts';
import { useSliceFollow } from './use-slice-follow.ts';
import type { WorkshopSession, WorkshopLive } from './session.ts';
import { JoinInfo } from './JoinInfo.tsx';
import { TimerPanel } from './TimerPanel.tsx';
import { VotingControls } from './VotingControls.tsx';
import { PresenterRows } from './PresenterRows.tsx';
import { FocusedRow } from './FocusedRow.tsx';
import { LiveCards } from './LiveCards.tsx';
import { LiveTally } from './LiveTally.tsx';
import { CloseControl } from './CloseControl.tsx';
import { ParticipantsPanel } from './ParticipantsPanel.tsx';
import { OutcomeView } from './OutcomeView.tsx';
import { workshopsHref } from './links.ts';
import { ScreenMessage } from './ScreenMessage.tsx';
import { ScreenLink } from './ScreenLink.tsx';
import './workshop.css';

/** The facilitator's control screen on the laptop: focus, timer, voting, cards, tally, closing; the audience screen goes on the projector. */
export function PresenterPage({ workshopId, me }: { workshopId: string; me: SignedInUser }) {
  const { info, slice, error, reloadSlice } = useWorkshopInfo(workshopId, true);
  const [outcome, setOutcome] = useState<WorkshopOutcome | null>(null);
  const [outcomeError, setOutcomeError] = useState<string | null>(null);
  const facilitates = !!info && can(me.grants, info.programmeId, 'facilitate');
  const live = !!info && info.status === 'open' && facilitates && !outcome;

  useEffect(() => {
    document.title = `${info?.title ?? 'Werkatelier'} – presentatie – Koers`;
  }, [info]);

  useEffect(() => {
    if (!info || info.status !== 'closed' || outcome) return;
    return loadWhileShown((signal) => fetchOutcome(info.id, signal), setOutcome, (e) => setOutcomeError(messageOf(e, 'De uitkomst kon niet worden geladen.')));
  }, [info, outcome]);

  if (error) return <ScreenMessage screen="ws-presenter" title="Werkatelier" text={error.message} alert />;
  if (!info) return <ScreenMessage screen="ws-presenter" title="Werkatelier" text="Even laden…" />;
  const back = (
    <p>
      <a href={workshopsHref(info.programmeId)}>Terug naar de werkateliers van dit programma</a>
    </p>
  );
  if (outcome) {
    return (
      <main id="inhoud" className="ws-presenter">
        <header className="ws-presenter-head">
          <h1>{outcome.title}</h1>
          <p className="ws-state">
            <span className="ws-tag">Gesloten</span>
          </p>
        </header>
        <OutcomeView outcome={outcome} />
        {back}
      </main>
    );
  }
  if (info.status === 'closed') return <ScreenMessage screen="ws-presenter" title={info.title} text={outcomeError ?? 'De uitkomst wordt geladen…'} alert={!!outcomeError}>{back}</ScreenMessage>;
  if (!facilitates) {
    return (
      <ScreenMessage screen="ws-presenter" title={info.title} text="Alleen een facilitator kan dit werkatelier presenteren. De uitkomst verschijnt na afloop bij de werkateliers van het programma.">
        {back}
      </ScreenMessage>
    );
  }
  return <LivePresenter info={info} slice={slice} reloadSlice={reloadSlice} enabled={live} onClosed={setOutcome} />;
}

function LivePresenter({
  info,
  slice,
  reloadSlice,
  enabled,
  onClosed,
}: {
  info: WorkshopInfo;
  slice: SliceRow[] | null;
  reloadSlice(): void;
  enabled: boolean;
  onClosed(outcome: WorkshopOutcome): void;
}) {
  const { session, live, connection } = useWorkshopSession(info.id, enabled);
  useSliceFollow(live, slice, reloadSlice);
  const closedElsewhere = !!session && session.isClosed(live, connection);

  // Closed from another window or by the server: show the frozen outcome, not a dead screen.
  useEffect(() => {
    if (!closedElsewhere) return;
    return loadWhileShown((signal) => fetchOutcome(info.id, signal), onClosed, () => {});
  }, [closedElsewhere, info.id, onClosed]);

  const close = async (): Promise<string | null> => {
    try {
      onClosed(await closeWorkshop(info.id));
      return null;
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        // Closed meanwhile (another window of the facilitator): show what was frozen.
        try {
          onClosed(await fetchOutcome(info.id));
          return null;
        } catch {
          // fall through to the first error
        }
      }
      return e instanceof Error ? e.message : 'Sluiten lukte niet.';
    }
  };

  return (
    <main id="inhoud" className="ws-presenter">
      <header className="ws-presenter-head">
        <h1>{info.title}</h1>
        <ConnectionStatus state={connection} />
        <ScreenLink workshopId={info.id} />
        <CloseControl onClose={close} />
      </header>
      {connection.kind === 'closed' && !closedElsewhere && (
        <p className="ws-banner" role="alert">
          {closeMessage(connection.code, connection.reason)}
        </p>
      )}
      {!session || !live || !slice ? (
        <p role="status">Verbinden met het werkatelier…</p>
      ) : (
        <PresenterBody info={info} session={session} live={live} slice={slice} />
      )}
    </main>
  );
}

function PresenterBody({ info, session, live, slice }: { info: WorkshopInfo; session: WorkshopSession; live: WorkshopLive; slice: SliceRow[] }) {
  const { settings } = live;
  const { items, entries, voted } = useLiveTally(slice, live);
  const cardCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const card of live.cards) counts.set(card.rowId, (counts.get(card.rowId) ?? 0) + 1);
    return counts;
  }, [live.cards]);
  const focused = settings.focusRowId ? slice.find((r) => r.id === settings.focusRowId) ?? null : null;
  const doc = session.doc;

  return (
    <>
      <div className="ws-presenter-top">
        <JoinInfo workshopId={info.id} code={info.code} joinUrl={info.joinUrl} participants={live.participants.length} />
        <TimerPanel endsAt={settings.timerEndsAt} onStart={(seconds) => startTimer(doc, seconds)} onStop={() => stopTimer(doc)} />
        <VotingControls settings={settings} voted={voted} participants={live.participants.length} onOpen={(open) => setVoting(doc, { votingOpen: open })} />
      </div>
      <ParticipantsPanel workshopId={info.id} participants={live.participants} editGrant={info.editGrant} />
      {focused && <FocusedRow row={focused} onClear={() => setFocus(doc, null)} />}
      <div className="ws-presenter-main">
        <PresenterRows rows={slice} focusRowId={settings.focusRowId} cardCounts={cardCounts} onFocus={(rowId) => setFocus(doc, rowId)} />
        <div className="ws-presenter-side">
          <LiveTally entries={entries} items={items} mode={settings.votingMode} />
          <LiveCards cards={live.cards} rows={slice} onRemove={(card) => removeCard(doc, card.id)} />
        </div>
      </div>
    </>
  );
}
