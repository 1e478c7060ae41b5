/**
 * JSON for archiving and re-import: the whole model as readProgramme returns it, with the
 * version it belongs to. id=all gives an array with one such document per programme.
 */
import type { Programme } from '../../shared/model/types.ts';
import type { ExportSnapshot, VersionLabel } from './snapshot.ts';

const JSON_FORMAT_NAME = 'koers-programma';
const JSON_FORMAT_VERSION = 1;

export interface ProgrammeArchive {
  format: typeof JSON_FORMAT_NAME;
  formatVersion: typeof JSON_FORMAT_VERSION;
  exportedAt: string;
  version: VersionLabel;
  programme: Programme;
}

export function renderJson(snapshot: ExportSnapshot): Uint8Array {
  const archives: ProgrammeArchive[] = snapshot.programmes.map((programme) => ({
    format: JSON_FORMAT_NAME,
    formatVersion: JSON_FORMAT_VERSION,
    exportedAt: snapshot.exportedAt,
    version: snapshot.version,
    programme,
  }));
  return new TextEncoder().encode(JSON.stringify(snapshot.combined ? archives : archives[0], null, 2));
}
