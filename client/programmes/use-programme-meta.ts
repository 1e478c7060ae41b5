/** The open programme's settings and archive mark, live from its doc (written by the server, seen at once). */
import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { observeArchiveMark, observeSettings, readArchiveMark, readSettings, type ArchiveMark } from '../../shared/doc/index.ts';
import type { ProgrammeSettings } from '../../shared/programmes/settings.ts';

function useDocValue<T>(doc: Y.Doc | null, read: (doc: Y.Doc) => T, observe: (doc: Y.Doc, onChange: () => void) => () => void, empty: T): T {
  const subscribe = useCallback((onChange: () => void) => (doc ? observe(doc, onChange) : () => {}), [doc, observe]);
  // Cached per change so useSyncExternalStore sees a stable snapshot between changes.
  const snapshot = useCallback(() => (doc ? cached(doc, read) : empty), [doc, read, empty]);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

const cache = new WeakMap<Y.Doc, Map<unknown, { json: string; value: unknown }>>();

function cached<T>(doc: Y.Doc, read: (doc: Y.Doc) => T): T {
  let perDoc = cache.get(doc);
  if (!perDoc) cache.set(doc, (perDoc = new Map()));
  const value = read(doc);
  const json = JSON.stringify(value);
  const previous = perDoc.get(read);
  if (previous && previous.json === json) return previous.value as T;
  perDoc.set(read, { json, value });
  return value;
}

export function useArchiveMark(doc: Y.Doc | null): ArchiveMark | null {
  return useDocValue(doc, readArchiveMark, observeArchiveMark, null);
}

export function useProgrammeSettings(doc: Y.Doc | null): ProgrammeSettings | null {
  return useDocValue(doc, readSettings, observeSettings, null);
}
