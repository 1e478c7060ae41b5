/**
 * "Zoeken in programma": Koers' own search over every table (Ctrl+F). Typing shows the first
 * match; Enter and F3 go to the next, Shift+Enter and Shift+F3 back; the count ("3 van 12") and
 * the cell's place are told in a status region. The table holding a match mounts at once and
 * scrolls it into view, marked by a thick outline, while the keyboard stays in the search field.
 * Escape closes: the keyboard goes to the cell found, or back to where it was.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Programme } from '../../shared/model/types.ts';
import type { CellRef } from '../actions/action.ts';
import { ariaKeys, FIND_COMMANDS, findCommandFor } from '../actions/registry.ts';
import { placeLabel } from '../programme/place-label.ts';
import { useSession } from '../programme/SessionContext.ts';
import type { Places } from '../validation/places.ts';
import { countText, findMatches, programmeCells } from './programme-cells.ts';
import './find.css';

export const FIND_INPUT_ID = 'zoeken-in-programma';

export type ReturnPlace = { cell: CellRef } | { element: HTMLElement };

interface Props {
  programme: Programme;
  places: Places | null;
  /** Where the keyboard was when the search opened. */
  returnTo: ReturnPlace | null;
  onClose(): void;
}

export function FindBar({ programme, places, returnTo, onClose }: Props) {
  const session = useSession();
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const cells = useMemo(() => programmeCells(programme), [programme]);
  const matches = useMemo(() => findMatches(cells, query), [cells, query]);
  // A colleague's change may take matches away: stay on the last one there is.
  const at = matches.length === 0 ? -1 : Math.min(index, matches.length - 1);
  const current = at >= 0 ? matches[at]! : null;
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  const reveal = (cell: CellRef | undefined) => {
    if (cell) session.requestFocus({ rowId: cell.rowId, colId: cell.colId, reveal: true });
  };

  const go = (step: 1 | -1) => {
    if (matches.length === 0) return;
    const next = (at + step + matches.length) % matches.length;
    setIndex(next);
    reveal(matches[next]);
  };

  const close = () => {
    onClose();
    const back = current ?? (returnTo && 'cell' in returnTo ? returnTo.cell : null);
    if (back) session.requestFocus({ rowId: back.rowId, colId: back.colId });
    else if (returnTo && 'element' in returnTo) returnTo.element.focus();
  };

  // F3 goes on wherever the keyboard is while the search is open.
  const goRef = useRef(go);
  useEffect(() => {
    goRef.current = go;
  });
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'F3') return;
      const command = findCommandFor(event);
      if (command !== 'next' && command !== 'previous') return;
      event.preventDefault();
      goRef.current(command === 'next' ? 1 : -1);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);

  // Escape anywhere in the bar (the field or its buttons) closes it.
  const onBarKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const command = event.key === 'F3' ? null : findCommandFor(event); // F3: the window's listener
    if (command === 'next' || command === 'previous') {
      event.preventDefault();
      go(command === 'next' ? 1 : -1);
    }
  };

  const count = countText(at, matches.length, query);
  const markCss = current
    ? `.ag-row[row-id="${CSS.escape(current.rowId)}"] .ag-cell[col-id="${CSS.escape(current.colId)}"] { outline: 3px solid var(--find-hit); outline-offset: -3px; }`
    : '';

  return (
    <div className="find-bar" role="search" aria-label="Zoeken in programma" onKeyDown={onBarKeyDown}>
      {markCss && <style>{markCss}</style>}
      <label htmlFor={FIND_INPUT_ID}>Zoeken in programma</label>
      <input
        id={FIND_INPUT_ID}
        ref={inputRef}
        type="search"
        value={query}
        autoComplete="off"
        aria-describedby="zoeken-aantal"
        onChange={(event) => {
          const text = event.target.value;
          setQuery(text);
          setIndex(0);
          reveal(findMatches(cells, text)[0]);
        }}
        onKeyDown={onKeyDown}
      />
      <span id="zoeken-aantal" className="find-count" role="status">
        {count}
        {current && <span className="sr-only">: {placeLabel(places, current.rowId, current.colId)}</span>}
      </span>
      <button type="button" className="button small" onClick={() => go(-1)} aria-disabled={matches.length === 0} aria-keyshortcuts={ariaKeys(FIND_COMMANDS.previous)}>
        <span aria-hidden="true">↑</span> Vorige
      </button>
      <button type="button" className="button small" onClick={() => go(1)} aria-disabled={matches.length === 0} aria-keyshortcuts={ariaKeys(FIND_COMMANDS.next)}>
        <span aria-hidden="true">↓</span> Volgende
      </button>
      <button type="button" className="button small" onClick={close} aria-keyshortcuts="Escape">
        Sluiten
      </button>
    </div>
  );
}
