/**
 * Versions as the API and the benchmark use them: freeze the live state, open a frozen one,
 * compare two states, restore from one. Opening is always a fresh Y.Doc loaded from the
 * stored update, read with readProgramme: the same JSON as GET /api/documents/:id.
 */
import * as Y from 'yjs';
import { EditOrigin, markVersion, readProgramme, restoreFromProgramme, type RestoreSummary } from '../../shared/doc/index.ts';
import { diffProgrammes, type ProgrammeDiff, type RestoreRequest, type VersionInfo, type VersionInput } from '../../shared/history/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import type { DocumentStore } from '../persistence/document-store.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import type { Author } from './attribution.ts';
import { openFrozenState } from './frozen-state.ts';

export interface VersionDeps {
  store: DocumentStore;
  registry: RoomRegistry;
}

/** The live state (room if loaded, else storage) frozen as a version; undefined: no such document. */
export function freezeVersion(
  { store, registry }: VersionDeps,
  docId: string,
  input: VersionInput,
  author: Author,
  now: Date,
): VersionInfo | undefined {
  const state = registry.readDocument(docId, (doc) => Y.encodeStateAsUpdate(doc));
  if (!state) return undefined;
  const version = store.saveVersion({ ...input, documentId: docId, createdAt: now.toISOString(), createdBy: author, state });
  // After the save, so the mark never points at a version that is not stored. It goes through
  // the room like any change: stored, and relayed to every open page. Without a loaded room no
  // page is open, and a page that opens later fetches the list anyway: no room is loaded for it.
  // With other processes (KOERS_REDIS_URL) a page may be open on one of them: the mark is then
  // written through a room loaded here for it, and reaches theirs through the fanout.
  if (!registry.mayBeOpen(docId)) return version;
  const origin = new EditOrigin('server', author.id, author.name);
  try {
    registry.changeDocument(docId, origin, (doc) => markVersion(doc, { id: version.id, at: version.createdAt }, origin));
  } catch {
    // The version is stored; without the mark, open pages still find it when they get focus.
  }
  return version;
}

export function openVersion(store: Pick<DocumentStore, 'loadVersion'>, docId: string, versionId: string): Programme | undefined {
  const version = store.loadVersion(docId, versionId);
  return version && programmeFromState(version.state);
}

export function programmeFromState(state: Uint8Array): Programme {
  const doc = openFrozenState(state);
  try {
    return readProgramme(doc);
  } finally {
    doc.destroy();
  }
}

export const CURRENT = 'current';

/** A version id, or 'current' for the live state; undefined when it does not exist. */
export function openState(deps: VersionDeps, docId: string, ref: string): Programme | undefined {
  return ref === CURRENT ? deps.registry.readDocument(docId, readProgramme) : openVersion(deps.store, docId, ref);
}

export interface RestoreOutcome {
  summary: RestoreSummary;
  /** What the restore changed in the live document (before -> after). */
  diff: ProgrammeDiff;
}

/**
 * Restores from a version as a new change by `author`. Undefined when the document or the
 * version does not exist; a DocError (Dutch message) when the asked row or cell cannot be.
 */
export function restoreVersion(deps: VersionDeps, docId: string, request: RestoreRequest, author: Author): RestoreOutcome | undefined {
  const target = openVersion(deps.store, docId, request.versionId);
  if (!target) return undefined;
  const origin = new EditOrigin('restore', author.id, author.name);
  return deps.registry.changeDocument(docId, origin, (doc) => {
    const before = readProgramme(doc);
    const summary = restoreFromProgramme(doc, target, request, origin);
    return { summary, diff: diffProgrammes(before, readProgramme(doc)) };
  });
}
