import { useEffect, useState } from 'react';
import { managesAnything } from '../../shared/auth/roles.ts';
import { formatNumber } from '../../shared/text/dutch.ts';
import { BudgetCards } from '../budget/BudgetCards.tsx';
import { fetchDocuments, type DocumentSummary } from '../app/api.ts';
import { programmeHref, usersHref } from '../app/route.ts';
import { useSignedIn } from '../auth/auth-context.ts';
import { SignOutButton, WhoAmI } from '../auth/SignOutButton.tsx';
import { NewProgrammeButton } from '../programmes/NewProgrammeButton.tsx';
import { ProgrammeCardActions } from '../programmes/ProgrammeCardActions.tsx';
import { groupProgrammes } from '../programmes/group-programmes.ts';
import { CardFindings } from './CardFindings.tsx';
import { CardProgress } from './CardProgress.tsx';
import { RoleOnCard } from './RoleOnCard.tsx';
import './overview.css';

type State =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; documents: DocumentSummary[] };

export function Overview() {
  const { me } = useSignedIn();
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    document.title = 'Overzicht – Koers';
  }, []);

  // Each retry is a new attempt: the effect fetches per attempt, so state is only set from the
  // fetch's callbacks and a retry's "laden" comes from the click, not from the effect.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    fetchDocuments(controller.signal)
      .then((documents) => setState({ status: 'ready', documents }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [attempt]);
  const reload = () => setAttempt((n) => n + 1);
  const retry = () => {
    setState({ status: 'loading' });
    reload();
  };

  return (
    <>
      <a className="skip-link" href="#inhoud" onClick={skipTo}>
        Naar de inhoud
      </a>
      <header className="topbar">
        <span className="brand">Koers</span>
        <span className="topbar-title">Overzicht</span>
        <div className="topbar-right">
          {managesAnything(me.grants) && (
            <a className="button small" href={usersHref}>
              Gebruikers
            </a>
          )}
          <WhoAmI />
          <SignOutButton />
        </div>
      </header>
      <main id="inhoud" tabIndex={-1} className="overview">
        <h1>Uitvoeringsprogramma&apos;s</h1>
        <p className="lead">Kies een programma om de doelen, indicatoren en resultaten samen te bewerken.</p>
        <NewProgrammeButton grants={me.grants} />
        {state.status === 'loading' && (
          <p role="status" className="muted">
            Programma&apos;s laden…
          </p>
        )}
        {state.status === 'error' && (
          <div role="alert" className="notice error">
            <p>Het overzicht kon niet worden geladen. {state.message}</p>
            <button type="button" className="button" onClick={retry}>
              Opnieuw proberen
            </button>
          </div>
        )}
        {state.status === 'ready' && state.documents.length === 0 && me.grants.length === 0 && (
          <p className="notice info" role="status">
            Je account wacht op rechten. Een beheerder van Koers geeft je een rol per programma; daarna zie je hier je programma&apos;s.
          </p>
        )}
        {state.status === 'ready' && state.documents.length === 0 && me.grants.length > 0 && (
          <p>Er zijn nog geen programma&apos;s waar je toegang toe hebt. Vraag een beheerder om een rol.</p>
        )}
        {state.status === 'ready' && groupProgrammes(state.documents).map((group) => (
          <section key={group.key} className="programme-group" aria-labelledby={group.key}>
          <p id={group.key} className="programme-group-title">{group.title}</p>
          <ul className="cards">
            {group.documents.map((doc) => (
              <li key={doc.id} className="card">
                <h2>
                  <a href={programmeHref(doc.id)}>{doc.name}</a>
                </h2>
                {doc.period && <p className="card-period">Periode {doc.period}</p>}
                <RoleOnCard grants={me.grants} documentId={doc.id} />
                <ProgrammeCardActions documentId={doc.id} name={doc.name} archived={doc.archived} grants={me.grants} onChanged={reload} />
                {doc.connected !== null && (
                  <p className="card-presence">
                    {doc.connected === 0
                      ? 'Nu door niemand geopend'
                      : `Nu geopend in ${formatNumber(doc.connected)} ${doc.connected === 1 ? 'venster' : 'vensters'}`}
                  </p>
                )}
                <CardFindings documentId={doc.id} />
                <CardProgress status={doc.indicatorStatus} lastChange={doc.lastChange} />
                {doc.counts.length > 0 && (
                  <dl className="card-counts">
                    {doc.counts.map((c) => (
                      <div key={c.key} className={c.key === 'orphans' ? 'card-count-orphans' : undefined}>
                        <dt>{c.label}</dt>
                        <dd>{formatNumber(c.value)}</dd>
                      </div>
                    ))}
                  </dl>
                )}
              </li>
            ))}
          </ul>
          </section>
        ))}
        <BudgetCards grants={me.grants} />
      </main>
    </>
  );
}

/** Moves keyboard focus to the main region without touching the hash route. */
export function skipTo(event: React.MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  const main = document.getElementById('inhoud');
  main?.focus();
}
