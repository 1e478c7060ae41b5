/**
 * "Herstel deze cel / rij / het programma uit versie …": after a confirmation, a cell or row is
 * written back into the live document in this browser, as one transaction with the officer's
 * own origin: it reaches everyone like any edit, and Ctrl+Z undoes it. The whole programme is
 * restored by the server (POST /restore), because /sync refuses a page's delete of rows of
 * several goals at once; that one is not on the undo stack. What it changed is shown here.
 */
import { useId, useState } from 'react';
import type { RestoreScope, VersionInfo } from '../../shared/history/index.ts';
import type { FocusedCell } from '../programme/session.ts';
import { useSession } from '../programme/SessionContext.ts';
import { useStore } from '../programme/store.ts';
import { readProgramme, type RestoreSummary } from '../../shared/doc/index.ts';
import { restoreFromVersion } from '../actions/restore-action.ts';
import { diffProgrammes } from '../../shared/history/index.ts';
import { HttpError } from '../app/http.ts';
import { fetchVersion, restoreProgramme, type RestoreOutcome } from './api.ts';
import { fieldsOfCell, isResultIndicatorsCell } from './cell-fields.ts';
import { changeCounts, changeGroups } from './change-list.ts';
import { adoptedVersion } from './version-list.ts';
import { statusLabel } from './VersionsView.tsx';
import { capitalize, formatDate, plural } from '../../shared/text/dutch.ts';

type What = 'cell' | 'row' | 'programme';

interface Done {
  what: What;
  version: VersionInfo;
  outcome: RestoreOutcome;
}

export function RestoreForm({ focused, place }: { focused: FocusedCell; place: string }) {
  const session = useSession();
  const versions = useStore(session.versions.versions) ?? [];
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const [error, setError] = useState<string | null>(null);
  const version = versions.find((v) => v.id === chosen) ?? adoptedVersion(versions) ?? versions[0];
  if (!version) return null;
  const cellFields = isResultIndicatorsCell(focused.kind, focused.colId) ? [] : fieldsOfCell(focused.kind, focused.colId);
  const versionName = `“${version.name}” (${formatDate(version.date)})`;

  const restore = async (what: What) => {
    const subject = what === 'cell' ? `de cel ${place}` : what === 'row' ? `de hele rij van ${place}` : 'het hele programma';
    const ok = await session.confirm({
      title: what === 'cell' ? 'Cel herstellen?' : what === 'row' ? 'Rij herstellen?' : 'Programma herstellen?',
      message:
        what === 'programme'
          ? `${capitalize(subject)} krijgt weer de inhoud uit versie ${versionName}. Dat is een nieuwe wijziging die iedereen meteen ziet. Ctrl+Z draait die niet terug: herstel daarvoor een versie van vóór het herstel.`
          : `${capitalize(subject)} krijgt weer de inhoud uit versie ${versionName}. Dat is een nieuwe wijziging die iedereen meteen ziet; met Ctrl+Z (Ongedaan maken) draai je die terug.`,
      confirmLabel: 'Herstellen',
    });
    if (!ok) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      if (what === 'programme') {
        // On the server: a whole-programme restore may delete rows of many goals at once.
        const outcome = await restoreProgramme(session.documentId, version.id);
        setDone({ what, version, outcome });
        session.notify(`Hersteld uit ${version.name}: ${summaryText(outcome)}`, 'info');
        return;
      }
      const scopes: RestoreScope[] =
        what === 'row'
            ? [{ scope: 'row', kind: focused.kind, rowId: focused.rowId }]
            : cellFields.map((field) => ({ scope: 'cell', kind: focused.kind, rowId: focused.rowId, field }));
      const target = await fetchVersion(session.documentId, version.id);
      const before = readProgramme(session.doc);
      const restored = session.actions.run(restoreFromVersion, { version: target, scopes }, { quiet: true });
      if (!restored.ok) throw new Error(restored.reason);
      const summaries = restored.result;
      const outcome: RestoreOutcome | null =
        summaries.length > 0 ? { summary: mergeSummaries(summaries), diff: diffProgrammes(before, readProgramme(session.doc)) } : null;
      if (outcome) {
        setDone({ what, version, outcome });
        session.notify(`Hersteld uit ${version.name}: ${summaryText(outcome)}`, 'info');
      }
    } catch (e) {
      setError(e instanceof HttpError ? e.message : 'Herstellen is niet gelukt.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="restore-form">
      <h4>Herstellen uit een versie</h4>
      <label htmlFor={`${id}-versie`}>Versie</label>
      <select id={`${id}-versie`} value={version.id} onChange={(e) => setChosen(e.target.value)}>
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            {v.name} ({statusLabel(v)}, {formatDate(v.date)})
          </option>
        ))}
      </select>
      <div className="button-row">
        {cellFields.length > 0 && (
          <button type="button" className="button small" aria-disabled={busy} onClick={() => !busy && void restore('cell')}>
            Herstel deze cel uit versie {version.name}
          </button>
        )}
        <button type="button" className="button small" aria-disabled={busy} onClick={() => !busy && void restore('row')}>
          Herstel deze rij uit versie {version.name}
        </button>
        <button type="button" className="button small" aria-disabled={busy} onClick={() => !busy && void restore('programme')}>
          Herstel het programma uit versie {version.name}
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div role="status">{done && <RestoreResult done={done} />}</div>
    </div>
  );
}

function RestoreResult({ done }: { done: Done }) {
  const groups = changeGroups(done.outcome.diff);
  return (
    <div className="restore-result">
      <p>
        <strong>Hersteld uit {done.version.name}:</strong> {summaryText(done.outcome)}
      </p>
      {groups.length > 0 && (
        <ul>
          {groups.flatMap((g) =>
            g.lines.map((line, i) => (
              <li key={`${g.title}-${i}`}>
                {line.path ? `${line.path} · ` : ''}
                {line.field ? `${line.field}: ` : `${line.subject} `}
                {line.old !== null && line.new !== null ? (
                  <>
                    <del>{line.old}</del> <span aria-hidden="true">→</span>
                    <span className="sr-only"> werd </span> <ins>{line.new}</ins>
                  </>
                ) : (
                  `(${line.kind === 'added' ? 'teruggezet' : line.kind === 'removed' ? 'verwijderd' : 'verplaatst'})`
                )}
              </li>
            )),
          )}
        </ul>
      )}
    </div>
  );
}

function summaryText(outcome: RestoreOutcome): string {
  const s = outcome.summary;
  const parts = [
    s.cells > 0 ? plural(s.cells, 'cel teruggezet', 'cellen teruggezet') : null,
    s.added.length > 0 ? plural(s.added.length, 'rij teruggehaald', 'rijen teruggehaald') : null,
    s.removed.length > 0 ? plural(s.removed.length, 'rij verwijderd', 'rijen verwijderd') : null,
    s.moved.length > 0 ? plural(s.moved.length, 'rij teruggeplaatst', 'rijen teruggeplaatst') : null,
    s.meta > 0 ? plural(s.meta, 'programmagegeven teruggezet', 'programmagegevens teruggezet') : null,
  ].filter(Boolean);
  return parts.length > 0 ? `${parts.join(', ')}. ${changeCounts(outcome.diff)}` : 'er was niets anders dan in die versie.';
}

function mergeSummaries(list: RestoreSummary[]): RestoreSummary {
  return {
    cells: list.reduce((n, s) => n + s.cells, 0),
    added: list.flatMap((s) => s.added),
    removed: list.flatMap((s) => s.removed),
    moved: list.flatMap((s) => s.moved),
    meta: list.reduce((n, s) => n + s.meta, 0),
  };
}
