/**
 * The newest frozen version of a programme, as a mark in its doc. Versions live in the server's
 * database, not in the doc; the server writes this mark when it freezes one, so every open page
 * learns of a colleague's version at once (and the council lock of a raad-vastgesteld version
 * applies at once), through the same sync as the table. Clients never write it: the update
 * guard accepts only META_FIELDS from them.
 */
import type * as Y from 'yjs';
import type { EditOrigin } from './origin.ts';
import { metaMap } from './layout.ts';

const VERSION_MARK_KEY = 'lastVersion';

export interface VersionMark {
  id: string;
  /** ISO time the version was taken. */
  at: string;
}

export function markVersion(doc: Y.Doc, mark: VersionMark, origin: EditOrigin): void {
  doc.transact(() => metaMap(doc).set(VERSION_MARK_KEY, { id: mark.id, at: mark.at }), origin);
}

export function readVersionMark(doc: Y.Doc): VersionMark | null {
  const value = metaMap(doc).get(VERSION_MARK_KEY) as Partial<VersionMark> | undefined;
  return value && typeof value.id === 'string' && typeof value.at === 'string' ? { id: value.id, at: value.at } : null;
}

/** Calls back whenever the mark changes (a new version, locally or from a colleague). */
export function observeVersionMark(doc: Y.Doc, onChange: (mark: VersionMark | null) => void): () => void {
  const meta = metaMap(doc);
  const listener = (event: Y.YMapEvent<unknown>) => {
    if (event.keysChanged.has(VERSION_MARK_KEY)) onChange(readVersionMark(doc));
  };
  meta.observe(listener);
  return () => meta.unobserve(listener);
}
