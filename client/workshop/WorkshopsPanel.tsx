import { useCallback, useEffect, useState } from 'react';
import type { SignedInUser } from '../../shared/auth/me.ts';
import { can } from '../../shared/auth/roles.ts';
import type { Programme } from '../../shared/model/types.ts';
import type { WorkshopInfo } from '../../shared/workshop/types.ts';
import { fetchProgramme, listWorkshops, presenterHref } from './api.ts';
import { formatDate } from '../../shared/text/dutch.ts';
import { loadWhileShown, messageOf } from './load.ts';
import { scopeLabel } from './scope.ts';
import { StartWorkshopForm } from './StartWorkshopForm.tsx';
import { ClosedWorkshop } from './ClosedWorkshop.tsx';
import './workshop.css';

/** The werkateliers of one programme: start one, open the presenter, read outcomes and feedback. */
export function WorkshopsPanel({ documentId, me }: { documentId: string; me: SignedInUser }) {
  const [programme, setProgramme] = useState<Programme | null>(null);
  const [workshops, setWorkshops] = useState<WorkshopInfo[] | null>(null);
  const [expanded, setExpanded] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const facilitates = can(me.grants, documentId, 'facilitate');
  const edits = can(me.grants, documentId, 'edit');
  const mayProcess = facilitates || edits;

  const [programmeRound, setProgrammeRound] = useState(0);
  const reloadProgramme = useCallback(() => setProgrammeRound((n) => n + 1), []);

  useEffect(
    () => loadWhileShown((signal) => fetchProgramme(documentId, signal), setProgramme, (e) => setError(messageOf(e, 'Het programma kon niet worden geladen.'))),
    [documentId, programmeRound],
  );
  useEffect(
    () =>
      loadWhileShown(
        (signal) => listWorkshops(documentId, signal),
        (list) => setWorkshops([...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt))),
        (e) => setError(messageOf(e, 'De werkateliers konden niet worden geladen.')),
      ),
    [documentId],
  );

  return (
    <section className="ws-panel" aria-labelledby="werkateliers-kop">
      <h2 id="werkateliers-kop">Werkateliers</h2>
      <p className="muted">
        In een werkatelier geven inwoners, ervaringsdeskundigen en partners hun inbreng en stemmen ze over de resultaten.
      </p>
      {error && (
        <p role="alert" className="ws-error">
          {error}
        </p>
      )}
      {facilitates && <StartWorkshopForm documentId={documentId} programme={programme} mayGrant={edits} onStarted={(info) => (window.location.hash = presenterHref(info.id))} />}
      <h3>Overzicht</h3>
      {!workshops ? (
        !error && <p role="status">Even laden…</p>
      ) : workshops.length === 0 ? (
        <p className="empty">Er zijn nog geen werkateliers voor dit programma.</p>
      ) : (
        <ul className="ws-list">
          {workshops.map((w) => {
            const open = expanded === w.id;
            return (
              <li key={w.id} className="ws-list-item" data-workshop-id={w.id}>
                <div className="ws-list-head">
                  <h4>{w.title}</h4>
                  <span className={`ws-status-tag ws-status-${w.status}`}>{w.status === 'open' ? 'Open' : 'Gesloten'}</span>
                </div>
                <dl className="ws-facts">
                  <div>
                    <dt>Onderwerp</dt>
                    <dd>{scopeLabel(w.scope, programme)}</dd>
                  </div>
                  <div>
                    <dt>Datum</dt>
                    <dd>{formatDate(w.createdAt)}</dd>
                  </div>
                  <div>
                    <dt>Deelnemers</dt>
                    <dd data-testid="workshop-participants">{w.participantCount}</dd>
                  </div>
                </dl>
                {w.status === 'open' ? (
                  facilitates && (
                    <a className="button" href={presenterHref(w.id)}>
                      Presentatie openen<span className="sr-only">: {w.title}</span>
                    </a>
                  )
                ) : (
                  <button type="button" className="button" aria-expanded={open} onClick={() => setExpanded(open ? null : w.id)}>
                    {open ? 'Uitkomst verbergen' : 'Uitkomst bekijken'}
                    <span className="sr-only">: {w.title}</span>
                  </button>
                )}
                {open && (
                  <ClosedWorkshop info={w} workshops={workshops} programme={programme} mayProcess={mayProcess} mayChange={edits || (w.editGrant && facilitates)} onProgrammeChanged={reloadProgramme} />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
