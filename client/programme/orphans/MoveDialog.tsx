/**
 * "Verplaatsen naar…": a modal question (native <dialog>: focus stays inside, Escape cancels)
 * with one choice list of the places a row of this kind may hang under, grouped per goal.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { OrphanLine, ParentGroup } from './orphan-tree.ts';

export function MoveDialog({
  line,
  groups,
  onMove,
  onClose,
}: {
  line: OrphanLine;
  groups: readonly ParentGroup[];
  /** Resolves true when moved (the dialog then closes), false when refused (it stays open). */
  onMove: (parentId: string) => Promise<boolean>;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const first = groups[0]?.choices[0]?.id ?? '';
  const [parentId, setParentId] = useState(first);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!parentId || busy) return;
    setBusy(true);
    const moved = await onMove(parentId);
    setBusy(false);
    if (moved) onClose();
  };

  return (
    <dialog ref={ref} className="dialog orphan-move" aria-labelledby={`${id}-titel`} aria-describedby={`${id}-rij`} onCancel={(e) => (e.preventDefault(), onClose())}>
      <h2 id={`${id}-titel`}>Verplaatsen naar…</h2>
      <p id={`${id}-rij`} className="orphan-move-row">
        {line.text}
        {line.below > 0 ? ` (de ${line.below === 1 ? 'rij' : `${line.below} rijen`} eronder ${line.below === 1 ? 'gaat' : 'gaan'} mee)` : ''}
      </p>
      <form onSubmit={submit} aria-busy={busy}>
        {groups.length === 0 ? (
          <p>Er is in dit programma geen onderdeel waar deze rij onder kan hangen. Voeg er eerst een toe, of verwijder de rij.</p>
        ) : (
          <div className="form-field">
            <label htmlFor={`${id}-plaats`}>Nieuwe plaats</label>
            <select id={`${id}-plaats`} value={parentId} onChange={(e) => setParentId(e.target.value)} autoFocus>
              {groups.map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.choices.map((choice) => (
                    <option key={choice.id} value={choice.id}>
                      {choice.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
        )}
        <div className="button-row">
          {groups.length > 0 && (
            <button type="submit" className="button primary" aria-disabled={busy || undefined}>
              Verplaatsen
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Annuleren
          </button>
        </div>
      </form>
    </dialog>
  );
}
