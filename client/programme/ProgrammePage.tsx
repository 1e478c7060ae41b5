/**
 * The programme screen: top bar, rail with goals, the tables in the document's order, and the
 * side panel. The live session stays open whichever view is shown: the current version, the
 * versions timeline, a frozen version (read-only) or the differences between two.
 */
import { useCallback, useEffect, useEffectEvent, useMemo, useState } from 'react';
import type { SignedInUser } from '../../shared/auth/me.ts';
import { rightsFor, type Right } from '../../shared/auth/roles.ts';
import { identityOf } from '../app/identity.ts';
import { CURRENT_IN_ROUTE, type ProgrammeView } from '../app/route.ts';
import { useSignedIn } from '../auth/auth-context.ts';
import { WorkshopsPanel } from '../workshop/WorkshopsPanel.tsx';
import { skipTo } from '../overview/Overview.tsx';
import { ClashesContext, indexClashes } from '../clash/clash-index.ts';
import { ClashList } from '../clash/ClashNotice.tsx';
import { CommentsContext, indexComments } from '../comments/comment-index.ts';
import { CommentsPanel } from '../comments/CommentsPanel.tsx';
import { ChangeRequestDialog } from '../council/ChangeRequestDialog.tsx';
import { HistoryPanel } from '../history/HistoryPanel.tsx';
import { VersionDialog } from '../history/VersionDialog.tsx';
import { VersionsView } from '../history/VersionsView.tsx';
import { FindingsContext, indexFindings } from '../validation/finding-index.ts';
import { FindingTooltip } from '../validation/FindingTooltip.tsx';
import { ProblemsPanel } from '../validation/ProblemsPanel.tsx';
import { useVersionFindings } from '../validation/use-version-findings.ts';
import { Places } from '../validation/places.ts';
import { MeasurementsPanel } from '../monitoring/MeasurementsPanel.tsx';
import { ProgressDashboard } from '../monitoring/ProgressDashboard.tsx';
import { ProgressContext, indexProgress } from '../monitoring/ProgressContext.ts';
import { FindBar } from '../find/FindBar.tsx';
import { useFind } from '../find/use-find.ts';
import { CostContext } from '../budget/cost-column.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { isTextEntry } from './keys.ts';
import { historyCommandFor } from '../actions/registry.ts';
import { Notices } from './Notices.tsx';
import { placeLabel } from './place-label.ts';
import { PresenceContext, indexPresence } from './presence.ts';
import { ProgrammeContent } from './ProgrammeContent.tsx';
import { ConnectionBanner } from '../doc-session/ConnectionBanner.tsx';
import { Session } from './session.ts';
import { OpenWhileShown, useOpenWhileShown } from '../doc-session/use-open-while-shown.ts';
import { SessionContext } from './SessionContext.ts';
import { ShortcutHelp } from './ShortcutHelp.tsx';
import { SidePanel, type PanelTab } from './SidePanel.tsx';
import { Store, useStore } from './store.ts';
import { TopBar } from './TopBar.tsx';
import { DiffView, VersionView } from './VersionViews.tsx';
import { ARCHIVED, EDITABLE, READ_ONLY_ROLE, ViewModeContext } from './view-mode.ts';
import { useCan } from './rights.ts';
import { RailOpenContext, usePanelOpen } from './panel-memory.ts';
import { LiveHeaders } from '../programmes/LiveHeaders.tsx';
import { ProgrammeStatusLine } from '../programmes/ProgrammeStatusLine.tsx';
import { useArchiveMark } from '../programmes/use-programme-meta.ts';
import './programme.css';
import { registerGridModules } from '../grid/setup.ts';

// AG Grid is loaded with this page (App.tsx loads the page on demand), never on a participant's phone.
registerGridModules();

export function ProgrammePage({ documentId, me, view }: { documentId: string; me: SignedInUser; view: ProgrammeView }) {
  const rights = useMemo(() => rightsFor(me.grants, documentId), [me.grants, documentId]);
  // A new `me` from a refresh must not reopen the document: the session lives as long as the
  // document, the account and its name. Other rights change in place (LiveProgramme). Gaining or
  // losing the edit right opens a fresh session: edits typed in the moment the right went would
  // otherwise stay in this doc, be refused by the server, and block every later update of this
  // page (they build on them).
  const sessionKey = JSON.stringify([documentId, me.id, me.name, rights.has('edit')]);
  return <LiveProgramme key={sessionKey} documentId={documentId} me={me} rights={rights} view={view} />;
}

