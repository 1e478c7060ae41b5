/**
 * Geschiedenis: for the cell the officer is on, who changed it when, from what to what; taking a
 * cell, its row or the whole programme back from a version; and the open change requests on
 * council-owned fields.
 */
import { useId } from 'react';
import type { HistoryEntry } from '../../shared/history/index.ts';
import type { EntityKind } from '../../shared/model/entities.ts';
import { programmeHref } from '../app/route.ts';
import { useSession } from '../programme/SessionContext.ts';
import { useStore } from '../programme/store.ts';
import { placeLabel } from '../programme/place-label.ts';
import type { Places } from '../validation/places.ts';
import { formatDateTime } from '../../shared/text/dutch.ts';
import { ChangeRequestList } from '../council/ChangeRequestList.tsx';
import { RestoreForm } from './RestoreForm.tsx';
import { useCan } from '../programme/rights.ts';
import { useCellHistory } from './use-cell-history.ts';
import { fieldLabel, valueText } from './wording.ts';

const HISTORY_PANEL_ID = 'geschiedenis';

export function HistoryPanel({ places }: { places: Places | null }) {
  const session = useSession();
  // Restoring writes to the programme: not offered to a role without 'edit'.
  const canEdit = useCan('edit');
  const focused = useStore(session.focusedCell);
  const { history, reload } = useCellHistory(session, focused);
  const titleId = useId();
  const place = focused ? placeLabel(places, focused.rowId, focused.colId) : null;

  return (
    <section id={HISTORY_PANEL_ID} className="panel-body" aria-labelledby={titleId}>
      <h2 id={titleId}>Geschiedenis</h2>
      {focused && place ? (
        <section className="history-section" aria-labelledby={`${titleId}-cel`}>
          <div className="section-head">
            <h3 id={`${titleId}-cel`}>
              Cel: <span className="history-place">{place}</span>
            </h3>
            <button type="button" className="button small" onClick={reload}>
              Vernieuwen
            </button>
          </div>
          {history?.state === 'loading' && (
            <p role="status" className="muted">
              Geschiedenis laden…
            </p>
          )}
          {history?.state === 'error' && (
            <p role="alert" className="field-error">
              {history.message}
            </p>
          )}
          {history?.state === 'ready' && history.entries.length === 0 && (
            <p className="muted">Nog geen wijzigingen vastgelegd sinds deze cel in Koers staat.</p>
          )}
          {history?.state === 'ready' && history.entries.length > 0 && (
            <ol className="history-list" aria-label={`Wijzigingen van ${place}, nieuwste eerst`}>
              {history.entries.map((entry) => (
                <HistoryItem key={entry.seq} entry={entry} />
              ))}
            </ol>
          )}
          {canEdit && <RestoreForm focused={focused} place={place} />}
        </section>
      ) : (
        <p className="hint">Kies een cel in de tabel (of een tekst met een potlood) om te zien wie wat wanneer veranderde.</p>
      )}
      <ChangeRequestList places={places} focusedRowId={focused?.rowId ?? null} />
      <p className="history-versions-link">
        <a href={programmeHref(session.documentId, { kind: 'versions' })}>Alle versies van dit programma</a>
      </p>
    </section>
  );
}

function HistoryItem({ entry }: { entry: HistoryEntry }) {
  return (
    <li className={`history-item action-${entry.action}`}>
      <p className="history-meta">
        <strong>{entry.userName || entry.userId}</strong> · {formatDateTime(entry.at)}
      </p>
      <p className="history-change">{describe(entry)}</p>
    </li>
  );
}

function describe(entry: HistoryEntry): React.ReactNode {
  switch (entry.action) {
    case 'set': {
      const field = entry.field ?? '';
      return (
        <>
          {fieldLabel(entry.kind as EntityKind, field)}: <del>{valueText(field, entry.old)}</del> <span aria-hidden="true">→</span>
          <span className="sr-only"> werd </span> <ins>{valueText(field, entry.new)}</ins>
        </>
      );
    }
    case 'add':
      return 'Rij toegevoegd';
    case 'remove':
      return 'Rij verwijderd';
    case 'move':
      return 'Rij verplaatst';
  }
}
