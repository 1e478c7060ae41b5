/**
 * Opmerkingen: comment threads on the cell the officer is on (or its whole row), and every other
 * open thread of the programme. Threads live in the shared document, so a comment, a reply or a
 * resolve reaches every colleague at once and survives a restart. Text is shown as text.
 */
import { useId, useRef, useState } from 'react';
import { placeComment, setThreadResolved } from '../actions/note-actions.ts';
import { useSession } from '../programme/SessionContext.ts';
import { useCan } from '../programme/rights.ts';
import { useStore } from '../programme/store.ts';
import type { FocusedCell } from '../programme/session.ts';
import { placeLabel } from '../programme/place-label.ts';
import type { Places } from '../validation/places.ts';
import { formatDateTime, plural } from '../../shared/text/dutch.ts';
import { threadKey, type CommentIndex, type Thread } from './comment-index.ts';
import './comments.css';

const COMMENTS_PANEL_ID = 'opmerkingen';

export function CommentsPanel({ index, places }: { index: CommentIndex; places: Places | null }) {
  const session = useSession();
  const focused = useStore(session.focusedCell);
  const titleId = useId();
  const here = focused
    ? index.threads.filter((t) => t.targetId === focused.rowId && (t.field === null || t.field === focused.colId))
    : [];
  const hereIds = new Set(here.map((t) => t.id));
  const otherOpen = index.threads.filter((t) => !t.resolved && !hereIds.has(t.id));
  const resolvedElsewhere = index.threads.filter((t) => t.resolved && !hereIds.has(t.id));
  // A thread that moves to the other list (resolved or reopened) takes the keyboard's place with it.
  const backToTop = () => document.getElementById(titleId)?.focus();
  const label = (t: Thread) => `${placeLabel(places, t.targetId, t.field ?? firstColumnOf(t))}${t.field === null ? ' (hele rij)' : ''}`;

  return (
    <section id={COMMENTS_PANEL_ID} className="panel-body" aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1}>
        Opmerkingen
      </h2>
      {focused ? (
        <>
          <p className="panel-context">
            Bij: <strong>{placeLabel(places, focused.rowId, focused.colId)}</strong>
          </p>
          <NewThreadForm key={`${focused.rowId}|${focused.colId}`} focused={focused} />
          {here.length > 0 && (
            <section className="thread-section" aria-label="Opmerkingen bij deze cel">
              {here.map((t) => (
                <ThreadView key={t.id} thread={t} label={label(t)} showJump={false} />
              ))}
            </section>
          )}
        </>
      ) : (
        <p className="hint">Kies een cel in de tabel (of een tekst met een potlood) om er een opmerking bij te plaatsen.</p>
      )}
      <section className="thread-section" aria-labelledby={`${titleId}-open`}>
        <h3 id={`${titleId}-open`}>{focused ? 'Andere open opmerkingen' : 'Open opmerkingen'} ({otherOpen.length})</h3>
        {otherOpen.length === 0 ? (
          <p className="muted">Geen.</p>
        ) : (
          otherOpen.map((t) => <ThreadView key={t.id} thread={t} label={label(t)} showJump onMoved={backToTop} />)
        )}
      </section>
      {resolvedElsewhere.length > 0 && (
        <details className="thread-section">
          <summary>Opgeloste opmerkingen ({resolvedElsewhere.length})</summary>
          {resolvedElsewhere.map((t) => (
            <ThreadView key={t.id} thread={t} label={label(t)} showJump onMoved={backToTop} />
          ))}
        </details>
      )}
    </section>
  );
}

/** A thread about a whole row is shown and jumped to at the row's first cell. */
function firstColumnOf(thread: Thread): string {
  switch (thread.targetKind) {
    case 'goalIndicator':
      return 'indicator';
    case 'goal':
    case 'subGoal':
      return 'title';
    default:
      return 'text';
  }
}

