/** Lost clashes per grid cell (a part of a nulmeting is shown on the nulmeting cell), by context. */
import { createContext } from 'react';
import type { Programme } from '../../shared/model/types.ts';
import { cellKey } from '../validation/finding-index.ts';
import { Places } from '../validation/places.ts';
import type { ShownClash } from './clash-tracker.ts';

export type ClashIndex = ReadonlyMap<string, readonly ShownClash[]>;

export function indexClashes(clashes: readonly ShownClash[], programme: Programme | null): ClashIndex {
  const index = new Map<string, ShownClash[]>();
  if (!programme || clashes.length === 0) return index;
  const places = new Places(programme);
  for (const clash of clashes) {
    const target = places.place({ entityId: clash.rowId, field: clash.field }).target;
    if (!target) continue;
    const key = cellKey(target.rowId, target.colId);
    const list = index.get(key);
    if (list) list.push(clash);
    else index.set(key, [clash]);
  }
  return index;
}

export const ClashesContext = createContext<ClashIndex>(new Map());
