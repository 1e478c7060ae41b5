/**
 * The top bar, one row at 1440 px: programme, which version is shown (the current one, or a
 * frozen one in a clearly different colour with its name, status and date, and a way back), the
 * connection, who is here, undo/redo, versions, export and the problems panel; the rest (freezing
 * a version, werkateliers, import, shortcuts, the account) is under "Meer". The period is on the
 * status line below.
 */
import { useRef, useState } from 'react';
import type { VersionInfo } from '../../shared/history/index.ts';
import { CURRENT_IN_ROUTE, overviewHref, programmeHref, type ProgrammeView } from '../app/route.ts';
import { formatDate } from '../../shared/text/dutch.ts';
import { statusLabel } from '../history/VersionsView.tsx';
import { LevelIcon } from '../validation/LevelIcon.tsx';
import { summaryText } from '../validation/ProblemsPanel.tsx';
import type { FindingIndex } from '../validation/finding-index.ts';
import { Avatars } from './Avatars.tsx';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { LockIcon } from './Icons.tsx';
import { ariaKeys, buttonTitle } from '../actions/registry.ts';
import { redoCommand, undoCommand } from '../actions/history-commands.ts';
import type { Session } from './session.ts';
import { SIDE_PANEL_ID } from './SidePanel.tsx';
import { useStore } from './store.ts';
import { useTopbarHeight } from './use-topbar-height.ts';
import { ExportMenu } from '../transfer/ExportMenu.tsx';
import { ImportDialog } from '../transfer/ImportDialog.tsx';
import { SignOutButton, WhoAmI } from '../auth/SignOutButton.tsx';
import { MoreMenu } from './MoreMenu.tsx';
import { readOnlyNote, useCan } from './rights.ts';

export function versionTitle(v: VersionInfo): string {
  return `${v.name} (${statusLabel(v)}, ${formatDate(v.date)})`;
}

/**
 * How a frozen version is headed: a concept is a concept, only a version adopted by the college
 * or the raad is "vastgesteld"; the others (ASD-advies, jaarplan, rapportage) are "vastgelegd".
 */
function frozenHeading(v: Pick<VersionInfo, 'name' | 'status' | 'date'>): string {
  if (v.status === 'concept') return `Concept: ${v.name} (${formatDate(v.date)})`;
  const kind = v.status === 'college-vastgesteld' || v.status === 'raad-vastgesteld' ? 'Vastgestelde versie' : 'Vastgelegde versie';
  return `${kind}: ${v.name} (${statusLabel(v)}, ${formatDate(v.date)})`;
}

