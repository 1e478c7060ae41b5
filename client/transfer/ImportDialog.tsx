/**
 * Importeren: choose an .xlsx or .csv file, see what it would change (the server's preview:
 * rows, findings naming sheet, row and column), place columns Koers did not recognise, and
 * apply it as one change. Rows the file leaves out are deleted only after the officer ticks
 * an explicit box. After applying, the dialog says what changed and offers "Import
 * terugdraaien" (the server froze a version just before). Every text from the file is shown as text.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { formatNumber, shorten } from '../../shared/text/dutch.ts';
import type { Session } from '../programme/session.ts';
import { applyImport, ImportRefused, previewImport, undoImport, unplacedColumns, type ColumnMapping, type ImportReport, type ImportRow, type ImportUndone } from './import-api.ts';

const SHOWN_ROWS = 100;
/** Select values that are not a Koers column. */
const UNMAPPED = '';
const LEAVE_OUT = '__weglaten';

type Unplaced = ReturnType<typeof unplacedColumns>[number];
const ACTION_LABELS: Record<ImportRow['action'], string> = { update: 'Wijzigen', add: 'Toevoegen', unchanged: 'Ongewijzigd' };

export function ImportDialog({ session, open, onClose }: { session: Session; open: boolean; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog import-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {/* Mounted only while open: the next opening starts without the last file, and closing aborts a preview still on its way. */}
      {open && <ImportForm session={session} titleId={titleId} onClose={onClose} />}
    </dialog>
  );
}

