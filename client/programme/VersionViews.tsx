/**
 * A frozen version, and the differences between two versions (or a version and now), rendered
 * by the same components as the live programme. A frozen programme is read-only and shows no
 * live findings, comments or cursors; differences against now stay editable and live.
 */
import { useMemo, type ReactNode } from 'react';
import { diffProgrammes } from '../../shared/history/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { CURRENT_IN_ROUTE, programmeHref } from '../app/route.ts';
import { ClashesContext } from '../clash/clash-index.ts';
import { CommentsContext, EMPTY_COMMENTS } from '../comments/comment-index.ts';
import { ChangeList } from '../history/ChangeList.tsx';
import { DiffTooltip } from '../history/DiffMarks.tsx';
import { DiffContext, indexDiff } from '../history/diff-index.ts';
import { useVersionProgramme, type Loaded } from '../history/use-version-programme.ts';
import { EMPTY_INDEX, FindingsContext, type FindingIndex } from '../validation/finding-index.ts';
import { PresenceContext } from './presence.ts';
import { ProgrammeContent } from './ProgrammeContent.tsx';
import type { Session } from './session.ts';
import { versionTitle } from './TopBar.tsx';
import { ViewModeContext } from './view-mode.ts';

const READ_ONLY = { readOnly: true, reason: 'version' } as const;
const NOBODY = new Map();

/** Nothing live on a frozen programme: no cursors, findings, comment markers or clashes. */
function Frozen({ children }: { children: ReactNode }) {
  return (
    <ViewModeContext.Provider value={READ_ONLY}>
      <PresenceContext.Provider value={NOBODY}>
        <FindingsContext.Provider value={EMPTY_INDEX}>
          <CommentsContext.Provider value={EMPTY_COMMENTS}>
            <ClashesContext.Provider value={NOBODY}>{children}</ClashesContext.Provider>
          </CommentsContext.Provider>
        </FindingsContext.Provider>
      </PresenceContext.Provider>
    </ViewModeContext.Provider>
  );
}

function NotReady({ session, loaded }: { session: Session; loaded: Loaded<Programme> }) {
  return (
    <main id="inhoud" tabIndex={-1} className="programme-main">
      {loaded.state === 'error' ? (
        <>
          <p className="field-error" role="alert">
            {loaded.message}
          </p>
          <p>
            <a href={programmeHref(session.documentId, { kind: 'versions' })}>Naar de versies</a>
          </p>
        </>
      ) : (
        <p role="status" className="muted loading">
          Versie laden…
        </p>
      )}
    </main>
  );
}

export function VersionView({ session, versionId }: { session: Session; versionId: string }) {
  const loaded = useVersionProgramme(session, versionId);
  if (loaded.state !== 'ready') return <NotReady session={session} loaded={loaded} />;
  const info = session.versions.find(versionId);
  return (
    <Frozen>
      <ProgrammeContent
        programme={loaded.value}
        findings={EMPTY_INDEX}
        before={
          <p className="frozen-note">
            Je leest {info ? <>de vastgelegde versie “{info.name}”</> : 'een vastgelegde versie'}. Die verandert nooit meer. Wijzigen
            kan in de <a href={programmeHref(session.documentId)}>huidige versie</a>; vergelijken kan via{' '}
            <a href={programmeHref(session.documentId, { kind: 'diff', from: versionId, to: CURRENT_IN_ROUTE })}>
              verschillen met de huidige versie
            </a>
            .
          </p>
        }
      />
    </Frozen>
  );
}

export function DiffView({ session, from, to, liveFindings }: { session: Session; from: string; to: string; liveFindings: FindingIndex }) {
  const before = useVersionProgramme(session, from);
  const after = useVersionProgramme(session, to);
  const old = before.state === 'ready' ? before.value : null;
  const shown = after.state === 'ready' ? after.value : null;
  // Against the current version the list and the marks follow every edit.
  const diff = useMemo(() => (old && shown ? diffProgrammes(old, shown) : null), [old, shown]);
  const index = useMemo(() => (diff && shown ? indexDiff(diff, shown) : null), [diff, shown]);
  if (before.state !== 'ready') return <NotReady session={session} loaded={before} />;
  if (after.state !== 'ready' || !diff || !index) return <NotReady session={session} loaded={after} />;

  const name = (ref: string) => {
    if (ref === CURRENT_IN_ROUTE) return 'de huidige versie';
    const v = session.versions.find(ref);
    return v ? versionTitle(v) : 'de versie';
  };
  const content = (
    <DiffContext.Provider value={index}>
      <ProgrammeContent
        programme={after.value}
        findings={to === CURRENT_IN_ROUTE ? liveFindings : EMPTY_INDEX}
        before={<ChangeList diff={diff} shown={after.value} title={`Wijzigingen van ${name(to)} ten opzichte van ${name(from)}`} />}
      />
      <DiffTooltip />
    </DiffContext.Provider>
  );
  return to === CURRENT_IN_ROUTE ? content : <Frozen>{content}</Frozen>;
}
