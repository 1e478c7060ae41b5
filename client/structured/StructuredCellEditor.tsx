/**
 * The popup editor for Nulmeting and Streefwaarde: the verbatim text (the main value), beside it
 * how the shared parser reads it, and fields for the structured parts. The text and the parts are
 * independent: the officer moves one into the other only with the two buttons.
 *
 * Saving writes only what changed, in one transaction (one undo step). The grid ends editing in
 * two ways: cancel (Escape), which saves nothing, and stop (Enter, Opslaan, clicking elsewhere),
 * after which AG Grid asks isCancelAfterEnd; that is where the save happens, so a click outside
 * keeps what was typed. The grid's own value is never used (readOnlyEdit sees no change).
 */
import { useEffect, useEffectEvent, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useGridCellEditor, type CustomCellEditorProps } from 'ag-grid-react';
import { parseCell } from '../../shared/indicator/index.ts';
import type { GoalIndicator } from '../../shared/model/types.ts';
import { useSession } from '../programme/SessionContext.ts';
import { useStore } from '../programme/store.ts';
import { textFromParts } from './compose.ts';
import { partsFromText } from './from-text.ts';
import { ParsedReading } from './ParsedReading.tsx';
import { PartInput } from './PartInput.tsx';
import {
  changesToSave,
  disagreements,
  draftFromRow,
  PART_SPECS,
  ROLE_GROUPS,
  ROLE_TITLES,
  type CellRole,
  type Draft,
  type PartField,
} from './parts.ts';
import { saveIndicatorParts } from '../actions/structured-save.ts';
import './structured.css';

/** Parts that only matter for one comparator stay out of the way unless they are in use. */
function visible(field: PartField, draft: Draft): boolean {
  if (field === 'targetHigh') return draft.parts.direction === 'range' || draft.parts.targetHigh !== '';
  if (field === 'targetPercent') return draft.parts.direction === 'relative' || draft.parts.targetPercent !== '';
  return true;
}

function isPrintable(key: string | null): key is string {
  return key !== null && key.length === 1;
}

