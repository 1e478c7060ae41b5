/**
 * Whether the programme search is open, and its key: Ctrl+F opens it (or puts the keyboard back
 * in its field when open), F3 opens it too. The browser's own find is kept for other pages.
 */
import { useEffect, useState } from 'react';
import { findCommandFor } from '../actions/registry.ts';
import { FIND_INPUT_ID, type ReturnPlace } from './FindBar.tsx';

export interface FindState {
  open: boolean;
  /** Where the keyboard was when it opened. */
  returnTo: ReturnPlace | null;
  close(): void;
}

/** A grid cell is named by row and column (the grid puts its own focus back); anything else is the element. */
function placeOfFocus(): ReturnPlace | null {
  const el = document.activeElement;
  if (!(el instanceof HTMLElement)) return null;
  const cellEl = el.closest('.ag-cell');
  const rowId = cellEl?.closest('.ag-row')?.getAttribute('row-id');
  const colId = cellEl?.getAttribute('col-id');
  return rowId && colId ? { cell: { rowId, colId } } : { element: el };
}

export function useFind(enabled: boolean): FindState {
  const [opened, setOpened] = useState<{ returnTo: ReturnPlace | null } | null>(null);
  const open = enabled && opened !== null;

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const command = findCommandFor(event);
      if (command !== 'open' && !(event.key === 'F3' && command)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      const input = document.getElementById(FIND_INPUT_ID);
      if (input instanceof HTMLInputElement) {
        if (command === 'open') input.select();
        input.focus();
        return;
      }
      // An open cell editor saves as the focus leaves it, as on any other click away.
      setOpened({ returnTo: placeOfFocus() });
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [enabled]);

  return { open, returnTo: opened?.returnTo ?? null, close: () => setOpened(null) };
}