export function TopBar({
  session,
  title,
  view,
  problemsOpen,
  onProblems,
  helpOpen,
  onHelp,
  onNewVersion,
  findings,
  validationReady,
}: {
  session: Session;
  title: string;
  view: ProgrammeView;
  problemsOpen: boolean;
  onProblems(): void;
  helpOpen: boolean;
  onHelp(): void;
  onNewVersion(): void;
  findings: FindingIndex;
  validationReady: boolean;
}) {
  const connection = useStore(session.connection);
  const peers = useStore(session.peers);
  const selfColor = useStore(session.selfColor);
  const undoState = useStore(session.undoState);
  useStore(session.versions.versions);
  const canEdit = useCan('edit');
  const canComment = useCan('comment');
  const editing = canEdit && (view.kind === 'live' || (view.kind === 'diff' && view.to === CURRENT_IN_ROUTE));
  const mode = view.kind === 'version' ? 'frozen' : view.kind === 'diff' ? 'comparing' : 'live';
  const headerRef = useRef<HTMLElement>(null);
  useTopbarHeight(headerRef);
  const [importOpen, setImportOpen] = useState(false);

  return (
    <header ref={headerRef} className={`topbar topbar-${mode}`}>
      <a className="brand" href={overviewHref}>
        <span aria-hidden="true">←</span> Overzicht
      </a>
      <h1 className="topbar-title" title={title}>
        {title}
      </h1>
      <VersionShown session={session} view={view} />
      {!canEdit && (
        <span className="read-only-note" role="note">
          <LockIcon /> {readOnlyNote(canComment)}
        </span>
      )}
      <div className="topbar-right">
        <ConnectionStatus state={connection} />
        <Avatars self={{ ...session.identity, color: selfColor }} peers={peers} />
        {editing && (
          <div className="history-buttons" role="group" aria-label="Ongedaan maken en opnieuw">
            <button
              type="button"
              className="button small icon-button"
              onClick={() => session.undo(false)}
              aria-disabled={!undoState.canUndo}
              aria-keyshortcuts={ariaKeys(undoCommand)}
              title={buttonTitle(undoCommand)}
            >
              <span aria-hidden="true">↶</span>
              <span className="sr-only">{undoCommand.label}</span>
            </button>
            <button
              type="button"
              className="button small icon-button"
              onClick={() => session.redo(false)}
              aria-disabled={!undoState.canRedo}
              aria-keyshortcuts={ariaKeys(redoCommand)}
              title={buttonTitle(redoCommand)}
            >
              <span aria-hidden="true">↷</span>
              <span className="sr-only">{redoCommand.label}</span>
            </button>
          </div>
        )}
        <a className="button small" href={programmeHref(session.documentId, { kind: 'versions' })} aria-current={view.kind === 'versions' ? 'page' : undefined}>
          Versies
        </a>
        <a className="button small" href={programmeHref(session.documentId, { kind: 'progress' })} aria-current={view.kind === 'progress' ? 'page' : undefined}>
          Voortgang
        </a>
        <ExportMenu view={view} />
        <button
          type="button"
          className="button small problems-toggle"
          aria-expanded={problemsOpen}
          aria-controls={SIDE_PANEL_ID}
          onClick={onProblems}
        >
          Problemen
          {validationReady && (
            <span className="problems-toggle-counts">
              <span aria-hidden="true">
                <LevelIcon level="error" /> {findings.counts.error} <LevelIcon level="warning" /> {findings.counts.warning}
              </span>
              <span className="sr-only">: {summaryText(findings.counts)}</span>
            </span>
          )}
        </button>
        <MoreMenu>
          {canEdit && (
            <button type="button" className="button small" onClick={onNewVersion}>
              Versie vastleggen…
            </button>
          )}
          <a
            className="button small"
            href={programmeHref(session.documentId, { kind: 'workshops' })}
            aria-current={view.kind === 'workshops' ? 'page' : undefined}
          >
            Werkateliers
          </a>
          {/* A frozen version cannot take an import, nor a role without 'edit'; the current one (also while compared) can. */}
          {editing && (
            <button type="button" className="button small" aria-haspopup="dialog" onClick={() => setImportOpen(true)}>
              Importeren…
            </button>
          )}
          <button type="button" className="button small" aria-expanded={helpOpen} aria-controls="sneltoetsen" onClick={onHelp}>
            Sneltoetsen
          </button>
          <div className="more-menu-account">
            <WhoAmI avatar={false} />
            <SignOutButton />
          </div>
        </MoreMenu>
      </div>
      <ImportDialog session={session} open={importOpen} onClose={() => setImportOpen(false)} />
    </header>
  );
}

function VersionShown({ session, view }: { session: Session; view: ProgrammeView }) {
  const back = (
    <a className="version-back" href={programmeHref(session.documentId)}>
      Terug naar de huidige versie
    </a>
  );
  const name = (ref: string) => {
    if (ref === CURRENT_IN_ROUTE) return 'Huidige versie';
    const v = session.versions.find(ref);
    return v ? versionTitle(v) : 'versie';
  };
  switch (view.kind) {
    case 'live':
      return <span className="version-shown live">Huidige versie</span>;
    case 'versions':
      return (
        <span className="version-shown live">
          Versies · {back}
        </span>
      );
    case 'workshops':
      return (
        <span className="version-shown live">
          Werkateliers · {back}
        </span>
      );
    case 'progress':
      return (
        <span className="version-shown live">
          Voortgang · {back}
        </span>
      );
    case 'version': {
      const v = session.versions.find(view.versionId);
      return (
        <span className="version-shown frozen" role="status">
          <LockIcon /> <strong>{v ? frozenHeading(v) : 'Vastgelegde versie: laden…'}</strong> · alleen lezen · {back}
        </span>
      );
    }
    case 'diff':
      return (
        <span className="version-shown comparing" role="status">
          <strong>
            Verschillen: {name(view.from)} <span aria-hidden="true">→</span>
            <span className="sr-only"> naar </span> {name(view.to)}
          </strong>{' '}
          · {back}
        </span>
      );
  }
}
