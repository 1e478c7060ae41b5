/**
 * On a programme's card: how far its goal indicators are (a bar per part, with the numbers in
 * words, so the bar is never the only signal) and who changed what last.
 */
import type { DocumentSummary } from '../app/api.ts';
import type { EntityKind } from '../../shared/model/entities.ts';
import { formatDateTime, formatNumber } from '../../shared/text/dutch.ts';
import { fieldLabel, KIND_LABELS } from '../history/wording.ts';

const ACTION_WORDS: Readonly<Record<string, string>> = { add: 'toegevoegd', remove: 'verwijderd', move: 'verplaatst' };

function Bar({ label, value, total }: { label: string; value: number; total: number }) {
  const percent = total === 0 ? 0 : Math.round((value / total) * 100);
  return (
    <div className="card-bar">
      <span className="card-bar-label">
        {label}: {formatNumber(value)} van {formatNumber(total)}
      </span>
      <span className="card-bar-track" aria-hidden="true">
        <span className="card-bar-fill" style={{ width: `${percent}%` }} />
      </span>
    </div>
  );
}

function changeText(change: NonNullable<DocumentSummary['lastChange']>): string {
  const kind = (KIND_LABELS as Record<string, string | undefined>)[change.kind] ?? change.kind;
  const what = change.action === 'set' && change.field ? `${fieldLabel(change.kind as EntityKind, change.field)} (${kind.toLowerCase()})` : `${kind} ${ACTION_WORDS[change.action] ?? 'gewijzigd'}`;
  return `Laatst gewijzigd: ${what}, door ${change.userName || 'onbekend'} op ${formatDateTime(change.at)}`;
}

export function CardProgress({ status, lastChange }: Pick<DocumentSummary, 'lastChange'> & { status: DocumentSummary['indicatorStatus'] }) {
  return (
    <>
      {status && status.total > 0 && (
        <div className="card-bars" role="group" aria-label="Stand van de indicatoren bij de doelen">
          <Bar label="Met nulmeting" value={status.withBaseline} total={status.total} />
          <Bar label="Met streefwaarde" value={status.withTarget} total={status.total} />
          {status.toDevelop > 0 && <p className="card-bar-label">Nog te ontwikkelen: {formatNumber(status.toDevelop)}</p>}
        </div>
      )}
      {lastChange && <p className="card-last-change">{changeText(lastChange)}</p>}
    </>
  );
}