function LiveProgramme({ documentId, me, rights, view }: { documentId: string; me: SignedInUser; rights: ReadonlySet<Right>; view: ProgrammeView }) {
  const { refresh } = useSignedIn();
  // Opened with the rights of this moment; later changes are handed over below.
  const [opening] = useState(() => new OpenWhileShown(() => new Session(documentId, identityOf(me), rights)));
  const session = useOpenWhileShown(opening);
  useEffect(() => {
    session?.setRights(rights);
  }, [session, rights]);
  // The server closed with 4001 because the roles changed; it reconnects by itself, the screen
  // must learn the new role to offer the right buttons.
  const rightsChanged = useStore(session?.rightsChanged ?? NO_CHANGES);
  const learnNewRole = useEffectEvent(() => void refresh());
  useEffect(() => {
    if (rightsChanged > 0) learnNewRole();
  }, [rightsChanged]);
  if (!session) return null;
  return (
    <SessionContext.Provider value={session}>
      <ProgrammeScreen session={session} view={view} me={me} />
    </SessionContext.Provider>
  );
}

const NO_CHANGES = new Store(0);

function ProgrammeScreen({ session, view, me }: { session: Session; view: ProgrammeView; me: SignedInUser }) {
  const programme = useStore(session.programme);
  // An archived programme is read-only for everyone; the server enforces it, this hides the editors.
  const archived = useArchiveMark(session.doc) !== null;
  const synced = useStore(session.synced);
  const connection = useStore(session.connection);
  const peers = useStore(session.peers);
  const notices = useStore(session.notices);
  const confirmRequest = useStore(session.confirmRequest);
  const unlockRequest = useStore(session.council.request);
  const comments = useStore(session.comments);
  const clashes = useStore(session.clashes.clashes);
  const presence = useMemo(() => indexPresence(peers), [peers]);
  const validation = useStore(session.validation.state);
  const progress = useStore(session.progress.progress);
  const progressIndex = useMemo(() => indexProgress(progress), [progress]);
  const costs = useStore(session.costs.costs);
  const findings = useMemo(() => indexFindings(programme, validation.findings), [programme, validation.findings]);
  // Beside a frozen version the panel shows that version's findings, not today's.
  const versionFindings = useVersionFindings(session, view.kind === 'version' ? view.versionId : null);
  const places = useMemo(() => (programme ? new Places(programme) : null), [programme]);
  const commentIndex = useMemo(() => indexComments(comments), [comments]);
  const clashIndex = useMemo(() => indexClashes(clashes, programme), [clashes, programme]);
  const [helpOpen, setHelpOpen] = useState(false);
  const [panelOpen, setPanelOpen] = usePanelOpen(me.id, 'zijpaneel');
  const [railOpen, setRailOpen] = usePanelOpen(me.id, 'doelenlijst');
  const rail = useMemo(() => ({ open: railOpen, setOpen: setRailOpen }), [railOpen, setRailOpen]);
  const [tab, setTab] = useState<PanelTab>('problemen');
  const [versionDialogOpen, setVersionDialogOpen] = useState(false);
  const canEdit = useCan('edit');
  const editing = canEdit && (view.kind === 'live' || (view.kind === 'diff' && view.to === CURRENT_IN_ROUTE));
  const find = useFind(view.kind === 'live' && programme !== null);

  useEffect(() => {
    document.title = programme ? `${programme.name} – Koers` : 'Programma – Koers';
  }, [programme]);

  // Ctrl+Z / Ctrl+Y undo and redo this user's own changes, except while typing in a field, and
  // not while a frozen version is shown (the change would happen out of sight).
  useEffect(() => {
    if (!editing) return;
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
  }, [editing, session]);

  const toggleProblems = useCallback(() => {
    if (panelOpen && tab === 'problemen') setPanelOpen(false);
    else {
      setTab('problemen');
      setPanelOpen(true);
    }
  }, [panelOpen, tab, setPanelOpen]);

  const closePanel = useCallback(() => {
    setPanelOpen(false);
    document.querySelector<HTMLElement>('.problems-toggle')?.focus();
  }, [setPanelOpen]);

  const openThreads = commentIndex.threads.filter((t) => !t.resolved).length;

  let main;
  switch (view.kind) {
    case 'versions':
      main = <VersionsView session={session} onNewVersion={canEdit ? () => setVersionDialogOpen(true) : null} />;
      break;
    case 'version':
      main = <VersionView session={session} versionId={view.versionId} />;
      break;
    case 'diff':
      main = <DiffView session={session} from={view.from} to={view.to} liveFindings={findings} />;
      break;
    case 'workshops':
      main = (
        <main id="inhoud" tabIndex={-1} className="programme-main workshops-view">
          <WorkshopsPanel documentId={session.documentId} me={me} />
        </main>
      );
      break;
    case 'progress':
      main = programme ? (
        <ProgressDashboard programme={programme} progress={progress} />
      ) : (
        <main id="inhoud" tabIndex={-1} className="programme-main">
          <p role="status" className="muted loading">
            Programma laden…
          </p>
        </main>
      );
      break;
    case 'live':
      main = programme ? (
        <LiveHeaders doc={session.doc}>
          <ProgrammeContent programme={programme} findings={findings} />
        </LiveHeaders>
      ) : (
        <main id="inhoud" tabIndex={-1} className="programme-main">
          {connection.kind === 'closed' ? null : (
            <p role="status" className="muted loading">
              {synced ? 'Dit programma is leeg.' : 'Programma laden…'}
            </p>
          )}
        </main>
      );
      break;
  }
  const withRail = view.kind !== 'versions' && view.kind !== 'workshops' && view.kind !== 'progress' && (view.kind !== 'live' || programme !== null);

  return (
    <PresenceContext.Provider value={presence}>
      <ProgressContext.Provider value={progressIndex}>
      <CostContext.Provider value={costs}>
        <FindingsContext.Provider value={findings}>
          <CommentsContext.Provider value={commentIndex}>
            <ClashesContext.Provider value={clashIndex}>
              <a className="skip-link" href="#inhoud" onClick={skipTo}>
                Naar de inhoud
              </a>
              <TopBar
                session={session}
                title={programme?.name ?? 'Programma'}
                view={view}
                problemsOpen={panelOpen && tab === 'problemen'}
                onProblems={toggleProblems}
                helpOpen={helpOpen}
                onHelp={() => setHelpOpen((open) => !open)}
                onNewVersion={() => setVersionDialogOpen(true)}
                findings={findings}
                validationReady={validation.ready}
              />
              <ConnectionBanner connection={session.connection} />
              <ProgrammeStatusLine doc={session.doc} />
              {helpOpen && <ShortcutHelp id="sneltoetsen" onClose={() => setHelpOpen(false)} />}
              {find.open && programme && <FindBar programme={programme} places={places} returnTo={find.returnTo} onClose={find.close} />}
              <div className={`programme-layout${panelOpen ? ' with-panel' : ''}${withRail ? (railOpen ? '' : ' rail-closed') : ' no-rail'}`}>
                <RailOpenContext.Provider value={rail}>
                  <ViewModeContext.Provider value={archived ? ARCHIVED : canEdit ? EDITABLE : READ_ONLY_ROLE}>{main}</ViewModeContext.Provider>
                </RailOpenContext.Provider>
                {panelOpen && (
                  <SidePanel
                    tab={tab}
                    onTab={setTab}
                    onClose={closePanel}
                    labels={{
                      problemen: 'Problemen',
                      opmerkingen: openThreads > 0 ? `Opmerkingen (${openThreads})` : 'Opmerkingen',
                      geschiedenis: 'Geschiedenis',
                      metingen: 'Metingen',
                    }}
                  >
                    {tab === 'problemen' &&
                      (versionFindings ? (
                        <ProblemsPanel index={versionFindings} ready stale={[]} frozen />
                      ) : (
                        <ProblemsPanel index={findings} ready={validation.ready} stale={validation.stale} />
                      ))}
                    {tab === 'opmerkingen' && <CommentsPanel index={commentIndex} places={places} />}
                    {tab === 'geschiedenis' && <HistoryPanel places={places} />}
                    {tab === 'metingen' && programme && <MeasurementsPanel programme={programme} />}
                  </SidePanel>
                )}
              </div>
              <FindingTooltip />
              <ClashList
                clashes={clashes}
                placeOf={(clash) => {
                  const target = places?.place({ entityId: clash.rowId, field: clash.field }).target ?? null;
                  return { target, label: target ? placeLabel(places, target.rowId, target.colId) : 'een cel' };
                }}
              />
              <Notices notices={notices} onDismiss={(id) => session.dismiss(id)} />
              <ConfirmDialog request={confirmRequest} />
              <ChangeRequestDialog request={unlockRequest} />
              <VersionDialog
                session={session}
                open={versionDialogOpen && canEdit}
                errorCount={findings.counts.error}
                onClose={(created) => {
                  setVersionDialogOpen(false);
                  if (created) session.notify(`Versie “${created.name}” vastgelegd.`, 'info');
                }}
              />
            </ClashesContext.Provider>
          </CommentsContext.Provider>
        </FindingsContext.Provider>
      </CostContext.Provider>
      </ProgressContext.Provider>
    </PresenceContext.Provider>
  );
}
