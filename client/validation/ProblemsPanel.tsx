/**
 * The Problemen panel: every finding of the shared engine, per severity with counts, grouped by
 * goal in the programme's order. Activating one puts the keyboard on its cell; a warning can be
 * acknowledged with a reason (and withdrawn again), an error cannot.
 */
import { createContext, memo, useContext, useId, useRef, useState } from 'react';
import type { StoredAcknowledgement } from '../../shared/doc/index.ts';
import { withdrawAcknowledgementOf } from '../actions/note-actions.ts';
import { useSession } from '../programme/SessionContext.ts';
import { AcknowledgeForm } from './AcknowledgeForm.tsx';
import { useCan } from '../programme/rights.ts';
import type { FindingIndex, PlacedFinding } from './finding-index.ts';
import { LevelIcon } from './LevelIcon.tsx';
import { plural } from '../../shared/text/dutch.ts';
import { acknowledgementLine, LEVEL_TITLES, levelOf, type Level } from './wording.ts';
import './validation.css';

const PROBLEMS_PANEL_ID = 'problemen';

export function summaryText(counts: FindingIndex['counts']): string {
  const parts = [plural(counts.error, 'fout', 'fouten'), plural(counts.warning, 'waarschuwing', 'waarschuwingen')];
  if (counts.acknowledged > 0) parts.push(`${counts.acknowledged} erkend`);
  return parts.join(', ');
}

const FrozenPanel = createContext(false);

export const ProblemsPanel = memo(function ProblemsPanel({
  index,
  ready,
  stale,
  frozen = false,
}: {
  index: FindingIndex;
  ready: boolean;
  stale: readonly StoredAcknowledgement[];
  /** The findings of a frozen version: nothing to solve or acknowledge here. */
  frozen?: boolean;
}) {
  const titleId = useId();
  const canEdit = useCan('edit');
  const errors = index.all.filter((f) => f.severity === 'error');
  const warnings = index.all.filter((f) => f.severity === 'warning');
  const infos = index.all.filter((f) => f.severity === 'info');
  return (
    <section id={PROBLEMS_PANEL_ID} className="panel-body" aria-labelledby={titleId}>
      <h2 id={titleId}>Problemen</h2>
      <p className="panel-summary" role="status">
        {ready ? summaryText(index.counts) : 'Controleren…'}
      </p>
      <p className="hint">
        {frozen
          ? 'De meldingen bij deze vastgelegde versie, zoals die er toen voor stond. Oplossen en erkennen kan in de huidige versie.'
          : canEdit
          ? 'Kies een melding om naar de cel te gaan. Fouten moet je oplossen; een waarschuwing kun je erkennen met een reden.'
          : 'Kies een melding om naar de cel te gaan. Oplossen en erkennen kan een redacteur; jij kunt er een opmerking bij plaatsen.'}
      </p>
      <FrozenPanel.Provider value={frozen}>
        <SeverityGroup level="error" title="Fouten" findings={errors} openByDefault />
        <SeverityGroup level="warning" title="Waarschuwingen" findings={warnings} openByDefault />
        <SeverityGroup level="info" title="Info" findings={infos} openByDefault={false} />
      </FrozenPanel.Provider>
      {stale.length > 0 && <StaleAcknowledgements stale={stale} />}
    </section>
  );
});

function SeverityGroup({
  level,
  title,
  findings,
  openByDefault,
}: {
  level: Level;
  title: string;
  findings: PlacedFinding[];
  openByDefault: boolean;
}) {
  const [open, setOpen] = useState(openByDefault);
  const listId = useId();
  const groups: { label: string; items: PlacedFinding[] }[] = [];
  for (const f of findings) {
    const label = f.place.goalLabel ?? 'Programma';
    const last = groups[groups.length - 1];
    if (last && last.label === label) last.items.push(f);
    else groups.push({ label, items: [f] });
  }
  const acknowledged = findings.filter((f) => f.acknowledgement).length;
  return (
    <section className={`problem-group level-${level}`}>
      <h3>
        <button type="button" className="problem-group-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
          <span aria-hidden="true" className="disclosure">
            {open ? '▾' : '▸'}
          </span>
          <LevelIcon level={level} size={16} /> {title}{' '}
          <span className="problem-count">
            ({findings.length}
            {acknowledged > 0 ? `, waarvan ${acknowledged} erkend` : ''})
          </span>
        </button>
      </h3>
      <div id={listId} hidden={!open}>
        {findings.length === 0 ? (
          <p className="muted">Geen.</p>
        ) : (
          groups.map((g, i) => (
            <div key={`${g.label}-${i}`} className="problem-goal">
              <h4>{g.label}</h4>
              <ul>
                {g.items.map((f) => (
                  <ProblemItem key={f.key} finding={f} />
                ))}
              </ul>
            </div>
          ))
        )}
      </div>
    </section>
  );
}

