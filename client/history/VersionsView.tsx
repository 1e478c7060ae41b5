/**
 * Versies: the frozen versions of this programme as a timeline, newest first, with their status,
 * decision date and document number. Any version opens read-only; any two (or one and the
 * current state) can be compared in the grid and as a list.
 */
import { useId, useState } from 'react';
import { VERSION_STATUS_LABELS, type VersionInfo } from '../../shared/history/index.ts';
import { CURRENT_IN_ROUTE, programmeHref } from '../app/route.ts';
import type { Session } from '../programme/session.ts';
import { useStore } from '../programme/store.ts';
import { formatDate, formatDateTime } from '../../shared/text/dutch.ts';
import './history.css';

/** `onNewVersion` is null when the role may not take versions: the button is then not offered. */
export function VersionsView({ session, onNewVersion }: { session: Session; onNewVersion: (() => void) | null }) {
  const versions = useStore(session.versions.versions);
  const error = useStore(session.versions.error);
  const headingId = useId();
  return (
    <main id="inhoud" tabIndex={-1} className="programme-main versions-view" aria-labelledby={headingId}>
      <div className="versions-head">
        <h2 id={headingId}>Versies</h2>
        {onNewVersion && (
          <button type="button" className="button primary" onClick={onNewVersion}>
            Versie vastleggen…
          </button>
        )}
      </div>
      <p className="lead">
        Een versie is het programma zoals het op een moment was vastgelegd, met de status van het besluit. Versies veranderen
        nooit meer; open er een om hem te lezen, of vergelijk twee versies.
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {versions === null && !error && (
        <p role="status" className="muted">
          Versies laden…
        </p>
      )}
      {versions !== null && versions.length === 0 && <p>Er zijn nog geen versies.{onNewVersion ? ' Leg de eerste vast met “Versie vastleggen”.' : ''}</p>}
      {versions !== null && versions.length > 0 && (
        <>
          <CompareForm documentId={session.documentId} versions={versions} />
          <ol className="timeline" aria-label="Versies, nieuwste eerst">
            {versions.map((v) => (
              <VersionItem key={v.id} documentId={session.documentId} version={v} />
            ))}
          </ol>
        </>
      )}
    </main>
  );
}

export function statusLabel(version: Pick<VersionInfo, 'status'>): string {
  return VERSION_STATUS_LABELS[version.status] ?? version.status;
}

function VersionItem({ documentId, version }: { documentId: string; version: VersionInfo }) {
  const titleId = useId();
  return (
    <li className={`timeline-item status-${version.status}`}>
      <div className="timeline-marker" aria-hidden="true" />
      <div className="timeline-body">
        <h3 id={titleId}>
          <a href={programmeHref(documentId, { kind: 'version', versionId: version.id })}>{version.name}</a>
        </h3>
        <p className="timeline-status">
          <span className="status-badge">{statusLabel(version)}</span> · besluit van {formatDate(version.date)}
        </p>
        <dl className="timeline-facts">
          <div>
            <dt>Documentnummer</dt>
            <dd>{version.documentNumber || 'geen'}</dd>
          </div>
          <div>
            <dt>Vastgelegd</dt>
            <dd>
              door {version.createdBy.name} op {formatDateTime(version.createdAt)}
            </dd>
          </div>
          {version.note && (
            <div>
              <dt>Toelichting</dt>
              <dd className="timeline-note">{version.note}</dd>
            </div>
          )}
        </dl>
        <p className="timeline-links">
          <a href={programmeHref(documentId, { kind: 'version', versionId: version.id })}>
            Bekijken<span className="sr-only"> (versie {version.name})</span>
          </a>
          <a href={programmeHref(documentId, { kind: 'diff', from: version.id, to: CURRENT_IN_ROUTE })}>
            Vergelijken met de huidige versie<span className="sr-only"> (versie {version.name})</span>
          </a>
        </p>
      </div>
    </li>
  );
}

function CompareForm({ documentId, versions }: { documentId: string; versions: readonly VersionInfo[] }) {
  const id = useId();
  const [from, setFrom] = useState(versions[0]!.id);
  const [to, setTo] = useState<string>(CURRENT_IN_ROUTE);
  const option = (v: VersionInfo) => (
    <option key={v.id} value={v.id}>
      {v.name} ({statusLabel(v)}, {formatDate(v.date)})
    </option>
  );
  return (
    <form
      className="compare-form"
      aria-labelledby={`${id}-titel`}
      onSubmit={(e) => {
        e.preventDefault();
        window.location.hash = programmeHref(documentId, { kind: 'diff', from, to });
      }}
    >
      <h3 id={`${id}-titel`}>Twee versies vergelijken</h3>
      <div className="form-row">
        <div className="form-field">
          <label htmlFor={`${id}-van`}>Van (oud)</label>
          <select id={`${id}-van`} value={from} onChange={(e) => setFrom(e.target.value)}>
            {versions.map(option)}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-naar`}>Naar (nieuw)</label>
          <select id={`${id}-naar`} value={to} onChange={(e) => setTo(e.target.value)}>
            <option value={CURRENT_IN_ROUTE}>Huidige versie</option>
            {versions.map(option)}
          </select>
        </div>
        <button type="submit" className="button">
          Verschillen tonen
        </button>
      </div>
    </form>
  );
}
