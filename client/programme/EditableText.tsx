/**
 * Text outside the tables (goal title, maatschappelijk effect, uitwerking, probleem/aanleiding),
 * edited in place: a pencil button (or a double click on the text) opens a form; Enter saves,
 * Shift+Enter adds a line, Escape cancels, leaving the form saves. All fields of one form are
 * written in one transaction. Presence shows like in the grid.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { EntityKind } from '../../shared/model/entities.ts';
import { PencilIcon, PresenceMarks } from './PresenceMarks.tsx';
import { usePresenceAt } from './presence.ts';
import { FindingNotes } from '../validation/FindingNotes.tsx';
import { useSession } from './SessionContext.ts';
import { useStore } from './store.ts';
import { useViewMode } from './view-mode.ts';
import { useOpenThreadsAt } from '../comments/comment-index.ts';
import { CommentMark } from '../comments/CommentMark.tsx';
import { useCouncilLock } from '../council/use-council-lock.ts';
import { LockMark } from '../council/LockMark.tsx';
import { DiffNotes } from '../history/DiffNotes.tsx';
import { writeFields } from '../actions/cell-actions.ts';
import { HEADING_FOCUS } from './session.ts';
import { focusHeadingSoon } from './focus-heading.ts';

interface EditableField {
  field: string;
  label: string;
  value: string;
  multiline?: boolean;
  /** Width in characters for short fields (a code). */
  size?: number;
}

interface Props {
  kind: EntityKind;
  rowId: string;
  fields: EditableField[];
  /** What is shown when not editing; defaults to the first field's text. */
  children?: ReactNode;
  /** Accessible name of the pencil button, e.g. "Probleem/aanleiding bewerken". */
  editLabel: string;
  /** Where this text is, for the council-lock question: "Doel 1 · Titel". */
  place?: string;
  className?: string;
  /** Element wrapping the display (a heading keeps its level). */
  as?: 'div' | 'h2' | 'h3' | 'p';
  headingId?: string;
}

