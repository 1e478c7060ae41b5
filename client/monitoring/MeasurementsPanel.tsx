/**
 * Metingen: the measurements of one indicator beside its row, its progress badge with the
 * rule's explanation, and a form to add a measurement (through the dispatcher, so it is one
 * undo step, checked like every edit, and live for every colleague). The indicator follows the
 * row the officer is on; the picker chooses any other.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { GoalIndicator, Measurement, Programme, ResultIndicator } from '../../shared/model/types.ts';
import { indicatorPlaces, parsePeriod, programmeYears, type ProgressOptions } from '../../shared/monitoring/index.ts';
import { measurement as measurementKind } from '../../shared/schema/index.ts';
import { formatDutchNumber } from '../../shared/indicator/index.ts';
import { shorten } from '../../shared/text/dutch.ts';
import { addMeasurement, removeMeasurement } from '../actions/measurement-actions.ts';
import { FromBaseline } from './FromBaseline.tsx';
import { useSession } from '../programme/SessionContext.ts';
import { useStore } from '../programme/store.ts';
import { useCan } from '../programme/rights.ts';
import { ProgressBadge, RULE_SUMMARY } from './ProgressBadge.tsx';
import { useIndicatorProgress } from './ProgressContext.ts';
import { EMPTY_INPUT, readForm, type MeasurementInput } from './measurement-form.ts';
import { TrajectoryChart } from './TrajectoryChart.tsx';
import './monitoring.css';

const F = measurementKind.fields;

function choiceWord(labels: Readonly<Record<string, string>> | undefined, code: string | null): string {
  return code === null ? '' : (labels?.[code] ?? code);
}

export function MeasurementsPanel({ programme }: { programme: Programme }) {
  const session = useSession();
  const focused = useStore(session.focusedCell);
  const places = useMemo(() => indicatorPlaces(programme), [programme]);
  const years = useMemo(() => programmeYears(programme), [programme]);
  const [picked, setPicked] = useState<string | null>(null);
  const titleId = useId();
  const pickerId = useId();
  // The row the officer is on, when it is an indicator (a result row: its first indicator).
  const fromFocus = focused ? (places.find((p) => p.id === focused.rowId) ?? places.find((p) => p.resultId === focused.rowId)) : undefined;
  const place = places.find((p) => p.id === picked) ?? fromFocus ?? places[0];

  return (
    <aside id="metingen" className="panel-body measurements-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>Metingen</h2>
      <label htmlFor={pickerId} className="field-label">
        Indicator
      </label>
      <select id={pickerId} value={place?.id ?? ''} onChange={(e) => setPicked(e.target.value)}>
        {places.map((p) => (
          <option key={p.id} value={p.id}>
            {p.code}: {shorten(p.text || '(zonder tekst)', 70)}
          </option>
        ))}
      </select>
      {place ? <IndicatorMeasurements key={place.id} years={years} indicatorId={place.id} code={place.code} text={place.text} measurements={place.indicator.measurements} indicator={place.indicator} /> : <p className="muted">Dit programma heeft nog geen indicatoren.</p>}
    </aside>
  );
}

function IndicatorMeasurements({
  indicatorId,
  code,
  text,
  measurements,
  years,
  indicator,
}: {
  indicatorId: string;
  code: string;
  text: string;
  measurements: Measurement[];
  years: ProgressOptions;
  indicator?: GoalIndicator | ResultIndicator;
}) {
  const session = useSession();
  const canEdit = useCan('edit');
  const progress = useIndicatorProgress(indicatorId);
  const sorted = useMemo(() => {
    const withPeriod = measurements.map((m) => ({ m, period: parsePeriod(m.period) }));
    return withPeriod.sort((a, b) => (a.period?.at ?? Infinity) - (b.period?.at ?? Infinity));
  }, [measurements]);
  const remove = (m: Measurement) => session.actions.run(removeMeasurement, { measurementId: m.id });

  return (
    <section className="measurements-indicator" aria-label={`Indicator ${code}`}>
      <p className="measurements-indicator-text">
        <strong>{code}</strong> {text}
      </p>
      {progress && (
        <div className="measurements-status">
          <span className="field-label">Voortgang</span> <ProgressBadge progress={progress} />
          <p className="measurements-explanation">{progress.explanation}</p>
        </div>
      )}
      {progress && <TrajectoryChart progress={progress} years={years} code={code} />}
      {sorted.length === 0 ? (
        <p className="muted">Nog geen metingen.</p>
      ) : (
        <table className="measurements-table">
          <caption className="sr-only">Metingen van indicator {code}, oudste eerst</caption>
          <thead>
            <tr>
              <th scope="col">{F.period.label}</th>
              <th scope="col">{F.value.label}</th>
              <th scope="col">Waar en wie</th>
              <th scope="col">{F.valueStatus.inputLabel}</th>
              <th scope="col">{F.assessment.export.header}</th>
              {canEdit && <th scope="col"><span className="sr-only">Acties</span></th>}
            </tr>
          </thead>
          <tbody>
            {sorted.map(({ m, period }) => (
              <tr key={m.id} data-measurement={m.id}>
                <td>{period?.label ?? m.period}</td>
                <td className="cell-number">{m.value === null ? '—' : formatDutchNumber(m.value, 3)}{m.unit ? ` ${m.unit}` : ''}</td>
                <td>{[choiceWord(F.scope.labels, m.scope), m.subgroup, m.source].filter((x) => x).join(' · ')}</td>
                <td>{choiceWord(F.valueStatus.labels, m.valueStatus)}</td>
                <td>{m.assessment ? `${choiceWord(F.assessment.labels, m.assessment)}${m.assessmentNote ? `: ${shorten(m.assessmentNote, 60)}` : ''}` : ''}</td>
                {canEdit && (
                  <td>
                    <button type="button" className="button small" onClick={() => remove(m)} aria-label={`Meting ${period?.label ?? m.period} verwijderen`}>
                      Verwijderen
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && indicator && 'baseline' in indicator ? <FromBaseline indicator={indicator} code={code} /> : null}
      {canEdit ? <AddMeasurementForm indicatorId={indicatorId} code={code} /> : null}
      <details className="measurements-rule">
        <summary>Hoe Koers de voortgang bepaalt</summary>
        <p>{RULE_SUMMARY}</p>
      </details>
    </section>
  );
}

function AddMeasurementForm({ indicatorId, code }: { indicatorId: string; code: string }) {
  const session = useSession();
  const [input, setInput] = useState<MeasurementInput>(EMPTY_INPUT);
  const [shown, setShown] = useState<ReturnType<typeof readForm> | null>(null);
  const id = useId();
  const set = (field: keyof MeasurementInput) => (e: { target: { value: string } }) => setInput((prev) => ({ ...prev, [field]: e.target.value }));
  const problem = (field: keyof MeasurementInput) => shown?.problems[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readForm(input);
    setShown(read);
    const first = Object.keys(read.problems)[0];
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    const outcome = session.actions.run(addMeasurement, { indicatorId, fields: read.fields });
    if (outcome.ok) {
      setInput(EMPTY_INPUT);
      setShown(read.notes.length > 0 ? { ...read, problems: {} } : null);
      session.notify(`Meting ${String(read.fields.period)} toegevoegd aan ${code}.`, 'info');
    }
  };

  const field = (name: keyof MeasurementInput, label: string, extra: { hint?: string; inputMode?: 'decimal' | 'numeric' } = {}) => (
    <div className="form-field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        type="text"
        value={input[name]}
        onChange={set(name)}
        inputMode={extra.inputMode}
        aria-invalid={problem(name) ? true : undefined}
        aria-describedby={[extra.hint ? `${id}-${name}-hint` : '', problem(name) ? `${id}-${name}-error` : ''].filter((x) => x).join(' ') || undefined}
      />
      {extra.hint && (
        <span id={`${id}-${name}-hint`} className="field-hint">
          {extra.hint}
        </span>
      )}
      {problem(name) && (
        <span id={`${id}-${name}-error`} className="field-error">
          {problem(name)}
        </span>
      )}
    </div>
  );
  const select = (name: keyof MeasurementInput, label: string, options: Readonly<Record<string, string>>) => (
    <div className="form-field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select id={`${id}-${name}`} value={input[name]} onChange={set(name)}>
        <option value="">(geen)</option>
        {Object.entries(options).map(([code, word]) => (
          <option key={code} value={code}>
            {word}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form className="measurement-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>Meting toevoegen</h3>
      {field('period', F.period.label, { hint: F.period.hint })}
      {field('value', F.value.label, { hint: F.value.hint, inputMode: 'decimal' })}
      {select('scope', F.scope.label, F.scope.shown!)}
      {field('subgroup', F.subgroup.label, { hint: F.subgroup.hint })}
      {field('source', F.source.label)}
      {select('valueStatus', F.valueStatus.inputLabel, F.valueStatus.shown!)}
      {field('responseRate', F.responseRate.label, { hint: F.responseRate.hint, inputMode: 'decimal' })}
      {field('sampleSize', F.sampleSize.inputLabel, { inputMode: 'numeric' })}
      {field('note', F.note.label)}
      {select('assessment', F.assessment.inputLabel, F.assessment.shown!)}
      {field('assessmentNote', F.assessmentNote.label, { hint: F.assessmentNote.hint })}
      {shown && shown.notes.length > 0 && (
        <p role="status" className="field-hint">
          {shown.notes.join(' ')}
        </p>
      )}
      <button type="submit" className="button primary">
        Meting toevoegen
      </button>
    </form>
  );
}
