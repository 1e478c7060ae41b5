/** Tells a listener, after each transaction, which rows of a programme changed. */
import * as Y from 'yjs';
import { ENTITY_KINDS } from '../model/entities.ts';
import { ID_KEY, metaMap, notesMap, rowsMap } from './layout.ts';
import { NOTE_KINDS, type NoteKind } from './notes-schema.ts';

export interface ProgrammeChange {
  /** Ids of rows that were added, removed or had a field changed. */
  rowIds: Set<string>;
  metaChanged: boolean;
  /** Note collections (acknowledgements, comments) that changed. */
  notesChanged: Set<NoteKind>;
  origin: unknown;
  local: boolean;
}

export function observeProgramme(doc: Y.Doc, listener: (change: ProgrammeChange) => void): () => void {
  const meta: object = metaMap(doc);
  const roots = new Set<object>([metaMap(doc), ...ENTITY_KINDS.map((k) => rowsMap(doc, k))]);
  const notes = new Map<object, NoteKind>(NOTE_KINDS.map((k) => [notesMap(doc, k), k]));
  const handler = (tr: Y.Transaction) => {
    const rowIds = new Set<string>();
    const notesChanged = new Set<NoteKind>();
    let metaChanged = false;
    for (const [type, keys] of tr.changed) {
      const noteKind = notes.get(type) ?? (type.parent ? notes.get(type.parent) : undefined);
      if (noteKind) {
        notesChanged.add(noteKind);
      } else if (type === meta) {
        metaChanged = true;
      } else if (roots.has(type)) {
        for (const key of keys) if (key !== null) rowIds.add(key);
      } else if (type instanceof Y.Map && type.parent && roots.has(type.parent)) {
        const id = type.get(ID_KEY);
        if (typeof id === 'string') rowIds.add(id);
      }
    }
    if (rowIds.size > 0 || metaChanged || notesChanged.size > 0) {
      listener({ rowIds, metaChanged, notesChanged, origin: tr.origin, local: tr.local });
    }
  };
  doc.on('afterTransaction', handler);
  return () => doc.off('afterTransaction', handler);
}
