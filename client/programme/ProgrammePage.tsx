/** The programme screen: top bar, rail with goals, and the tables in the document's order. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
import { FindingsContext, indexFindings, type FindingIndex } from '../validation/finding-index.ts';
import { FindingTooltip } from '../validation/FindingTooltip.tsx';
import { LevelIcon } from '../validation/LevelIcon.tsx';
import { PROBLEMS_PANEL_ID, ProblemsPanel, summaryText } from '../validation/ProblemsPanel.tsx';
import { plural } from '../validation/wording.ts';

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
  const validation = useStore(session.validation.state);
  const findings = useMemo(() => indexFindings(programme, validation.findings), [programme, validation.findings]);
  const [helpOpen, setHelpOpen] = useState(false);
  const [problemsOpen, setProblemsOpen] = useState(true);
  const problemsToggleRef = useRef<HTMLButtonElement>(null);
  const closeProblems = useCallback(() => {
    setProblemsOpen(false);
    problemsToggleRef.current?.focus();
  }, []);

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
      <FindingsContext.Provider value={findings}>
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
              ref={problemsToggleRef}
              className="button small problems-toggle"
              aria-expanded={problemsOpen}
              aria-controls={PROBLEMS_PANEL_ID}
              onClick={() => setProblemsOpen((open) => !open)}
            >
              Problemen
              {validation.ready && (
                <span className="problems-toggle-counts">
                  <span aria-hidden="true">
                    <LevelIcon level="error" /> {findings.counts.error} <LevelIcon level="warning" /> {findings.counts.warning}
                  </span>
                  <span className="sr-only">: {summaryText(findings.counts)}</span>
                </span>
              )}
            </button>
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
        <div className={`programme-layout${problemsOpen ? ' with-panel' : ''}`}>
          {programme && <Rail programme={programme} findings={findings} />}
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
          {problemsOpen && (
            <ProblemsPanel index={findings} ready={validation.ready} stale={validation.stale} onClose={closeProblems} />
          )}
        </div>
        <FindingTooltip />
        <Notices notices={notices} onDismiss={(id) => session.dismiss(id)} />
        <ConfirmDialog request={confirmRequest} />
      </FindingsContext.Provider>
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

function Rail({ programme, findings }: { programme: Programme; findings: FindingIndex }) {
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
              <GoalCounts counts={findings.byGoal.get(goal.id)} />
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

/** Open fouten and waarschuwingen of one goal, as icons with numbers (and words for screen readers). */
function GoalCounts({ counts }: { counts: FindingIndex['counts'] | undefined }) {
  if (!counts || (counts.error === 0 && counts.warning === 0)) return null;
  return (
    <span className="rail-findings">
      {counts.error > 0 && (
        <span className="rail-finding error">
          <LevelIcon level="error" /> {counts.error}
        </span>
      )}
      {counts.warning > 0 && (
        <span className="rail-finding warning">
          <LevelIcon level="warning" /> {counts.warning}
        </span>
      )}
      <span className="sr-only">
        {' '}
        ({[counts.error > 0 ? plural(counts.error, 'fout', 'fouten') : null, counts.warning > 0 ? plural(counts.warning, 'waarschuwing', 'waarschuwingen') : null]
          .filter(Boolean)
          .join(', ')}
        )
      </span>
    </span>
  );
}
