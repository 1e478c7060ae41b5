/** Where the children of a shared type the doc already holds live. */
import * as Y from 'yjs';
import type { Place } from './description.ts';

export const DEAD: Place = { live: false };

export function placeInsideType(type: Y.AbstractType<unknown>): Place {
  const path: Array<string | null> = [];
  let current: Y.AbstractType<unknown> = type;
  while (current._item !== null) {
    const holder = current._item;
    if (holder.deleted) return DEAD;
    path.unshift(holder.parentSub);
    if (!(holder.parent instanceof Y.AbstractType)) return DEAD;
    current = holder.parent;
  }
  return { live: true, root: Y.findRootTypeKey(current), path };
}
