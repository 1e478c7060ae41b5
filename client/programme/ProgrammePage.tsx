/** The programme screen: top bar, rail with goals, and the tables in the document's order. */
import { useEffect, useMemo, useState } from 'react';
import type { Programme } from '../../shared/model/types.ts';
import type { Identity } from '../app/identity.ts';
import { overviewHref } from '../app/route.ts';
import { skipTo } from '../overview/Overview.tsx';
import { Avatars } from './Avatars.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { GoalSection, goalHeadingId, subGoalHeadingId } from './GoalSection.tsx';
import { historyCommandFor, isTextEntry } from './keys.ts';
import { Notices } from './Notices.tsx';
import { PresenceContext, indexPresence } from './presence.ts';
import { closeMessage, Session } from './session.ts';
import { SessionContext } from './SessionContext.ts';
import { ShortcutHelp } from './ShortcutHelp.tsx';
import { useStore } from './store.ts';

export function ProgrammePage({ documentId, identity }: { documentId: string; identity: Identity }) {
  const [session, setSession] = useState<Session | null>(null);
  useEffect(() => {
    const s = new Session(documentId, identity);
    setSession(s);
    return () => {
      s.destroy();
      setSession(null);
    };
  }, [documentId, identity]);
  if (!session) return null;
  return (
    <SessionContext.Provider value={session}>
      <ProgrammeView session={session} />
    </SessionContext.Provider>
  );
}

function ProgrammeView({ session }: { session: Session }) {
  const programme = useStore(session.programme);
  const synced = useStore(session.synced);
  const connection = useStore(session.connection);
  const peers = useStore(session.peers);
  const selfColor = useStore(session.selfColor);
  const undoState = useStore(session.undoState);
  const notices = useStore(session.notices);
  const confirmRequest = useStore(session.confirmRequest);
  const presence = useMemo(() => indexPresence(peers), [peers]);
  const [helpOpen, setHelpOpen] = useState(false);

  useEffect(() => {
    document.title = programme ? `${programme.name} – Koers` : 'Programma – Koers';
  }, [programme]);

  // Ctrl+Z / Ctrl+Y undo and redo this user's own changes, except while typing in a field.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = historyCommandFor(event);
      if (!command || isTextEntry(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      if (command === 'undo') session.undo();
      else session.redo();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [session]);

  const targetHeader = useMemo(() => {
    const end = /(\d{4})\s*$/.exec(programme?.period ?? '')?.[1];
    return end ? `Streefwaarde ${end}` : 'Streefwaarde';
  }, [programme?.period]);

  return (
    <PresenceContext.Provider value={presence}>
      <a className="skip-link" href="#inhoud" onClick={skipTo}>
        Naar de inhoud
      </a>
      <header className="topbar">
        <a className="brand" href={overviewHref}>
          <span aria-hidden="true">←</span> Overzicht
        </a>
        <h1 className="topbar-title">{programme?.name ?? 'Programma'}</h1>
        {programme?.period && <span className="topbar-period">{programme.period}</span>}
        <div className="topbar-right">
          <ConnectionStatus state={connection} />
          <Avatars self={{ ...session.identity, color: selfColor }} peers={peers} />
          <div className="history-buttons" role="group" aria-label="Geschiedenis">
            <button
              type="button"
              className="button small"
              onClick={() => session.undo(false)}
              aria-disabled={!undoState.canUndo}
              aria-keyshortcuts="Control+Z"
              title="Je eigen laatste wijziging ongedaan maken (Ctrl+Z)"
            >
              <span aria-hidden="true">↶</span> Ongedaan maken
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => session.redo(false)}
              aria-disabled={!undoState.canRedo}
              aria-keyshortcuts="Control+Y Control+Shift+Z"
              title="Opnieuw uitvoeren (Ctrl+Y)"
            >
              <span aria-hidden="true">↷</span> Opnieuw
            </button>
          </div>
          <button
            type="button"
            className="button small"
            aria-expanded={helpOpen}
            aria-controls="sneltoetsen"
            onClick={() => setHelpOpen((open) => !open)}
          >
            Sneltoetsen
          </button>
        </div>
      </header>
      <ConnectionBanner session={session} />
      {helpOpen && <ShortcutHelp id="sneltoetsen" onClose={() => setHelpOpen(false)} />}
      <div className="programme-layout">
        {programme && <Rail programme={programme} />}
        <main id="inhoud" tabIndex={-1} className="programme-main">
          {programme ? (
            <>
              {programme.goals.map((goal) => (
                <GoalSection key={goal.id} goal={goal} targetHeader={targetHeader} />
              ))}
              {programme.goals.length === 0 && <p>Dit programma heeft nog geen doelen.</p>}
            </>
          ) : connection.kind === 'closed' ? null : (
            <p role="status" className="muted loading">
              {synced ? 'Dit programma is leeg.' : 'Programma laden…'}
            </p>
          )}
        </main>
      </div>
      <Notices notices={notices} onDismiss={(id) => session.dismiss(id)} />
      <ConfirmDialog request={confirmRequest} />
    </PresenceContext.Provider>
  );
}

function ConnectionBanner({ session }: { session: Session }) {
  const connection = useStore(session.connection);
  if (connection.kind === 'closed') {
    return (
      <div className="banner error" role="alert">
        <p>
          <strong>Geen verbinding meer.</strong> {closeMessage(connection.code, connection.reason)}{' '}
          <a href={overviewHref}>Naar het overzicht</a>
        </p>
      </div>
    );
  }
  if (connection.kind === 'offline' || connection.kind === 'reconnecting') {
    return (
      <div className="banner warning">
        <p>
          <strong>{connection.kind === 'offline' ? 'Je bent offline.' : 'De verbinding met de server is weg.'}</strong> Je
          kunt doorwerken: je wijzigingen blijven in dit venster en worden verstuurd zodra de verbinding terug is. Sluit
          dit venster niet.
          {connection.kind === 'reconnecting' && connection.message ? ` ${connection.message}` : ''}
        </p>
      </div>
    );
  }
  return null;
}

function Rail({ programme }: { programme: Programme }) {
  const jump = (headingId: string) => {
    const el = document.getElementById(headingId);
    if (!el) return;
    el.setAttribute('tabindex', '-1');
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
  };
  return (
    <nav className="rail" aria-label="Doelen en uitwerkingen">
      <ol>
        {programme.goals.map((goal) => (
          <li key={goal.id}>
            <button type="button" className="rail-goal" onClick={() => jump(goalHeadingId(goal.id))}>
              <span className="rail-text">
                <span className="rail-code">Doel {goal.code}</span> {goal.title}
              </span>
            </button>
            {goal.subGoals.length > 0 && (
              <ol>
                {goal.subGoals.map((sub, i) => (
                  <li key={sub.id}>
                    <button type="button" className="rail-sub" onClick={() => jump(subGoalHeadingId(sub.id))}>
                      <span className="rail-text">
                        <span className="rail-count">{i + 1}.</span> {sub.title || 'Uitwerking zonder titel'}
                      </span>
                    </button>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