export function StructuredCellEditor(props: CustomCellEditorProps<GoalIndicator, string>) {
  const session = useSession();
  const role = (props.colDef.field === 'baseline' ? 'baseline' : 'target') satisfies CellRole;
  const period = useStore(session.programme)?.period ?? '';
  const endYear = Number(/(\d{4})\s*$/.exec(period)?.[1] ?? NaN);
  const defaultTargetYear = Number.isFinite(endYear) ? endYear : null;

  // The row as it was when the editor opened: the base for "what did this officer change".
  const [opened] = useState(() => ({ ...props.data }));
  const [draft, setDraft] = useState<Draft>(() => {
    const initial = draftFromRow(opened, role);
    // Typing on a cell starts editing with that key, as in the rest of the grid.
    return isPrintable(props.eventKey) ? { ...initial, text: props.eventKey } : initial;
  });
  const [previousText, setPreviousText] = useState<string | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<PartField>>(new Set());
  const [showAllErrors, setShowAllErrors] = useState(false);
  const [message, setMessage] = useState('');
  // Ahead of the render: the grid may end editing (and save) before React renders the last key.
  const draftRef = useRef(draft);
  const updateDraft = (change: (d: Draft) => Draft) => {
    const next = change(draftRef.current);
    draftRef.current = next;
    setDraft(next);
  };
  /** Saved (or being saved): a second stop must not write again. */
  const done = useRef(false);
  /** Escape or Annuleren: nothing is saved on the way out. */
  const cancelled = useRef(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const idBase = useId();

  const parsed = useMemo(() => parseCell(draft.text, role, { defaultTargetYear }), [draft.text, role, defaultTargetYear]);
  const fromText = useMemo(() => partsFromText(parsed, role), [parsed, role]);
  const differ = disagreements(fromText, draft, role);

  /** Writes the changes; false (and nothing written) when an explicit save finds unreadable parts. */
  const save = (explicit: boolean): boolean => {
    const { changes, errors } = changesToSave(opened, role, draftRef.current);
    const invalid = Object.keys(errors) as PartField[];
    if (explicit && invalid.length > 0) {
      setShowAllErrors(true);
      setMessage('Niet opgeslagen: verbeter eerst de gemarkeerde velden.');
      rootRef.current?.querySelector<HTMLElement>(`[data-part="${invalid[0]}"]`)?.focus();
      return false;
    }
    if (changes.length > 0) {
      const saved = session.actions.run(saveIndicatorParts, { indicatorId: opened.id, changes }, { quiet: true });
      // The row may have been deleted by a colleague meanwhile: give the officer their text back.
      if (!saved.ok) session.notify(`${saved.reason} Je tekst was: "${draftRef.current.text}".`);
    }
    if (invalid.length > 0) {
      // Editing ended by a click elsewhere: say what could not be stored, in the officer's words.
      const lost = invalid.map((f) => `${PART_SPECS[f].label} "${draftRef.current.parts[f]}"`).join(', ');
      session.notify(`Niet opgeslagen omdat het geen geldig getal of jaartal is: ${lost}.`);
    }
    return true;
  };

  useGridCellEditor({
    isCancelAfterEnd() {
      if (!done.current) {
        done.current = true;
        save(false);
      }
      return true;
    },
  });

  // Torn down without a stop or a cancel (a colleague deleted the row, the grid went away): keep
  // what was typed if it can still be written, or hand it back in a notice.
  // Checked a moment later, so React's development double mount (StrictMode) is not an unmount.
  const mounted = useRef(false);
  const saveOnTeardown = useEffectEvent(() => save(false));
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      queueMicrotask(() => {
        if (!mounted.current && !done.current && !cancelled.current) {
          done.current = true;
          saveOnTeardown();
        }
      });
    };
  }, []);

  const focusText = () => {
    const el = textRef.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    el.setSelectionRange(el.value.length, el.value.length);
  };

  // The popup may be attached to the page after the first layout: try again after paint.
  useLayoutEffect(() => {
    focusText();
    const frame = requestAnimationFrame(() => {
      if (!rootRef.current?.contains(document.activeElement)) focusText();
      // The popup hangs under the cell; near the bottom of the window that is off screen.
      // Scroll the page vertically only: scrollIntoView would also shift it sideways.
      const rect = rootRef.current?.getBoundingClientRect();
      if (rect && rect.bottom > window.innerHeight) window.scrollBy(0, Math.min(rect.bottom - window.innerHeight + 12, rect.top - 64));
    });
    return () => cancelAnimationFrame(frame);
  }, []);

  /** The popup is gone after this; the keyboard goes back to the cell, as after Escape. */
  const backToCell = () => {
    if (!props.api.isDestroyed()) props.api.setFocusedCell(props.rowIndex, props.column);
  };

  const commit = () => {
    if (done.current) return;
    if (!save(true)) return;
    done.current = true;
    props.stopEditing();
    backToCell();
  };

  const cancel = () => {
    cancelled.current = true;
    props.api.stopEditing(true);
    backToCell();
  };

  const setPart = (field: PartField, value: string) => updateDraft((d) => ({ ...d, parts: { ...d.parts, [field]: value } }));

  const takePartsFromText = () => {
    const found = fromText;
    const fields = Object.keys(found) as PartField[];
    if (fields.length === 0) {
      setMessage('In de tekst staat niets wat als onderdeel kan worden overgenomen. De onderdelen zijn niet veranderd.');
      return;
    }
    updateDraft((d) => ({ ...d, parts: { ...d.parts, ...found } }));
    const labels = [...new Set(fields.filter((f) => ROLE_GROUPS[role].some((g) => g.fields.includes(f))).map((f) => PART_SPECS[f].label.toLowerCase()))];
    setMessage(`Overgenomen uit de tekst: ${labels.join(', ')}. Nog niet opgeslagen.`);
  };

  const rewriteText = () => {
    const text = textFromParts(draft, role);
    if (text === null) {
      setMessage('De onderdelen zeggen te weinig om een tekst van te maken. De tekst is niet veranderd.');
      return;
    }
    if (text === draft.text) {
      setMessage('De tekst zegt al wat de onderdelen zeggen.');
      return;
    }
    setPreviousText(draft.text);
    updateDraft((d) => ({ ...d, text }));
    setMessage(`Tekst bijgewerkt uit de onderdelen: "${text}". Nog niet opgeslagen; de vorige tekst kun je terugzetten.`);
  };

  const restoreText = () => {
    if (previousText === null) return;
    updateDraft((d) => ({ ...d, text: previousText }));
    setPreviousText(null);
    setMessage('Vorige tekst teruggezet.');
    focusText();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target;
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey) {
      // Enter saves from any field; in the text Shift+Enter starts a new line. Buttons keep Enter.
      if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement) {
        event.preventDefault();
        commit();
      }
    } else if (event.key === 'Tab') {
      // Tab stays inside the editor: leaving it would end editing halfway through the form.
      const focusables = [...(rootRef.current?.querySelectorAll<HTMLElement>('textarea, input, select, button:not([disabled])') ?? [])];
      const first = focusables[0];
      const last = focusables[focusables.length - 1];
      if (event.shiftKey && target === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && target === last) {
        event.preventDefault();
        first?.focus();
      }
    }
    // Escape is left to AG Grid, which cancels the edit and puts focus back on the cell; it is
    // marked here first so nothing is saved on the way out.
    if (event.key === 'Escape') cancelled.current = true;
  };

  const title = `${ROLE_TITLES[role]} bewerken`;
  const readingId = `${idBase}-gelezen`;
  const hintId = `${idBase}-toetsen`;

  return (
    <div ref={rootRef} className="structured-editor" role="dialog" aria-labelledby={`${idBase}-titel`} onKeyDown={onKeyDown}>
      <div className="se-head">
        <h2 id={`${idBase}-titel`}>{title}</h2>
        {opened.indicator && <p className="se-indicator">{opened.indicator}</p>}
      </div>
      <div className="se-columns">
        <div className="se-text">
          <label htmlFor={`${idBase}-tekst`}>Tekst zoals in het document</label>
          <textarea
            ref={textRef}
            id={`${idBase}-tekst`}
            rows={3}
            maxLength={20_000}
            value={draft.text}
            aria-describedby={`${readingId} ${hintId}`}
            onChange={(e) => updateDraft((d) => ({ ...d, text: e.target.value }))}
          />
          <ParsedReading id={readingId} cell={parsed} role={role} defaultTargetYear={defaultTargetYear} />
          {differ.length > 0 && (
            <p className="se-differ">
              De velden zeggen iets anders dan de tekst bij: {differ.map((f) => PART_SPECS[f].label.toLowerCase()).join(', ')}.
              Neem ze over uit de tekst, of werk de tekst bij uit de velden.
            </p>
          )}
          <div className="button-row">
            <button type="button" className="button small" onClick={takePartsFromText}>
              Onderdelen overnemen uit tekst
            </button>
            <button type="button" className="button small" onClick={rewriteText}>
              Tekst bijwerken uit onderdelen
            </button>
            {previousText !== null && (
              <button type="button" className="button small" onClick={restoreText}>
                Vorige tekst terugzetten
              </button>
            )}
          </div>
        </div>
        <div className="se-parts">
          {ROLE_GROUPS[role].map((group) => (
            <fieldset key={group.legend}>
              <legend>{group.legend}</legend>
              {group.fields
                .filter((f) => visible(f, draft))
                .map((field) => (
                  <PartInput
                    key={field}
                    idBase={idBase}
                    field={field}
                    value={draft.parts[field]}
                    showError={showAllErrors || touched.has(field)}
                    onChange={(v) => setPart(field, v)}
                    onBlur={() => setTouched((t) => (t.has(field) ? t : new Set([...t, field])))}
                  />
                ))}
            </fieldset>
          ))}
        </div>
      </div>
      <p className="se-message" role="status">
        {message}
      </p>
      <div className="se-foot">
        <p id={hintId} className="hint">
          Enter: opslaan · Shift+Enter: nieuwe regel in de tekst · Tab: volgend veld · Escape: annuleren
        </p>
        <div className="button-row">
          <button type="button" className="button primary small" onClick={commit}>
            Opslaan
          </button>
          <button type="button" className="button small" onClick={cancel}>
            Annuleren
          </button>
        </div>
      </div>
    </div>
  );
}
