import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Programme } from '../../shared/model/types.ts';
import type { CardDispositionRecord, WorkshopCard } from '../../shared/workshop/types.ts';
import { sendDisposition } from './api.ts';
import { ACTION_LABELS, TEXT_FIELDS, actionsFor, initialDraft, placeOf, toDisposition, withField, type DispositionDraft } from './disposition.ts';
import { AlertRegion } from './AlertRegion.tsx';

/** 'Verwerken': take a card's text into the table, add a new result, or record why not. */
export function DispositionForm({
  workshopId,
  card,
  programme,
  mayChange,
  onDone,
  onCancel,
}: {
  workshopId: string;
  card: WorkshopCard;
  programme: Programme | null;
  /** May change the programme (editor, or facilitator with the edit grant); else only 'niet verwerken'. */
  mayChange: boolean;
  onDone(record: CardDispositionRecord): void;
  onCancel(): void;
}) {
  // Without the right the form offers what the server would accept: recording why not.
  const place = mayChange ? placeOf(programme, card.rowId) : null;
  const [draft, setDraft] = useState<DispositionDraft>(() => ({ ...initialDraft(programme, card, place), ...(mayChange ? {} : { action: 'niet-verwerkt' as const }) }));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const firstRef = useRef<HTMLInputElement>(null);
  const ids = { field: useId(), value: useId(), subGoal: useId(), note: useId(), reason: useId() };
  const set = (patch: Partial<DispositionDraft>) => setDraft((d) => ({ ...d, ...patch }));

  useEffect(() => firstRef.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const check = toDisposition(card, place, draft);
    if (!check.ok) {
      setError(check.error);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onDone(await sendDisposition(workshopId, card.id, check.disposition));
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Opslaan lukte niet.');
    } finally {
      setBusy(false);
    }
  };

  const subGoals = programme?.goals.flatMap((g) => g.subGoals.map((s, i) => ({ id: s.id, label: `Uitwerking ${g.code}.${i + 1}: ${s.title}` }))) ?? [];
  return (
    <form className="ws-disposition" onSubmit={submit} aria-label={`Kaart verwerken: ${card.text.slice(0, 60)}`} noValidate>
      <fieldset>
        <legend>Wat doe je met deze kaart?</legend>
        {actionsFor(place).map((action, i) => (
          <label key={action} className="ws-radio">
            <input ref={i === 0 ? firstRef : undefined} type="radio" name={`actie-${card.id}`} checked={draft.action === action} onChange={() => set({ action })} />
            {ACTION_LABELS[action]}
          </label>
        ))}
        {!mayChange && <p className="hint">De tabel aanpassen vanuit dit werkatelier doet een redacteur of beheerder.</p>}
      </fieldset>
      {draft.action === 'verwerkt' && place && (
        <>
          <label htmlFor={ids.field}>Veld</label>
          <select id={ids.field} value={draft.field} onChange={(e) => setDraft((d) => withField(programme, card, d, e.target.value))}>
            {TEXT_FIELDS[place.kind].map((f) => (
              <option key={f.field} value={f.field}>
                {f.label}
              </option>
            ))}
          </select>
          <p className="hint">De tekst hieronder staat nu in de tabel. Pas hem aan met wat de kaart voorstelt; de kaart zegt: “{card.text}”</p>
          <label htmlFor={ids.value}>Nieuwe tekst</label>
          <textarea id={ids.value} rows={4} value={draft.value} onChange={(e) => set({ value: e.target.value })} />
        </>
      )}
      {draft.action === 'nieuw-resultaat' && (
        <>
          <label htmlFor={ids.subGoal}>Onder welke uitwerking?</label>
          <select id={ids.subGoal} value={draft.subGoalId} onChange={(e) => set({ subGoalId: e.target.value })}>
            <option value="">Kies een uitwerking</option>
            {subGoals.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </>
      )}
      {draft.action === 'niet-verwerkt' ? (
        <>
          <label htmlFor={ids.reason}>Reden (verplicht)</label>
          <textarea id={ids.reason} rows={3} value={draft.reason} onChange={(e) => set({ reason: e.target.value })} aria-required="true" />
        </>
      ) : (
        <>
          <label htmlFor={ids.note}>Toelichting (niet verplicht)</label>
          <textarea id={ids.note} rows={2} value={draft.note} onChange={(e) => set({ note: e.target.value })} />
        </>
      )}
      <AlertRegion message={error} />
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Bezig…' : 'Opslaan'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
