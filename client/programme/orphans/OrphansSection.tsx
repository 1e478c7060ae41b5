/**
 * "Zonder plaats": the rows of this programme that hang under nothing any more, because a
 * colleague deleted the goal, uitwerking or result they were added under (often while they were
 * typed offline). Shown at the end of the programme only when there are any, each with who added
 * it and when, its children indented under it, and (for those who may edit the live programme)
 * "Verplaatsen naar…" and "Verwijderen". Every text is rendered as text.
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Programme } from '../../../shared/model/types.ts';
import { formatDateTime, plural } from '../../../shared/text/dutch.ts';
import { useSession } from '../SessionContext.ts';
import { useSectionEditing } from '../SectionToolbar.tsx';
import { useStore } from '../store.ts';
import { MoveDialog } from './MoveDialog.tsx';
import { deleteOrphanRow, moveOrphanTo } from './orphan-flows.ts';
import { ORPHANS_GROUP, ORPHANS_SECTION_ID, orphanLineId } from './orphan-place.ts';
import { orphanLines, parentChoices, type OrphanLine } from './orphan-tree.ts';
import { useOrphanAuthors, type Added } from './use-orphan-authors.ts';
import './orphans.css';

const EXPLANATION = 'Deze rijen zijn toegevoegd onder een onderdeel dat intussen is verwijderd. Geef ze een plaats of verwijder ze.';
const HEADING_ID = `kop-${ORPHANS_SECTION_ID}`;

export const OrphansSection = memo(function OrphansSection({ programme }: { programme: Programme }) {
  const session = useSession();
  const editing = useSectionEditing();
  const lines = useMemo(() => orphanLines(programme.orphans ?? []), [programme.orphans]);
  const authors = useOrphanAuthors(session.documentId, lines.map((l) => l.orphan.id));
  const [moving, setMoving] = useState<OrphanLine | null>(null);
  const moveButtons = useRef(new Map<string, HTMLButtonElement>());
  const focusRequest = useStore(session.focusRequest);

  // The Problemen panel and undo name a line here by its row id.
  useEffect(() => {
    if (!focusRequest || !lines.some((l) => l.orphan.id === focusRequest.rowId)) return;
    session.requestFocus(null);
    const el = document.getElementById(orphanLineId(focusRequest.rowId));
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, [focusRequest, lines, session]);

  if (lines.length === 0) return null;
  const roots = lines.filter((l) => l.depth === 0).length;
  return (
    <section id={ORPHANS_SECTION_ID} className="orphans" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} className="orphans-heading" tabIndex={-1}>
        {ORPHANS_GROUP} <span className="orphans-count">({plural(lines.length, 'rij', 'rijen')})</span>
      </h2>
      <p className="orphans-explanation">{EXPLANATION}</p>
      <ul className="orphan-list">
        {lines.map((line) => (
          <OrphanItem
            key={line.orphan.id}
            line={line}
            added={authors.get(line.orphan.id)}
            editing={editing}
            onMove={() => setMoving(line)}
            onDelete={() => void deleteOrphanRow(session, line.orphan.id)}
            moveRef={(el) => {
              if (el) moveButtons.current.set(line.orphan.id, el);
              else moveButtons.current.delete(line.orphan.id);
            }}
          />
        ))}
      </ul>
      {roots < lines.length && <p className="hint">Ingesprongen rijen horen bij de rij erboven en gaan mee als die verplaatst of verwijderd wordt.</p>}
      {moving && (
        <MoveDialog
          line={moving}
          groups={parentChoices(programme, moving.orphan.kind)}
          onMove={(parentId) => {
            const parent = parentChoices(programme, moving.orphan.kind).flatMap((g) => g.choices).find((c) => c.id === parentId);
            return parent ? moveOrphanTo(session, moving.orphan.id, parent) : Promise.resolve(false);
          }}
          onClose={() => {
            const button = moveButtons.current.get(moving.orphan.id);
            setMoving(null);
            // Still listed (cancelled or refused): back to its button. Moved: the flow put focus on its new place.
            button?.focus();
          }}
        />
      )}
    </section>
  );
});

function OrphanItem({
  line,
  added,
  editing,
  onMove,
  onDelete,
  moveRef,
}: {
  line: OrphanLine;
  added: Added | undefined;
  editing: boolean;
  onMove(): void;
  onDelete(): void;
  moveRef(el: HTMLButtonElement | null): void;
}) {
  const { orphan, text, depth } = line;
  const textId = orphanLineId(orphan.id);
  return (
    <li className="orphan" style={{ marginLeft: `${depth * 2}rem` }} data-row-id={orphan.id} data-depth={depth}>
      <div id={textId} className="orphan-line" tabIndex={-1}>
        <p className="orphan-text">{text}</p>
        <p className="orphan-added">{addedText(added)}</p>
      </div>
      {editing && (
        <div className="orphan-actions" role="group" aria-label={`Acties voor ${text}`}>
          <button ref={moveRef} type="button" className="button small" aria-describedby={textId} onClick={onMove}>
            Verplaatsen naar…
          </button>
          <button type="button" className="button small orphan-delete" aria-describedby={textId} onClick={onDelete}>
            Verwijderen
          </button>
        </div>
      )}
    </li>
  );
}

function addedText(added: Added | undefined): string {
  if (!added) return 'Toegevoegd door … (wordt opgehaald)';
  if (added.state === 'unknown') return 'Niet bekend wie deze rij heeft toegevoegd.';
  return `Toegevoegd door ${added.name} op ${formatDateTime(added.at)}`;
}
