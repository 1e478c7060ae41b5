import { useEffect } from 'react';
import type { SignedInUser } from '../../shared/auth/me.ts';
import { can } from '../../shared/auth/roles.ts';
import type { SliceRow, WorkshopInfo } from '../../shared/workshop/types.ts';
import { closeMessage } from '../doc-session/connection-state.ts';
import type { ConnectionState } from '../doc-session/connection-state.ts';
import { useWorkshopSession } from './use-session.ts';
import { useWorkshopInfo } from './use-workshop-info.ts';
import { useSliceFollow } from './use-slice-follow.ts';
import { useLiveTally } from './use-live-tally.ts';
import type { WorkshopLive } from './session.ts';
import { rowHeading } from './rows.ts';
import { AudienceJoin } from './AudienceJoin.tsx';
import { AudienceCards } from './AudienceCards.tsx';
import { AudienceTally } from './AudienceTally.tsx';
import { AudienceClock } from './AudienceClock.tsx';
import './workshop.css';
import './audience.css';

/**
 * The audience screen on the projector: what the room reads, nothing to click. It follows the
 * same werkatelier session as the facilitator's control screen, which opens it in a window of
 * its own; it never writes to the werkatelier.
 */
export function AudienceScreen({ workshopId, me }: { workshopId: string; me: SignedInUser }) {
  const { info, slice, error, reloadSlice } = useWorkshopInfo(workshopId, true);
  const facilitates = !!info && can(me.grants, info.programmeId, 'facilitate');

  useEffect(() => {
    document.title = `${info?.title ?? 'Werkatelier'} – scherm – Koers`;
  }, [info]);

  if (error) return <AudienceMessage title="Werkatelier" text={error.message} alert />;
  if (!info) return <AudienceMessage title="Werkatelier" text="Even laden…" />;
  if (info.status === 'closed') return <AudienceMessage title={info.title} text="Het werkatelier is gesloten. Bedankt voor jullie inbreng!" />;
  if (!facilitates) return <AudienceMessage title={info.title} text="Dit scherm is voor de facilitator van het werkatelier." alert />;
  return <AudienceLive info={info} slice={slice} reloadSlice={reloadSlice} />;
}

function AudienceLive({ info, slice, reloadSlice }: { info: WorkshopInfo; slice: SliceRow[] | null; reloadSlice(): void }) {
  const { session, live, connection } = useWorkshopSession(info.id, true);
  useSliceFollow(live, slice, reloadSlice);
  if (session?.isClosed(live, connection)) return <AudienceMessage title={info.title} text="Het werkatelier is gesloten. Bedankt voor jullie inbreng!" />;
  if (!live || !slice) return <AudienceMessage title={info.title} text={connectionText(connection) ?? 'Verbinden met het werkatelier…'} />;
  return <AudienceBody info={info} live={live} slice={slice} connection={connection} />;
}

function AudienceBody({ info, live, slice, connection }: { info: WorkshopInfo; live: WorkshopLive; slice: SliceRow[]; connection: ConnectionState }) {
  const { settings } = live;
  const { items, entries, voted } = useLiveTally(slice, live);
  const focused = settings.focusRowId ? slice.find((r) => r.id === settings.focusRowId) ?? null : null;
  // Nothing in focus: the room sees what the werkatelier is about, the first row of its slice.
  const shown = focused ?? slice[0] ?? null;
  const problem = connectionText(connection);
  return (
    <main id="inhoud" className="ws-audience">
      <header className="ws-audience-head">
        <h1>{info.title}</h1>
        {problem && (
          <p className="ws-audience-banner" role="status">
            {problem}
          </p>
        )}
        <AudienceClock endsAt={settings.timerEndsAt} />
      </header>
      <section className={`ws-audience-focus${focused ? ' ws-audience-focused' : ''}`} aria-labelledby="scherm-focus-kop">
        <h2 id="scherm-focus-kop">{shown ? `${focused ? 'Nu in focus' : 'Onderwerp'}: ${rowHeading(shown)}` : 'Onderwerp'}</h2>
        {shown && <p className="ws-audience-focus-text">{shown.text}</p>}
      </section>
      <AudienceJoin workshopId={info.id} code={info.code} joinUrl={info.joinUrl} participants={live.participants.length} />
      <div className="ws-audience-lower">
        <AudienceCards cards={live.cards} rows={slice} />
        <AudienceTally entries={entries} items={items} settings={settings} voted={voted} participants={live.participants.length} />
      </div>
    </main>
  );
}

function connectionText(connection: ConnectionState): string | null {
  switch (connection.kind) {
    case 'connected':
    case 'connecting':
      return null;
    case 'reconnecting':
      return 'Verbinding wordt hersteld…';
    case 'offline':
      return 'Geen internetverbinding.';
    case 'closed':
      return closeMessage(connection.code, connection.reason);
  }
}

function AudienceMessage({ title, text, alert }: { title: string; text: string; alert?: boolean }) {
  return (
    <main id="inhoud" className="ws-audience ws-audience-message">
      <h1>{title}</h1>
      <p role={alert ? 'alert' : 'status'}>{text}</p>
    </main>
  );
}
