/**
 * A colleague on the cell being edited stays in view: the popup editor covers the cell and its
 * presence marks, so their labels are shown again on top of the editor (an inline editor: on the
 * cell), and said once to screen readers.
 */
import { createPortal } from 'react-dom';
import { PresenceLabels } from '../programme/PresenceMarks.tsx';
import { usePresenceAt } from '../programme/presence.ts';

export interface EditorPlace {
  rowId: string;
  colId: string;
  /** The popup editor, or the cell of an inline one. */
  host: HTMLElement;
}

export function EditorPresence({ place }: { place: EditorPlace }) {
  const peers = usePresenceAt(place.rowId, place.colId);
  if (peers.length === 0 || !place.host.isConnected) return null;
  const names = peers.map((p) => p.user.name).join(', ');
  return createPortal(
    <>
      <PresenceLabels peers={peers} className="editor-presence" />
      <span className="sr-only" role="status">
        {`Ook in deze cel: ${names}`}
      </span>
    </>,
    place.host,
  );
}

/** Where the editor of this cell is, once AG Grid has put it on the page. */
export function findEditorHost(gridHost: HTMLElement | null, rowId: string, colId: string): HTMLElement | null {
  const popups = document.querySelectorAll<HTMLElement>('.ag-popup-editor');
  if (popups.length > 0) return popups[popups.length - 1]!;
  return gridHost?.querySelector<HTMLElement>(`.ag-row[row-id="${CSS.escape(rowId)}"] .ag-cell[col-id="${CSS.escape(colId)}"]`) ?? null;
}