function ImportForm({ session, titleId, onClose }: { session: Session; titleId: string; onClose(): void }) {
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [columns, setColumns] = useState<ColumnMapping>({});
  const [confirmDeletes, setConfirmDeletes] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState<'preview' | 'apply' | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Every column a preview could not place, kept once mapped so the choice can be changed. */
  const [mappable, setMappable] = useState<Unplaced[]>([]);
  const abortRef = useRef<AbortController | null>(null);
  const [applied, setApplied] = useState<{ report: ImportReport; text: string } | null>(null);

  useEffect(() => () => abortRef.current?.abort(), []);

  const remember = useCallback((result: ImportReport) => {
    const found = unplacedColumns(result);
    setMappable((known) => [...known, ...found.filter((f) => !known.some((k) => k.header === f.header))]);
  }, []);

  /** Asks the server what this file, mapping and consent would do. */
  const preview = useCallback(
    async (next: { file: File; columns: ColumnMapping; confirmDeletes: boolean }) => {
      abortRef.current?.abort();
      const controller = new AbortController();
      abortRef.current = controller;
      setBusy('preview');
      setError(null);
      try {
        const result = await previewImport({ documentId: session.documentId, ...next }, controller.signal);
        setReport(result);
        remember(result);
      } catch (e) {
        if (controller.signal.aborted) return;
        const refused = e instanceof ImportRefused ? e.report : null;
        setReport(refused);
        if (refused) remember(refused);
        setError(e instanceof Error ? e.message : 'Het bestand kon niet worden gelezen.');
      } finally {
        if (abortRef.current === controller) setBusy(null);
      }
    },
    [remember, session],
  );

  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    setColumns({});
    setConfirmDeletes(false);
    setReport(null);
    setMappable([]);
    if (chosen) void preview({ file: chosen, columns: {}, confirmDeletes: false });
  };

  const mapColumn = (header: string, target: string) => {
    if (!file) return;
    const next = { ...columns };
    if (target === UNMAPPED) delete next[header];
    else next[header] = target === LEAVE_OUT ? null : target;
    setColumns(next);
    void preview({ file, columns: next, confirmDeletes });
  };

  const toggleDeletes = (checked: boolean) => {
    if (!file) return;
    setConfirmDeletes(checked);
    void preview({ file, columns, confirmDeletes: checked });
  };

  const apply = async () => {
    if (!file || !report?.ok || busy) return;
    const controller = new AbortController();
    abortRef.current = controller;
    setBusy('apply');
    setError(null);
    try {
      const result = await applyImport({ documentId: session.documentId, file, columns, confirmDeletes }, controller.signal);
      setApplied({ report: result, text: summaryText(result, confirmDeletes) });
    } catch (e) {
      if (controller.signal.aborted) return;
      if (e instanceof ImportRefused && e.report) setReport(e.report);
      setError(e instanceof Error ? e.message : 'Het importeren is mislukt.');
    } finally {
      if (abortRef.current === controller) setBusy(null);
    }
  };

  if (applied) return <AppliedImport session={session} titleId={titleId} applied={applied} onClose={onClose} />;

  const changed = report ? report.rows.filter((r) => r.action !== 'unchanged') : [];
  const errors = report ? report.findings.filter((f) => f.severity === 'error') : [];
  const warnings = report ? report.findings.filter((f) => f.severity === 'warning') : [];

  return (
    <>
      <h2 id={titleId}>Importeren uit Excel of CSV</h2>
      <p className="muted">
        Kies een Excel- of CSV-bestand, bijvoorbeeld een eerdere export van Koers. Je ziet eerst wat er verandert; pas na
        “Toepassen” wordt het programma gewijzigd, in één keer. Koers legt vlak daarvoor een versie vast, zodat je de import
        kunt terugdraaien.
      </p>
      <p>
        <label htmlFor={fileId}>Bestand (.xlsx of .csv)</label>
        <br />
        <input
          id={fileId}
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          onChange={(e) => chooseFile(e.currentTarget.files?.[0] ?? null)}
        />
      </p>

      <div role="status" aria-live="polite" className="import-status">
        {busy === 'preview' && 'Bestand wordt gelezen…'}
        {busy === 'apply' && 'Bezig met importeren…'}
        {!busy && report && `Voorbeeld: ${summaryText(report, confirmDeletes)}.`}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}

      {mappable.length > 0 && (
        <fieldset className="import-mapping">
          <legend>Kolommen koppelen</legend>
          <p className="muted">Koers herkent deze kolommen niet. Kies het veld waar ze bij horen, of laat ze weg.</p>
          {mappable.map((col) => (
            <MappingRow key={col.header} column={col} value={columns[col.header]} onChange={(v) => mapColumn(col.header, v)} />
          ))}
        </fieldset>
      )}

      {report && errors.length + warnings.length > 0 && (
        <section aria-label="Meldingen bij het bestand">
          <h3>Meldingen</h3>
          <ul className="import-findings">
            {[...errors, ...warnings].map((f, i) => (
              <li key={i} className={f.severity}>
                <strong>{f.severity === 'error' ? 'Fout' : 'Waarschuwing'}:</strong> {f.message}
              </li>
            ))}
          </ul>
        </section>
      )}

      {report && report.validation && report.validation.length > 0 && (
        <section aria-label="Controle na het importeren">
          <h3>Controle na het importeren</h3>
          <p className="muted">Na “Toepassen” meldt de controle van het programma dit erbij. Je kunt het ook daarna nog in de tabel oplossen.</p>
          <ul className="import-findings">
            {report.validation.map((f, i) => (
              <li key={i} className={f.severity}>
                <strong>{SEVERITY_WORDS[f.severity]}</strong> ({f.place}): {f.message}
              </li>
            ))}
          </ul>
        </section>
      )}

      {report && report.deletions.length > 0 && (
        <section aria-label="Rijen die niet in het bestand staan">
          <h3>Niet in het bestand</h3>
          <ul className="import-deletions">
            {report.deletions.map((d) => (
              <li key={d.id}>
                {d.label}
                {d.rows > 1 ? ` (met ${d.rows - 1} ${d.rows - 1 === 1 ? 'rij' : 'rijen'} eronder)` : ''}
              </li>
            ))}
          </ul>
          <label className="import-confirm">
            <input type="checkbox" checked={confirmDeletes} disabled={busy !== null} onChange={(e) => toggleDeletes(e.currentTarget.checked)} /> Ja,
            verwijder deze {report.summary.wouldDelete} {report.summary.wouldDelete === 1 ? 'rij' : 'rijen'} uit het programma
          </label>
          {!confirmDeletes && <p className="muted">Zonder dit vinkje blijven ze staan.</p>}
        </section>
      )}

      {changed.length > 0 && (
        <section aria-label="Wat er verandert">
          <h3>Wat er verandert</h3>
          <div className="import-preview">
            <table>
              <thead>
                <tr>
                  <th scope="col">Plaats in het bestand</th>
                  <th scope="col">Actie</th>
                  <th scope="col">Rij</th>
                  <th scope="col">Wijzigingen</th>
                </tr>
              </thead>
              <tbody>
                {changed.slice(0, SHOWN_ROWS).map((r) => (
                  <tr key={`${r.sheet}-${r.row}-${r.id}`}>
                    <td>
                      Blad {r.sheet}, rij {r.row}
                    </td>
                    <td>{ACTION_LABELS[r.action]}</td>
                    <td>{r.label}</td>
                    <td>
                      {r.changes.map((c) => (
                        <div key={c.field}>
                          <strong>{c.column}:</strong> {shown(c.from)} <span aria-hidden="true">→</span>
                          <span className="sr-only"> wordt </span> {shown(c.to)}
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {changed.length > SHOWN_ROWS && <p className="muted">En nog {changed.length - SHOWN_ROWS} rijen.</p>}
        </section>
      )}

      <div className="button-row">
        <button type="button" className="button primary" aria-disabled={!report?.ok || busy !== null} onClick={() => void apply()}>
          Toepassen
        </button>
        <button type="button" className="button" onClick={onClose}>
          Annuleren
        </button>
      </div>
      {report && !report.ok && <p className="muted">Toepassen kan pas als er geen fouten meer zijn.</p>}
    </>
  );
}

/** After "Toepassen": what changed, and the one step back. */
function AppliedImport({ session, titleId, applied, onClose }: { session: Session; titleId: string; applied: { report: ImportReport; text: string }; onClose(): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  const versionId = applied.report.undoVersionId;
  const takeBack = async () => {
    setBusy(true);
    setError(null);
    try {
      session.notify(undoneText(await undoImport(session.documentId, applied.report)), 'info');
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Terugdraaien is mislukt; er is niets gewijzigd.');
      setBusy(false);
    }
  };
  return (
    <>
      <h2 id={titleId}>Importeren uit Excel of CSV</h2>
      <p role="status">Import toegepast: {applied.text}.</p>
      {versionId && (
        <p className="muted">
          Niet wat je bedoelde? “Import terugdraaien” zet terug wat deze import veranderde. Wat collega’s daarna wijzigden, blijft staan.
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        {versionId && (
          <button type="button" className="button" aria-disabled={busy} onClick={() => void (busy ? undefined : takeBack())}>
            Import terugdraaien
          </button>
        )}
        <button ref={closeRef} type="button" className="button primary" onClick={onClose}>
          Sluiten
        </button>
      </div>
    </>
  );
}

function undoneText(u: ImportUndone): string {
  const parts = [`${u.cells} ${u.cells === 1 ? 'cel' : 'cellen'} terug`, `${u.removed} ${u.removed === 1 ? 'rij' : 'rijen'} weer weg`];
  if (u.returned > 0) parts.push(`${u.returned} ${u.returned === 1 ? 'rij' : 'rijen'} terug`);
  const kept = u.kept > 0 ? ` ${u.kept} ${u.kept === 1 ? 'cel is' : 'cellen zijn'} intussen door iemand gewijzigd en ${u.kept === 1 ? 'is' : 'zijn'} gebleven.` : '';
  return `Import teruggedraaid: ${parts.join(', ')}.${kept}`;
}

function MappingRow({
  column,
  value,
  onChange,
}: {
  column: Unplaced;
  value: string | null | undefined;
  onChange(value: string): void;
}) {
  const id = useId();
  return (
    <p>
      <label htmlFor={id}>
        Blad {column.sheet}, kolom “{column.header}”{column.letter ? ` (${column.letter})` : ''}
      </label>
      <br />
      <select id={id} value={value === undefined ? UNMAPPED : value === null ? LEAVE_OUT : value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value={UNMAPPED}>Kies een veld…</option>
        <option value={LEAVE_OUT}>Weglaten</option>
        {column.choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    </p>
  );
}

const SEVERITY_WORDS = { error: 'Fout', warning: 'Waarschuwing', info: 'Opmerking' } as const;

function summaryText(report: ImportReport, confirmDeletes: boolean): string {
  const s = report.summary;
  const parts = [
    `${s.update} ${s.update === 1 ? 'rij' : 'rijen'} gewijzigd`,
    `${s.add} toegevoegd`,
    `${s.unchanged} ongewijzigd`,
  ];
  if (s.wouldDelete > 0) parts.push(confirmDeletes ? `${s.wouldDelete} verwijderd` : `${s.wouldDelete} niet in het bestand (blijven staan)`);
  if (s.skipped > 0) parts.push(`${s.skipped} overgeslagen (ander programma)`);
  return parts.join(', ');
}

function shown(value: string | number | boolean | null): string {
  if (value === null || value === '') return '(leeg)';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  return shorten(value, 200);
}
