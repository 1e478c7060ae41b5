/**
 * On a programme's card: "Gearchiveerd" when it is, and for its beheerder the buttons
 * "Instellingen" (the programme's name and settings) and "Archiveren" (after a confirmation
 * that a version is taken first), or "Uit het archief halen"; for a beheerder of all programmes
 * also "Kopie maken". The server checks the same rights.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { can, type RoleGrant } from '../../shared/auth/roles.ts';
import type { ProgrammeSettings } from '../../shared/programmes/settings.ts';
import { CopyProgrammeButton } from './CopyProgrammeButton.tsx';
import { FormDialog } from './FormDialog.tsx';
import { archiveProgramme, fetchSettings, saveSettings, unarchiveProgramme } from './programmes-api.ts';
import './programmes.css';

const SETTINGS_FIELDS = [
  { name: 'name', label: 'Naam van het programma' },
  { name: 'municipality', label: 'Gemeente' },
  { name: 'periodStart', label: 'Periode van (jaar)', year: true },
  { name: 'periodEnd', label: 'Periode tot en met (jaar)', year: true },
  { name: 'baselineHeader', label: 'Kop van de nulmeting, bijvoorbeeld "Nulmeting 2025"' },
  { name: 'targetHeader', label: 'Kop van de streefwaarde, bijvoorbeeld "Streefwaarde 2028"' },
  { name: 'advisoryBody', label: 'Naam van de adviesraad' },
  { name: 'council', label: 'Naam van de raad' },
  { name: 'levelLabels.opgave', label: 'Woord voor opgave' },
  { name: 'levelLabels.doel', label: 'Woord voor doel' },
  { name: 'levelLabels.uitwerking', label: 'Woord voor uitwerking' },
  { name: 'levelLabels.resultaat', label: 'Woord voor resultaat' },
] as const;

function formValues(s: ProgrammeSettings, name: string): Record<string, string> {
  return {
    name,
    municipality: s.municipality,
    periodStart: s.periodStart === null ? '' : String(s.periodStart),
    periodEnd: s.periodEnd === null ? '' : String(s.periodEnd),
    baselineHeader: s.baselineHeader,
    targetHeader: s.targetHeader,
    advisoryBody: s.advisoryBody,
    council: s.council,
    'levelLabels.opgave': s.levelLabels.opgave,
    'levelLabels.doel': s.levelLabels.doel,
    'levelLabels.uitwerking': s.levelLabels.uitwerking,
    'levelLabels.resultaat': s.levelLabels.resultaat,
  };
}

function patchOf(v: Record<string, string>): Record<string, unknown> {
  return {
    name: v.name,
    municipality: v.municipality,
    periodStart: v.periodStart,
    periodEnd: v.periodEnd,
    baselineHeader: v.baselineHeader,
    targetHeader: v.targetHeader,
    advisoryBody: v.advisoryBody,
    council: v.council,
    levelLabels: {
      opgave: v['levelLabels.opgave'],
      doel: v['levelLabels.doel'],
      uitwerking: v['levelLabels.uitwerking'],
      resultaat: v['levelLabels.resultaat'],
    },
  };
}

export function ProgrammeCardActions({
  documentId,
  name,
  archived,
  grants,
  onChanged,
}: {
  documentId: string;
  name: string;
  archived: boolean;
  grants: readonly RoleGrant[];
  onChanged: () => void;
}) {
  const [settings, setSettings] = useState<ProgrammeSettings | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const manages = can(grants, documentId, 'manage');
  if (archived) return <ArchivedMark documentId={documentId} name={name} manages={manages} onChanged={onChanged} />;
  if (!manages) return null;
  const openSettings = () => {
    setError(null);
    fetchSettings(documentId).then(setSettings, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <div className="card-actions">
      <button type="button" className="button small" onClick={openSettings} aria-label={`Instellingen van ${name}`}>
        Instellingen
      </button>
      <button type="button" className="button small" onClick={() => setConfirming(true)} aria-label={`${name} archiveren`}>
        Archiveren
      </button>
      <CopyProgrammeButton documentId={documentId} name={name} grants={grants} />
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {settings && (
        <FormDialog
          title={`Instellingen van ${name}`}
          fields={SETTINGS_FIELDS}
          initial={formValues(settings, name)}
          submitLabel="Opslaan"
          onClose={() => setSettings(null)}
          onSubmit={async (values) => {
            await saveSettings(documentId, patchOf(values));
            setSettings(null);
            onChanged();
          }}
        />
      )}
      {confirming && (
        <ArchiveConfirm
          name={name}
          onCancel={() => setConfirming(false)}
          onConfirm={async () => {
            await archiveProgramme(documentId);
            setConfirming(false);
            onChanged();
          }}
        />
      )}
    </div>
  );
}

function ArchivedMark({ documentId, name, manages, onChanged }: { documentId: string; name: string; manages: boolean; onChanged: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const restore = () => {
    setBusy(true);
    setError(null);
    unarchiveProgramme(documentId).then(onChanged, (e: unknown) => {
      setBusy(false);
      setError(e instanceof Error ? e.message : String(e));
    });
  };
  return (
    <div className="card-actions">
      <p className="card-archived">Gearchiveerd</p>
      {manages && (
        <button type="button" className="button small" onClick={restore} disabled={busy} aria-label={`${name} uit het archief halen`}>
          Uit het archief halen
        </button>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

function ArchiveConfirm({ name, onCancel, onConfirm }: { name: string; onCancel: () => void; onConfirm: () => Promise<void> }) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    cancelRef.current?.focus();
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-titel`} aria-describedby={`${id}-tekst`} onCancel={(e) => (e.preventDefault(), onCancel())}>
      <h2 id={`${id}-titel`}>{name} archiveren?</h2>
      <p id={`${id}-tekst`}>
        Eerst wordt een versie genomen, zodat niets verloren gaat. Daarna is het programma voor iedereen alleen te lezen en te exporteren.
      </p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button danger" onClick={() => onConfirm().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))}>
          Versie nemen en archiveren
        </button>
        <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </dialog>
  );
}
