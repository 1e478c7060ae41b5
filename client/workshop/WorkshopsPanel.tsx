import { useEffect, useState } from 'react';
import type { SignedInUser } from '../../shared/auth/me.ts';
import { can } from '../../shared/auth/roles.ts';
import type { Programme } from '../../shared/model/types.ts';
import type { WorkshopInfo, WorkshopOutcome } from '../../shared/workshop/types.ts';
import { fetchOutcome, fetchProgramme, listWorkshops, presenterHref } from './api.ts';
import { formatDate } from './format.ts';
import { scopeLabel } from './scope.ts';
import { StartWorkshopForm } from './StartWorkshopForm.tsx';
import { ClosedWorkshop } from './ClosedWorkshop.tsx';
import './workshop.css';

/** The werkateliers of one programme: start one, open the presenter, read outcomes and feedback. */
export function WorkshopsPanel({ documentId, me }: { documentId: string; me: SignedInUser }) {
  const [programme, setProgramme] = useState<Programme | null>(null);
  const [workshops, setWorkshops] = useState<WorkshopInfo[] | null>(null);
  const [outcomes, setOutcomes] = useState<Record<string, WorkshopOutcome>>({});
  const [outcomeErrors, setOutcomeErrors] = useState<Record<string, string>>({});
  const [expanded, setExpanded] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const facilitates = can(me.grants, documentId, 'facilitate');
  const mayProcess = facilitates || can(me.grants, documentId, 'edit');

  useEffect(() => {
    const abort = new AbortController();
    const fail = (e: unknown) => {
      if (!abort.signal.aborted) setError(e instanceof Error ? e.message : 'De werkateliers konden niet worden geladen.');
    };
    fetchProgramme(documentId, abort.signal).then(setProgramme, fail);
    listWorkshops(documentId, abort.signal).then((list) => {
      setWorkshops([...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
      // The participant count of a closed werkatelier is part of its frozen outcome.
      for (const w of list.filter((w) => w.status === 'closed')) {
        fetchOutcome(w.id, abort.signal).then(
          (o) => setOutcomes((all) => ({ ...all, [w.id]: o })),
          (e: unknown) => {
            if (abort.signal.aborted) return;
            const message = e instanceof Error ? e.message : 'De uitkomst kon niet worden geladen.';
            setOutcomeErrors((all) => ({ ...all, [w.id]: message }));
          },
        );
      }
    }, fail);
    return () => abort.abort();
  }, [documentId]);

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
      {facilitates && <StartWorkshopForm documentId={documentId} programme={programme} onStarted={(info) => (window.location.hash = presenterHref(info.id))} />}
      <h3>Overzicht</h3>
      {!workshops ? (
        !error && <p role="status">Even laden…</p>
      ) : workshops.length === 0 ? (
        <p className="empty">Er zijn nog geen werkateliers voor dit programma.</p>
      ) : (
        <ul className="ws-list">
          {workshops.map((w) => {
            const outcome = outcomes[w.id];
            const open = expanded === w.id;
            const count = outcome?.participantCount ?? participantCountOf(w);
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
                    <dd>{count ?? 'onbekend'}</dd>
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
                {open && outcome && <ClosedWorkshop info={w} outcome={outcome} programme={programme} mayProcess={mayProcess} />}
                {open && !outcome && (outcomeErrors[w.id] ? <p role="alert" className="ws-error">{outcomeErrors[w.id]}</p> : <p role="status">De uitkomst wordt geladen…</p>)}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** A count the server may add to the list later; absent today for open werkateliers. */
function participantCountOf(info: WorkshopInfo): number | null {
  const value = (info as WorkshopInfo & { participantCount?: unknown }).participantCount;
  return typeof value === 'number' ? value : null;
}
