import { useContext } from 'react';
import { AddedIcon, ChangedIcon } from '../programme/Icons.tsx';
import { cellKey } from '../validation/finding-index.ts';
import { DiffContext } from './diff-index.ts';

/**
 * Differences on text outside the tables (a goal title, a problem statement): there is room, so
 * the old text is written under the text itself instead of in a tooltip.
 */
export function DiffNotes({ rowId, fields, isHeading }: { rowId: string; fields: readonly string[]; isHeading: boolean }) {
  const index = useContext(DiffContext);
  if (!index) return null;
  if (index.added.has(rowId)) {
    return isHeading ? (
      <p className="diff-text-note added">
        <AddedIcon /> <strong>Nieuw</strong> ten opzichte van de vergeleken versie.
      </p>
    ) : null;
  }
  const notes = fields.flatMap((f) => index.cells.get(cellKey(rowId, f)) ?? []);
  if (notes.length === 0) return null;
  return (
    <ul className="diff-text-notes">
      {notes.map((note, i) => (
        <li key={i} className="diff-text-note changed">
          <ChangedIcon /> <strong>Gewijzigd</strong> ({note.label}). Was: <del>{note.old ?? '(leeg)'}</del>
        </li>
      ))}
    </ul>
  );
}
