/**
 * Whether a side panel of the programme page (the goal list, the right panel) is open, kept per
 * user in this browser (localStorage), so closing it once is enough: it stays closed on every
 * programme and after a reload until that user opens it again.
 */
import { createContext, useCallback, useContext, useState } from 'react';

type PanelName = 'doelenlijst' | 'zijpaneel';

const PREFIX = 'koers.paneel';

function shelf(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked: the choice lasts as long as the page
  }
}

function key(userId: string, panel: PanelName): string {
  return `${PREFIX}.${userId}.${panel}`;
}

function loadPanelOpen(userId: string, panel: PanelName, fallback: boolean, storage: Storage | null = shelf()): boolean {
  const stored = storage?.getItem(key(userId, panel));
  return stored === 'open' ? true : stored === 'dicht' ? false : fallback;
}

function savePanelOpen(userId: string, panel: PanelName, open: boolean, storage: Storage | null = shelf()): void {
  try {
    storage?.setItem(key(userId, panel), open ? 'open' : 'dicht');
  } catch {
    // full or blocked: the panel still follows the choice on this page
  }
}

/** Open by default, as a first visit shows everything; the user's last choice after that. */
export function usePanelOpen(userId: string, panel: PanelName): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(() => loadPanelOpen(userId, panel, true));
  const set = useCallback(
    (next: boolean) => {
      setOpen(next);
      savePanelOpen(userId, panel, next);
    },
    [userId, panel],
  );
  return [open, set];
}

/** The goal list's state for the rail, wherever ProgrammeContent renders it (live or a frozen version). */
export const RailOpenContext = createContext<{ open: boolean; setOpen(open: boolean): void }>({ open: true, setOpen: () => {} });

export function useRailOpen() {
  return useContext(RailOpenContext);
}