export function EditableText({ kind, rowId, fields, children, editLabel, place, className, as = 'div', headingId }: Props) {
  const session = useSession();
  const { readOnly } = useViewMode();
  const [editing, setEditing] = useState(false);
  const [drafts, setDrafts] = useState<string[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const firstInputRef = useRef<HTMLTextAreaElement | HTMLInputElement | null>(null);
  const returnFocus = useRef(false);
  /** The field whose input takes focus when the editor opens from a focus request (a new goal's title). */
  const focusField = useRef<string | null>(null);
  const baseId = useId();
  const primary = fields[fields.length - 1]!.field;
  const peers = usePresenceAt(rowId, primary);
  const focusRequest = useStore(session.focusRequest);
  // A heading carries the row's own comment threads; the texts under it only their field's.
  const threads = useOpenThreadsAt(rowId, primary, headingId !== undefined);
  const locked = useCouncilLock(kind, primary) && !readOnly;

  // Opening waits for the council question when a field is locked, and otherwise for nothing:
  // one path, so a focus request (a new section's title) opens the editor like the pencil does.
  const start = useCallback(() => {
    if (readOnly) return;
    const mayEdit = fields.some((f) => session.council.isLocked(kind, rowId, f.field))
      ? session.council.ask(kind, rowId, place ?? editLabel)
      : Promise.resolve(true);
    void mayEdit.then((ok) => {
      if (!ok) {
        buttonRef.current?.focus();
        return;
      }
      setDrafts(fields.map((f) => f.value));
      setEditing(true);
      session.setFocus({ rowId, colId: primary, editing: true });
    });
  }, [editLabel, fields, kind, place, primary, readOnly, rowId, session]);

  const finish = useCallback(
    (save: boolean, refocus: boolean) => {
      if (save) {
        const changed = fields.filter((f, i) => drafts[i] !== undefined && drafts[i] !== f.value);
        if (changed.length > 0) {
          const values = Object.fromEntries(
            changed.map((f) => {
              const value = drafts[fields.indexOf(f)]!;
              return [f.field, f.multiline ? value : value.trim()];
            }),
          );
          session.actions.run(writeFields, { kind, rowId, values });
        }
      }
      session.council.endEdit();
      returnFocus.current = refocus;
      setEditing(false);
      session.setEditing(false);
    },
    [drafts, fields, kind, rowId, session],
  );

  useLayoutEffect(() => {
    if (editing) {
      const wanted = focusField.current ? document.getElementById(`${baseId}-${focusField.current}`) : null;
      focusField.current = null;
      const input = wanted instanceof HTMLInputElement || wanted instanceof HTMLTextAreaElement ? wanted : firstInputRef.current;
      input?.focus();
      if (input) input.setSelectionRange(input.value.length, input.value.length);
    } else if (returnFocus.current) {
      returnFocus.current = false;
      buttonRef.current?.focus();
    }
  }, [baseId, editing]);

  // Undo/redo may ask to put focus back on this text; a new section asks to start typing its
  // title; a moved or restored section asks for its heading.
  useEffect(() => {
    if (!focusRequest || focusRequest.rowId !== rowId) return;
    if (focusRequest.colId === HEADING_FOCUS && headingId) {
      session.requestFocus(null);
      focusHeadingSoon(headingId);
      return;
    }
    if (!fields.some((f) => f.field === focusRequest.colId)) return;
    session.requestFocus(null);
    if (focusRequest.edit && !readOnly) {
      focusField.current = focusRequest.colId;
      start();
      return;
    }
    buttonRef.current?.focus();
    buttonRef.current?.scrollIntoView({ block: 'center' });
  }, [fields, focusRequest, headingId, readOnly, rowId, session, start]);

  const Tag = as;
  const presenceClass = peers.length > 0 ? ' has-presence' : '';

  if (!editing) {
    return (
      <>
        <Tag id={headingId} className={`editable${presenceClass} ${className ?? ''}`}>
          <span className="editable-display" onDoubleClick={start}>
            {children ?? (fields[0]!.value || <span className="empty">Nog niet ingevuld</span>)}
          </span>{' '}
          {!readOnly && (
          <button
            ref={buttonRef}
            type="button"
            className="icon-button"
            onClick={start}
            onFocus={() => {
              session.setFocus({ rowId, colId: primary, editing: false });
              session.setFocusedCell({ kind, rowId, colId: primary });
            }}
            aria-label={editLabel}
            title={editLabel}
          >
            <PencilIcon />
          </button>
          )}
          {(locked || threads.length > 0) && (
            <span className="text-marks">
              {locked && <LockMark />}
              <CommentMark threads={threads} />
            </span>
          )}
          <PresenceMarks peers={peers} />
        </Tag>
        {/* Beside the text, not inside it: a heading may not hold a list, and its name stays short. */}
        <FindingNotes rowId={rowId} fields={fields.map((f) => f.field)} />
        <DiffNotes rowId={rowId} fields={fields.map((f) => f.field)} isHeading={headingId !== undefined} />
      </>
    );
  }

  return (
    <form
      ref={formRef}
      className={`editable editing${presenceClass} ${className ?? ''}`}
      onSubmit={(e) => {
        e.preventDefault();
        finish(true, true);
      }}
      onBlur={(e) => {
        if (!formRef.current?.contains(e.relatedTarget as Node | null)) finish(true, false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          finish(false, true);
        } else if (e.key === 'Enter' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey) {
          if (e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLInputElement) {
            e.preventDefault();
            finish(true, true);
          }
        }
      }}
    >
      <div className="editable-fields">
        {fields.map((f, i) => {
          const id = `${baseId}-${f.field}`;
          const common = {
            id,
            value: drafts[i] ?? '',
            onChange: (e: React.ChangeEvent<HTMLTextAreaElement | HTMLInputElement>) => {
              const next = [...drafts];
              next[i] = e.target.value;
              setDrafts(next);
            },
            ref: i === 0 ? (el: HTMLTextAreaElement | HTMLInputElement | null) => void (firstInputRef.current = el) : undefined,
            'aria-describedby': `${baseId}-hint`,
          };
          return (
            <div key={f.field} className={`editable-field${f.size ? ' short' : ''}`}>
              <label htmlFor={id}>{f.label}</label>
              {f.multiline ? (
                <textarea {...common} rows={Math.min(12, Math.max(3, Math.ceil((drafts[i]?.length ?? 0) / 90) + 1))} />
              ) : (
                <input {...common} type="text" size={f.size} />
              )}
            </div>
          );
        })}
      </div>
      <p id={`${baseId}-hint`} className="hint">
        Enter: opslaan · Shift+Enter: nieuwe regel · Escape: annuleren
      </p>
      <div className="button-row">
        <button type="submit" className="button primary small">
          Opslaan
        </button>
        <button type="button" className="button small" onClick={() => finish(false, true)}>
          Annuleren
        </button>
      </div>
      <PresenceMarks peers={peers} />
    </form>
  );
}
