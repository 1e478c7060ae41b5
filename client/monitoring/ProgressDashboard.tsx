/**
 * Voortgang (#/programma/<id>/voortgang): the programme's progress at a glance. Per goal how
 * many indicators are op koers, risico, achter or onbekend (counts, never an average), for the
 * goal's own indicators and for the indicators of its results; and what is overdue or due:
 * nulmetingen and measurements that were promised (the rule in shared/monitoring/due.ts). Live:
 * a colleague's measurement changes the counts and the lists at once.
 */
import { useMemo, useState } from 'react';
import type { Programme } from '../../shared/model/types.ts';
import { dueItems, PROGRESS_STATUSES, type DueItem, type ProgrammeProgress } from '../../shared/monitoring/index.ts';
import { DUTCH_TIME_ZONE, formatDate, isoDate, shorten } from '../../shared/text/dutch.ts';
import { RULE_SUMMARY, StatusWord } from './ProgressBadge.tsx';
import './monitoring.css';

type Counts = ProgrammeProgress['goals'][number]['counts'];

function reportUrl(documentId: string, format: 'docx' | 'pdf'): string {
  return `/api/documents/${encodeURIComponent(documentId)}/export?format=${format}&report=voortgang`;
}

function total(counts: Counts): number {
  return PROGRESS_STATUSES.reduce((n, s) => n + counts[s], 0);
}

function CountsTable({ caption, rows }: { caption: string; rows: { key: string; name: string; counts: Counts }[] }) {
  const sum = Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, rows.reduce((n, r) => n + r.counts[s], 0)])) as Counts;
  return (
    <table className="dashboard-counts">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Doel</th>
          {PROGRESS_STATUSES.map((s) => (
            <th scope="col" key={s} className="cell-number">
              <StatusWord status={s} />
            </th>
          ))}
          <th scope="col" className="cell-number">
            Totaal
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-goal={r.key}>
            <th scope="row">{r.name}</th>
            {PROGRESS_STATUSES.map((s) => (
              <td key={s} className="cell-number" data-status={s}>
                {r.counts[s]}
              </td>
            ))}
            <td className="cell-number">{total(r.counts)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Alle doelen</th>
          {PROGRESS_STATUSES.map((s) => (
            <td key={s} className="cell-number">
              {sum[s]}
            </td>
          ))}
          <td className="cell-number">{total(sum)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

function DueList({ title, items, empty }: { title: string; items: DueItem[]; empty: string }) {
  return (
    <section className="dashboard-due" aria-label={title}>
      <h3>
        {title} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul>
          {items.map((d) => (
            <li key={`${d.kind}-${d.indicatorId}`} data-indicator={d.indicatorId}>
              <strong>{d.code}</strong> {shorten(d.text || '(zonder tekst)', 90)}: {d.kind === 'baseline' ? 'nulmeting' : 'meting'} beloofd voor <strong>{d.promised}</strong>{' '}
              <span className="muted">({d.reason})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ProgressDashboard({ programme, progress }: { programme: Programme; progress: ProgrammeProgress | null }) {
  const [today] = useState(() => isoDate(new Date(), DUTCH_TIME_ZONE));
  const due = useMemo(() => (progress ? dueItems(programme, progress, today) : []), [programme, progress, today]);
  const goalName = (goalId: string) => {
    const g = programme.goals.find((x) => x.id === goalId);
    return g ? `Doel ${g.code}${g.title ? `: ${shorten(g.title, 80)}` : ''}` : 'Doel';
  };
  const kind = (k: DueItem['kind'], overdue: boolean) => due.filter((d) => d.kind === k && d.overdue === overdue);

  return (
    <main id="inhoud" tabIndex={-1} className="programme-main progress-dashboard">
      <h2>Voortgang</h2>
      <p className="muted">
        Stand op {formatDate(today)}. {RULE_SUMMARY}
      </p>
      <p className="dashboard-report">
        Voortgangsrapportage (per doel de indicatoren met nulmeting, laatste meting, streefwaarde, status, toelichting en grafiek):{' '}
        <a href={reportUrl(programme.id, 'docx')} download>
          Word
        </a>{' '}
        ·{' '}
        <a href={reportUrl(programme.id, 'pdf')} download>
          PDF
        </a>
      </p>
      {!progress ? (
        <p role="status" className="muted">
          Voortgang berekenen…
        </p>
      ) : (
        <>
          <section aria-labelledby="voortgang-per-doel">
            <h2 id="voortgang-per-doel">Status per doel</h2>
            <p className="muted">Aantallen indicatoren per status; Koers middelt geen statussen.</p>
            <CountsTable caption="Indicatoren bij de doelen" rows={progress.goals.map((g) => ({ key: g.goalId, name: goalName(g.goalId), counts: g.counts }))} />
            <CountsTable caption="Indicatoren bij de resultaten, per doel" rows={progress.goals.map((g) => ({ key: g.goalId, name: goalName(g.goalId), counts: g.resultCounts }))} />
          </section>
          <section aria-labelledby="voortgang-te-laat">
            <h2 id="voortgang-te-laat">Te laat</h2>
            <p className="muted">Beloofd voor een periode die voorbij is. Een nulmeting is beloofd in het jaar dat de indicator noemt (anders het eerste jaar van het programma); een volgende meting in de periode na de laatste, in het ritme van de laatste twee metingen (anders jaarlijks).</p>
            <DueList title="Nulmetingen te laat" items={kind('baseline', true)} empty="Geen nulmeting te laat." />
            <DueList title="Metingen te laat" items={kind('measurement', true)} empty="Geen meting te laat." />
          </section>
          <section aria-labelledby="voortgang-verwacht">
            <h2 id="voortgang-verwacht">Nu verwacht</h2>
            <DueList title="Nulmetingen verwacht" items={kind('baseline', false)} empty="Nu geen nulmeting verwacht." />
            <DueList title="Metingen verwacht" items={kind('measurement', false)} empty="Nu geen meting verwacht." />
          </section>
        </>
      )}
    </main>
  );
}
