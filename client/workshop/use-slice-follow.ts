/** Reads the slice again when the live state points at a row this screen does not know yet. */
import { useEffect, useRef } from 'react';
import type { SliceRow } from '../../shared/workshop/types.ts';
import type { WorkshopLive } from './session.ts';

export function useSliceFollow(live: WorkshopLive | null, slice: SliceRow[] | null, reloadSlice: () => void): void {
  const asked = useRef(new Set<string>());
  useEffect(() => {
    if (!live || !slice) return;
    const known = new Set(slice.map((r) => r.id));
    const wanted = [live.settings.focusRowId, ...live.cards.map((c) => c.rowId)].filter((id): id is string => !!id);
    // Once per unknown row: a card on a row removed from the programme must not loop.
    const missing = wanted.filter((id) => !known.has(id) && !asked.current.has(id));
    if (missing.length === 0) return;
    for (const id of missing) asked.current.add(id);
    reloadSlice();
  }, [live, slice, reloadSlice]);
}