function NewThreadForm({ focused }: { focused: FocusedCell }) {
  const session = useSession();
  const id = useId();
  const [text, setText] = useState('');
  const [scope, setScope] = useState<'cell' | 'row'>('cell');
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);

  const submit = () => {
    if (text.trim() === '') {
      setError('Schrijf eerst een opmerking.');
      ref.current?.focus();
      return;
    }
    const placed = session.actions.run(placeComment, {
      targetKind: focused.kind,
      targetId: focused.rowId,
      field: scope === 'cell' ? focused.colId : null,
      text: text.trim(),
      authorId: session.identity.id,
      authorName: session.identity.name,
      at: new Date().toISOString(),
    });
    if (placed.ok) {
      setText('');
      setError(null);
      session.notify('Opmerking geplaatst.', 'info');
    }
  };

  return (
    <form
      className="comment-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <fieldset className="scope-choice">
        <legend>Opmerking over</legend>
        <label>
          <input type="radio" name={`${id}-scope`} checked={scope === 'cell'} onChange={() => setScope('cell')} /> deze cel
        </label>
        <label>
          <input type="radio" name={`${id}-scope`} checked={scope === 'row'} onChange={() => setScope('row')} /> de hele rij
        </label>
      </fieldset>
      <label htmlFor={`${id}-tekst`}>Nieuwe opmerking</label>
      <textarea
        ref={ref}
        id={`${id}-tekst`}
        rows={3}
        maxLength={5000}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-fout` : `${id}-uitleg`}
        onChange={(e) => {
          setText(e.target.value);
          if (error) setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            submit();
          }
        }}
      />
      {error ? (
        <p id={`${id}-fout`} className="field-error">
          {error}
        </p>
      ) : (
        <p id={`${id}-uitleg`} className="hint">
          Ctrl+Enter: plaatsen
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button primary small">
          Plaatsen
        </button>
      </div>
    </form>
  );
}

function ThreadView({ thread, label, showJump, onMoved }: { thread: Thread; label: string; showJump: boolean; onMoved?(): void }) {
  const session = useSession();
  // Editors resolve any thread; others only threads of their own comments (the server checks the same).
  const canEdit = useCan('edit');
  const canResolve = canEdit || thread.comments.every((c) => c.authorId === session.identity.id);
  const id = useId();
  const [reply, setReply] = useState('');
  const first = thread.comments[0]!;
  const sendReply = () => {
    if (reply.trim() === '') return;
    const placed = session.actions.run(placeComment, {
      targetKind: first.targetKind,
      targetId: first.targetId,
      field: first.field,
      threadId: thread.id,
      text: reply.trim(),
      authorId: session.identity.id,
      authorName: session.identity.name,
      at: new Date().toISOString(),
    });
    if (placed.ok) setReply('');
  };
  return (
    <article className={`thread${thread.resolved ? ' resolved' : ''}`} aria-labelledby={`${id}-kop`} data-thread-key={threadKey(thread.targetId, thread.field)}>
      <h4 id={`${id}-kop`} className="thread-place">
        {label}
        {thread.resolved && <span className="thread-state"> · opgelost</span>}
      </h4>
      <ol className="thread-comments" aria-label={plural(thread.comments.length, 'bericht', 'berichten')}>
        {thread.comments.map((c) => (
          <li key={c.id}>
            <p className="comment-meta">
              <strong>{c.authorName || c.authorId}</strong> · {formatDateTime(c.at)}
            </p>
            <p className="comment-text">{c.text}</p>
          </li>
        ))}
      </ol>
      {!thread.resolved && (
        <form
          className="reply-form"
          onSubmit={(e) => {
            e.preventDefault();
            sendReply();
          }}
        >
          <label htmlFor={`${id}-antwoord`} className="sr-only">
            Antwoord op de opmerking van {first.authorName}
          </label>
          <textarea
            id={`${id}-antwoord`}
            rows={2}
            maxLength={5000}
            placeholder="Antwoorden…"
            value={reply}
            onChange={(e) => setReply(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                sendReply();
              }
            }}
          />
          <button type="submit" className="button small" aria-disabled={reply.trim() === ''}>
            Antwoorden
          </button>
        </form>
      )}
      <div className="button-row">
        {canResolve && (
          <button
            type="button"
            className="button small"
            onClick={() => {
              if (session.actions.run(setThreadResolved, { threadId: thread.id, resolved: !thread.resolved }).ok) onMoved?.();
            }}
          >
            {thread.resolved ? 'Heropenen' : 'Oplossen'}
          </button>
        )}
        {showJump && (
          <button
            type="button"
            className="button small"
            onClick={() => session.requestFocus({ rowId: thread.targetId, colId: thread.field ?? firstColumnOf(thread) })}
          >
            Naar de cel
          </button>
        )}
      </div>
    </article>
  );
}
