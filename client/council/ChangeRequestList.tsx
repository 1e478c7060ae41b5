/**
 * Open change requests on council-owned fields: what changed from what to what, why, for which
 * decision moment, by whom. The ones on the row the officer is on come first. An author can
 * withdraw a request (the edit itself stays; V37 then flags it until it is restored or asked for
 * again).
 */
import { useId } from 'react';
import type { StoredChangeRequest } from '../../shared/doc/index.ts';
import { withdrawChangeRequest } from '../actions/note-actions.ts';
import { fieldLabel, valueText } from '../history/wording.ts';
import { placeLabel } from '../programme/place-label.ts';
import { useSession } from '../programme/SessionContext.ts';
import { useCan } from '../programme/rights.ts';
import { useStore } from '../programme/store.ts';
import type { Places } from '../validation/places.ts';
import { formatDateTime, shorten } from '../../shared/text/dutch.ts';
import { decisionMomentLabel, WHOLE_ROW } from './council-write.ts';

export function ChangeRequestList({ places, focusedRowId }: { places: Places | null; focusedRowId: string | null }) {
  const session = useSession();
  const all = useStore(session.changeRequests);
  const titleId = useId();
  const open = all
    .filter((r) => r.status === 'open')
    .sort((a, b) => Number(b.targetId === focusedRowId) - Number(a.targetId === focusedRowId) || (a.at < b.at ? 1 : -1));
  return (
    <section className="history-section" aria-labelledby={titleId}>
      <h3 id={titleId}>Open wijzigingsverzoeken ({open.length})</h3>
      {open.length === 0 ? (
        <p className="muted">Geen. Een wijziging van een veld dat de raad vaststelde, komt hier te staan met reden en besluitmoment.</p>
      ) : (
        <ul className="change-requests">
          {open.map((r) => (
            <ChangeRequestItem key={r.id} request={r} place={placeLabel(places, r.targetId, r.field)} here={r.targetId === focusedRowId} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ChangeRequestItem({ request, place, here }: { request: StoredChangeRequest; place: string; here: boolean }) {
  const session = useSession();
  // Withdrawing writes to the programme; a former redacteur who is now lezer may no longer.
  const canEdit = useCan('edit');
  return (
    <li className={`change-request${here ? ' here' : ''}`}>
      <p className="change-request-head">
        <strong>{place}</strong>
        {here && <span className="here-badge"> (deze rij)</span>}
      </p>
      {request.field === WHOLE_ROW ? (
        <p>{request.oldValue ? `Rij verwijderd: ${shorten(request.oldValue, 200)}` : 'Rij toegevoegd'}</p>
      ) : (
        <p>
          {fieldLabel(request.targetKind, request.field)}: <del>{shorten(valueText(request.field, request.oldValue), 200)}</del>{' '}
          <span aria-hidden="true">→</span>
          <span className="sr-only"> werd </span> <ins>{shorten(valueText(request.field, request.newValue), 200)}</ins>
        </p>
      )}
      <p>
        Reden: <span className="change-request-reason">{request.reason}</span>
      </p>
      <p>
        Besluitmoment: {decisionMomentLabel(request.decisionMoment)} · door {request.authorName || request.authorId} op{' '}
        {formatDateTime(request.at)}
      </p>
      {canEdit && request.authorId === session.identity.id && (
        <button
          type="button"
          className="button small"
          onClick={() => session.actions.run(withdrawChangeRequest, { requestId: request.id })}
        >
          Intrekken
        </button>
      )}
    </li>
  );
}
