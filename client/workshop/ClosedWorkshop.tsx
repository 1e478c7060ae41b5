import { useEffect, useState } from 'react';
import type { Programme } from '../../shared/model/types.ts';
import type { CardDispositionRecord, WorkshopInfo, WorkshopOutcome } from '../../shared/workshop/types.ts';
import { exportHref, fetchFeedback, fetchOutcome, type ExportFormat } from './api.ts';
import { AlertRegion } from './AlertRegion.tsx';
import { loadWhileShown, messageOf } from './load.ts';
import { OutcomeView } from './OutcomeView.tsx';
import { CompareTable } from './CompareTable.tsx';
import { FeedbackList } from './FeedbackList.tsx';

const EXPORTS: { format: ExportFormat; label: string }[] = [
  { format: 'xlsx', label: 'Excel (.xlsx)' },
  { format: 'docx', label: 'Word (.docx)' },
  { format: 'csv', label: 'CSV (.csv)' },
];

/** A closed werkatelier in the panel: outcome, exports, the comparison and the feedback report, loaded when opened. */
export function ClosedWorkshop({
  info,
  workshops,
  programme,
  mayProcess,
  mayChange,
  onProgrammeChanged,
}: {
  info: WorkshopInfo;
  /** The programme's werkateliers, to compare with. */
  workshops: readonly WorkshopInfo[];
  programme: Programme | null;
  mayProcess: boolean;
  /** May turn cards into changes of the programme (docs/SECURITY.md, item 5). */
  mayChange: boolean;
  /** A card became a change in the table: the panel reads the programme again to show it. */
  onProgrammeChanged(): void;
}) {
  const [outcome, setOutcome] = useState<WorkshopOutcome | null>(null);
  const [records, setRecords] = useState<CardDispositionRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(
    () => loadWhileShown((signal) => fetchOutcome(info.id, signal), setOutcome, (e) => setError(messageOf(e, 'De uitkomst kon niet worden geladen.'))),
    [info.id],
  );
  useEffect(
    () => loadWhileShown((signal) => fetchFeedback(info.id, signal), setRecords, (e) => setError(messageOf(e, 'De terugkoppeling kon niet worden geladen.'))),
    [info.id],
  );

  if (!outcome) return error ? <AlertRegion message={error} /> : <p role="status">De uitkomst wordt geladen…</p>;
  return (
    <div className="ws-closed">
      <OutcomeView outcome={outcome} showCards={false} headingLevel={3} />
      <h4>Exporteren</h4>
      <ul className="ws-exports">
        {EXPORTS.map((e) => (
          <li key={e.format}>
            <a href={exportHref(info.id, e.format)} download>
              {e.label}
              <span className="sr-only"> van {info.title}</span>
            </a>
          </li>
        ))}
      </ul>
      <h4>Vergelijken</h4>
      <CompareTable workshopId={info.id} workshops={workshops} />
      <h4>Kaarten en wat ermee is gedaan</h4>
      <AlertRegion message={error} />
      {records && (
        <FeedbackList
          workshopId={info.id}
          cards={outcome.cards}
          records={records}
          programme={programme}
          mayProcess={mayProcess}
          mayChange={mayChange}
          onRecord={(record) => {
            setRecords((list) => [...(list ?? []).filter((r) => r.cardId !== record.cardId), record]);
            if (record.disposition.action !== 'niet-verwerkt') onProgrammeChanged();
          }}
        />
      )}
    </div>
  );
}
