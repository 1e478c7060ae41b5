/**
 * A new programme as a copy of an existing one (`copyOf`, and `version` for a frozen version
 * instead of the current state): the next period of a programme, or this year's jaarplan. The
 * copy gets every row of the source (tables, measurements, the advisory body's ranking) with
 * the same ids and order, through the restore that versions use; not what people said about
 * the rows (comments, acknowledged warnings, change requests), which belong to the source. The
 * source's wording settings (advisory body, council, level labels) come along; name,
 * municipality and period are the new ones.
 */
import type * as Y from 'yjs';
import { readProgramme, readSettings, restoreFromProgramme, writeSettings, type EditOrigin } from '../../shared/doc/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import type { ProgrammeSettings } from '../../shared/programmes/settings.ts';
import { openVersion } from '../history/versions.ts';
import type { DocumentStore } from '../persistence/document-store.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';

const UNKNOWN_COPY_SOURCE = 'Het programma om te kopiëren bestaat niet (meer). Kies een ander programma.';
const UNKNOWN_COPY_VERSION = 'Die versie van het programma bestaat niet. Kies een andere versie, of de huidige stand.';

export interface CopySource {
  programme: Programme;
  settings: ProgrammeSettings;
}

export type CopyRequest = { ok: true; source: CopySource | null } | { ok: false; error: string; field: string };

/** The source a create request names, or null for a blank programme. */
export function copySource(body: unknown, store: Pick<DocumentStore, 'hasDocument' | 'loadVersion'>, registry: RoomRegistry): CopyRequest {
  const { copyOf, version } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (copyOf === undefined || copyOf === null || copyOf === '') return { ok: true, source: null };
  if (typeof copyOf !== 'string' || !store.hasDocument(copyOf)) return { ok: false, error: UNKNOWN_COPY_SOURCE, field: 'copyOf' };
  const current = registry.readDocument(copyOf, (doc) => ({ programme: readProgramme(doc), settings: readSettings(doc) }));
  if (!current || current.programme.id === '') return { ok: false, error: UNKNOWN_COPY_SOURCE, field: 'copyOf' };
  if (version === undefined || version === null || version === '') return { ok: true, source: current };
  const frozen = typeof version === 'string' ? openVersion(store, copyOf, version) : undefined;
  if (!frozen) return { ok: false, error: UNKNOWN_COPY_VERSION, field: 'version' };
  return { ok: true, source: { programme: frozen, settings: current.settings } };
}

/** Fills a blank programme (meta and settings already written) with the source's rows. */
export function copyInto(doc: Y.Doc, source: CopySource, settings: ProgrammeSettings, origin: EditOrigin): void {
  const own = readProgramme(doc);
  const target: Programme = { ...source.programme, id: own.id, name: own.name, municipality: own.municipality, period: own.period, documentNumber: '' };
  restoreFromProgramme(doc, target, { scope: 'programme' }, origin);
  const { advisoryBody, council, levelLabels } = source.settings;
  writeSettings(doc, { ...settings, advisoryBody, council, levelLabels }, origin);
}