function ProblemItem({ finding }: { finding: PlacedFinding }) {
  const session = useSession();
  // Acknowledging is a change to the programme: only for a role that may edit, and not on a version.
  const frozen = useContext(FrozenPanel);
  const canEdit = useCan('edit') && !frozen;
  const [acknowledging, setAcknowledging] = useState(false);
  const jumpRef = useRef<HTMLButtonElement>(null);
  const ackButtonRef = useRef<HTMLButtonElement>(null);
  const level = levelOf(finding);
  const target = finding.place.target;
  const ack = finding.acknowledgement;

  const jump = () => {
    if (target) session.requestFocus(target);
  };

  return (
    <li className={`problem-item level-${level}`} data-finding-key={finding.key}>
      {target ? (
        <button type="button" ref={jumpRef} className="problem-jump" onClick={jump}>
          <ProblemText finding={finding} level={level} />
        </button>
      ) : (
        <div className="problem-jump static">
          <ProblemText finding={finding} level={level} />
        </div>
      )}
      {ack && (
        <div className="problem-ack">
          <p>
            {acknowledgementLine(ack)}. Reden: <span className="ack-reason">{ack.reason}</span>
          </p>
          {/* The server lets only its author withdraw an acknowledgement (shared/doc/note-authorship.ts). */}
          {canEdit && ack.by === session.identity.id && (
          <button
            type="button"
            className="button small"
            onClick={() => {
              if (session.actions.run(withdrawAcknowledgementOf, { key: finding.key }).ok) {
                // The item stays; the keyboard goes back to it.
                jumpRef.current?.focus();
              }
            }}
          >
            Erkenning intrekken
          </button>
          )}
        </div>
      )}
      {canEdit && finding.severity === 'warning' && !ack && !acknowledging && (
        <button ref={ackButtonRef} type="button" className="button small problem-ack-button" onClick={() => setAcknowledging(true)}>
          Erkennen…
        </button>
      )}
      {canEdit && finding.severity === 'warning' && !ack && acknowledging && (
        <AcknowledgeForm
          finding={finding}
          onDone={(saved) => {
            setAcknowledging(false);
            queueMicrotask(() => (saved ? jumpRef.current : ackButtonRef.current)?.focus());
          }}
        />
      )}
    </li>
  );
}

function ProblemText({ finding, level }: { finding: PlacedFinding; level: Level }) {
  return (
    <>
      <span className="problem-head">
        <LevelIcon level={level} />
        <span className="sr-only">{LEVEL_TITLES[level]}:</span>
        <span className="problem-place">{finding.place.label}</span>
        <span className="problem-rule">{finding.ruleId}</span>
      </span>
      <span className="problem-message">{finding.message}</span>
    </>
  );
}

function StaleAcknowledgements({ stale }: { stale: readonly StoredAcknowledgement[] }) {
  const session = useSession();
  const canEdit = useCan('edit');
  return (
    <section className="problem-group stale">
      <h3 className="problem-group-plain">Vervallen erkenningen ({stale.length})</h3>
      <p className="hint">De waarschuwing is opgelost of veranderd sinds hij werd erkend. Erken hem zo nodig opnieuw.</p>
      <ul>
        {stale.map((a) => (
          <li key={a.key} className="problem-item">
            <p>
              {acknowledgementLine(a)}. Reden: <span className="ack-reason">{a.reason}</span>
            </p>
            {canEdit && a.by === session.identity.id && (
              <button type="button" className="button small" onClick={() => session.actions.run(withdrawAcknowledgementOf, { key: a.key })}>
                Verwijderen
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
