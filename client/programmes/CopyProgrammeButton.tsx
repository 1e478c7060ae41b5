/**
 * "Kopie maken" on a programme's card, for a beheerder of all programmes (the server checks the
 * same): a new programme with this one's rows, now or as frozen in a version, for the next
 * period or a jaarplan. The dialog proposes the next period of the same length; the new
 * programme opens when it is made.
 */
import { useState } from 'react';
import { ALL_PROGRAMMES, can, type RoleGrant } from '../../shared/auth/roles.ts';
import { VERSION_STATUS_LABELS, type VersionInfo } from '../../shared/history/index.ts';
import type { ProgrammeSettings } from '../../shared/programmes/settings.ts';
import { formatDate } from '../../shared/text/dutch.ts';
import { programmeHref } from '../app/route.ts';
import { listVersions } from '../history/api.ts';
import { FormDialog, type FormField } from './FormDialog.tsx';
import { createFromForm, fetchSettings } from './programmes-api.ts';

const CURRENT = '';

interface Opened {
  settings: ProgrammeSettings;
  versions: VersionInfo[];
}

function fieldsFor(versions: readonly VersionInfo[]): FormField[] {
  const choices = [
    { value: CURRENT, label: 'De huidige stand' },
    ...versions.map((v) => ({ value: v.id, label: `Versie "${v.name}" (${VERSION_STATUS_LABELS[v.status]}, ${formatDate(v.date)})` })),
  ];
  return [
    { name: 'version', label: 'Kopiëren van', choices },
    { name: 'name', label: 'Naam van het nieuwe programma' },
    { name: 'municipality', label: 'Gemeente' },
    { name: 'periodStart', label: 'Periode van (jaar)', year: true },
    { name: 'periodEnd', label: 'Periode tot en met (jaar)', year: true },
  ];
}

/** The period after the source's, as long as it: 2025-2028 gives 2029-2032. */
function nextPeriod(s: ProgrammeSettings): { start: string; end: string } {
  if (s.periodStart === null || s.periodEnd === null) return { start: '', end: '' };
  const length = s.periodEnd - s.periodStart;
  return { start: String(s.periodEnd + 1), end: String(s.periodEnd + 1 + length) };
}

export function CopyProgrammeButton({ documentId, name, grants }: { documentId: string; name: string; grants: readonly RoleGrant[] }) {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!can(grants, ALL_PROGRAMMES, 'manage')) return null;
  const open = () => {
    setError(null);
    Promise.all([fetchSettings(documentId), listVersions(documentId)]).then(
      ([settings, versions]) => setOpened({ settings, versions }),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  };
  const period = opened ? nextPeriod(opened.settings) : null;
  return (
    <>
      <button type="button" className="button small" onClick={open} aria-label={`Kopie maken van ${name}`}>
        Kopie maken
      </button>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {opened && period && (
        <FormDialog
          title={`Kopie maken van ${name}`}
          intro="Een nieuw programma met alle doelen, indicatoren, resultaten, activiteiten, metingen en prioriteiten van dit programma. Opmerkingen en erkende waarschuwingen gaan niet mee."
          fields={fieldsFor(opened.versions)}
          initial={{ version: CURRENT, name: `${name} ${period.start}-${period.end}`, municipality: opened.settings.municipality, periodStart: period.start, periodEnd: period.end }}
          submitLabel="Kopie maken"
          onClose={() => setOpened(null)}
          onSubmit={async (values) => {
            const { id } = await createFromForm(values, { copyOf: documentId, version: values.version || null });
            window.location.hash = programmeHref(id);
          }}
        />
      )}
    </>
  );
}
