/**
 * Under the programme's top bar: municipality, period and the column headers from the
 * programme's settings, and when archived a notice that the tables are read-only. Live: a
 * beheerder's change in Instellingen shows here at once.
 */
import type * as Y from 'yjs';
import { formatDate } from '../../shared/text/dutch.ts';
import { useArchiveMark, useProgrammeSettings } from './use-programme-meta.ts';
import './programmes.css';

export function ProgrammeStatusLine({ doc }: { doc: Y.Doc }) {
  const settings = useProgrammeSettings(doc);
  const archived = useArchiveMark(doc);
  if (!settings) return null;
  const period = settings.periodStart !== null && settings.periodEnd !== null ? `${settings.periodStart}–${settings.periodEnd}` : null;
  return (
    <section className="programme-status-line" aria-label="Gegevens van het programma">
      <p data-testid="programma-instellingen">
        {[settings.municipality && `Gemeente ${settings.municipality}`, period && `periode ${period}`, `${settings.baselineHeader} · ${settings.targetHeader}`]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {archived && (
        <p role="status" className="notice archived-notice">
          Gearchiveerd op {formatDate(new Date(archived.at))}
          {archived.byName ? ` door ${archived.byName}` : ''}: de tabellen zijn alleen te lezen en te exporteren.
        </p>
      )}
    </section>
  );
}
