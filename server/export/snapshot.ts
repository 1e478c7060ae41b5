/**
 * What an export is built from: plain Programme snapshots (never the live Y.Doc, so a slow
 * export holds nothing that the sync path needs) plus the version they belong to.
 */
import { readAcknowledgements, readProgramme, type StoredAcknowledgement } from '../../shared/doc/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { DUTCH_TIME_ZONE, isoDate } from '../../shared/text/dutch.ts';
import { isBudgetDocId } from '../../shared/budget/document-id.ts';
import { workshopIdOfDoc } from '../../shared/workshop/api.ts';
import type { DocumentStore } from '../persistence/document-store.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';

export const ALL_PROGRAMMES = 'all';
const ALL_PROGRAMMES_TITLE = "Alle programma's";
const CURRENT_VERSION_NAME = 'Huidige versie';
const CURRENT_VERSION_STATUS = 'werkversie (niet vastgesteld)';
/** The version id that means the live state, as in the versions API. */
const CURRENT_VERSION_ID = 'current';

export interface VersionLabel {
  /** null for the live state. */
  versionId: string | null;
  name: string;
  status: string;
  /** yyyy-mm-dd */
  date: string;
  /** Registration number of the decision the version belongs to; '' when none. */
  documentNumber: string;
}

export interface ExportSnapshot {
  /** Programme name, or "Alle programma's" for id=all. */
  title: string;
  programmes: Programme[];
  /** Warnings people acknowledged, per programme id: the findings sheet shows them as such. */
  acknowledgements: Record<string, StoredAcknowledgement[]>;
  /** id=all: one file with a part per programme (JSON: an array). */
  combined: boolean;
  version: VersionLabel;
  /** ISO timestamp of the export. */
  exportedAt: string;
}

/** A stored version of one programme (versions.ts reads them from the store). */
export interface VersionSource {
  load(docId: string, versionId: string): ({ programme: Programme; acknowledgements: StoredAcknowledgement[] } & Omit<VersionLabel, 'versionId'>) | undefined;
}

export interface SnapshotDeps {
  registry: RoomRegistry;
  store: Pick<DocumentStore, 'listDocuments'>;
  versions: VersionSource;
}

export type SnapshotResult = { ok: true; snapshot: ExportSnapshot } | { ok: false; missing: 'document' | 'version' };

export function loadSnapshot(deps: SnapshotDeps, id: string, versionId: string | null, now = new Date()): SnapshotResult {
  // Werkatelier docs live in the same store but are not programmes.
  const ids = id === ALL_PROGRAMMES ? deps.store.listDocuments().filter((docId) => workshopIdOfDoc(docId) === null && !isBudgetDocId(docId)) : [id];
  const programmes: Programme[] = [];
  const acknowledgements: Record<string, StoredAcknowledgement[]> = {};
  let version: VersionLabel = {
    versionId: null,
    name: CURRENT_VERSION_NAME,
    status: CURRENT_VERSION_STATUS,
    date: dutchDate(now),
    documentNumber: '',
  };
  if (versionId === CURRENT_VERSION_ID) versionId = null;
  for (const docId of ids) {
    if (versionId === null) {
      const state = deps.registry.readDocument(docId, (doc) => ({ programme: readProgramme(doc), acknowledgements: readAcknowledgements(doc) }));
      if (!state) return { ok: false, missing: 'document' };
      programmes.push(state.programme);
      acknowledgements[state.programme.id] = state.acknowledgements;
      continue;
    }
    if (!deps.registry.readDocument(docId, () => true)) return { ok: false, missing: 'document' };
    const stored = deps.versions.load(docId, versionId);
    if (!stored) return { ok: false, missing: 'version' };
    programmes.push(stored.programme);
    acknowledgements[stored.programme.id] = stored.acknowledgements;
    const { programme: _, acknowledgements: __, ...label } = stored;
    version = { versionId, ...label };
  }
  if (programmes.length === 0) return { ok: false, missing: 'document' };
  const title = id === ALL_PROGRAMMES ? ALL_PROGRAMMES_TITLE : programmes[0]!.name || id;
  return { ok: true, snapshot: { title, programmes, acknowledgements, combined: id === ALL_PROGRAMMES, version, exportedAt: now.toISOString() } };
}

/** yyyy-mm-dd in Dutch time, whatever zone the server runs in. */
export function dutchDate(when: Date): string {
  return isoDate(when, DUTCH_TIME_ZONE);
}
