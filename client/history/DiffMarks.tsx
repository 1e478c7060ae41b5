/**
 * Differences in a grid cell: a new row is tinted with "Nieuw" in its first cell; a changed cell
 * gets a "Gewijzigd" badge, and what it was is read out with the cell and shown on hover or
 * focus (DiffTooltip). The icon and the word carry the meaning; the tint only helps.
 */
import { useContext } from 'react';
import { AddedIcon, ChangedIcon } from '../programme/Icons.tsx';
import { cellAddress, CellTooltip } from '../grid/CellTooltip.tsx';
import { useCellAttribute } from '../grid/use-cell-attribute.ts';
import { cellKey } from '../validation/finding-index.ts';
import { DiffContext, type DiffNote } from './diff-index.ts';

function spokenNote(note: DiffNote): string {
  if (note.old === null) return `${note.label}: ${note.new ?? ''}`;
  if (note.new === null) return `${note.label}: ${note.old}`;
  return `${note.label} was: ${note.old}`;
}

export function DiffMarks({
  added,
  notes,
  firstColumn,
  cell,
}: {
  added: boolean;
  notes: readonly DiffNote[];
  firstColumn: boolean;
  cell: HTMLElement | undefined;
}) {
  const state = added ? 'added' : notes.length > 0 ? 'changed' : null;
  useCellAttribute(cell, 'data-diff', state);

  if (added) {
    return firstColumn ? (
      <span className="diff-badge added">
        <AddedIcon /> Nieuw
      </span>
    ) : null;
  }
  if (notes.length === 0) return null;
  return (
    <span className="diff-badge changed">
      <ChangedIcon /> Gewijzigd
      <span className="sr-only">. {notes.map(spokenNote).join('. ')}.</span>
    </span>
  );
}

export function DiffTooltip() {
  const index = useContext(DiffContext);
  return (
    <CellTooltip
      className="diff-tooltip"
      placement="above"
      contentFor={(cell) => {
        const address = cellAddress(cell);
        const notes = address && index ? index.cells.get(cellKey(address.rowId, address.colId)) : undefined;
        if (!notes || notes.length === 0) return null;
        return (
          <ul>
            {notes.map((note, i) => (
              <li key={i}>
                <span className="diff-tooltip-label">{note.label}</span>
                {note.old !== null && (
                  <span className="diff-old">
                    Was: <del>{note.old}</del>
                  </span>
                )}
                {note.new !== null && (
                  <span className="diff-new">
                    Nu: <ins>{note.new}</ins>
                  </span>
                )}
              </li>
            ))}
          </ul>
        );
      }}
    />
  );
}
