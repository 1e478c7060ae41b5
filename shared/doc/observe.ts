/** Tells a listener, after each transaction, which rows of a programme changed. */
import * as Y from 'yjs';
import { ENTITY_KINDS } from '../model/entities.ts';
import { ID_KEY, metaMap, rowsMap } from './layout.ts';

export interface ProgrammeChange {
  /** Ids of rows that were added, removed or had a field changed. */
  rowIds: Set<string>;
  metaChanged: boolean;
  origin: unknown;
  local: boolean;
}

export function observeProgramme(doc: Y.Doc, listener: (change: ProgrammeChange) => void): () => void {
  const meta: Y.AbstractType<any> = metaMap(doc);
  const roots = new Set<Y.AbstractType<any>>([metaMap(doc), ...ENTITY_KINDS.map((k) => rowsMap(doc, k))]);
  const handler = (tr: Y.Transaction) => {
    const rowIds = new Set<string>();
    let metaChanged = false;
    for (const [type, keys] of tr.changed) {
      if (type === meta) {
        metaChanged = true;
      } else if (roots.has(type)) {
        for (const key of keys) if (key !== null) rowIds.add(key);
      } else if (type instanceof Y.Map && type.parent && roots.has(type.parent as Y.AbstractType<any>)) {
        const id = type.get(ID_KEY);
        if (typeof id === 'string') rowIds.add(id);
      }
    }
    if (rowIds.size > 0 || metaChanged) listener({ rowIds, metaChanged, origin: tr.origin, local: tr.local });
  };
  doc.on('afterTransaction', handler);
  return () => doc.off('afterTransaction', handler);
}
