import { useEffect, useState } from 'react';
import type { Programme } from '../../shared/model/types.ts';
import type { CardDispositionRecord, WorkshopInfo, WorkshopOutcome } from '../../shared/workshop/types.ts';
import { exportHref, fetchFeedback, type ExportFormat } from './api.ts';
import { OutcomeView } from './OutcomeView.tsx';
import { CompareWithAsd } from './CompareTable.tsx';
import { FeedbackList } from './FeedbackList.tsx';

const EXPORTS: { format: ExportFormat; label: string }[] = [
  { format: 'xlsx', label: 'Excel (.xlsx)' },
  { format: 'docx', label: 'Word (.docx)' },
  { format: 'csv', label: 'CSV (.csv)' },
];

/** A closed werkatelier in the panel: outcome, exports, the ASD comparison and the feedback report. */
export function ClosedWorkshop({
  info,
  outcome,
  programme,
  mayProcess,
}: {
  info: WorkshopInfo;
  outcome: WorkshopOutcome;
  programme: Programme | null;
  mayProcess: boolean;
}) {
  const [records, setRecords] = useState<CardDispositionRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    fetchFeedback(info.id, abort.signal).then(setRecords, (e: unknown) => {
      if (!abort.signal.aborted) setError(e instanceof Error ? e.message : 'De terugkoppeling kon niet worden geladen.');
    });
    return () => abort.abort();
  }, [info.id]);

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
      <CompareWithAsd workshopId={info.id} />
      <h4>Kaarten en wat ermee is gedaan</h4>
      {error && <p role="alert" className="ws-error">{error}</p>}
      {records && (
        <FeedbackList
          workshopId={info.id}
          cards={outcome.cards}
          records={records}
          programme={programme}
          mayProcess={mayProcess}
          onRecord={(record) => setRecords((list) => [...(list ?? []).filter((r) => r.cardId !== record.cardId), record])}
        />
      )}
    </div>
  );
}
