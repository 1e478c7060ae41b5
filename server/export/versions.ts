/** Stored versions as export snapshots: the frozen state read back, with its label. */
import { readAcknowledgements, readProgramme } from '../../shared/doc/index.ts';
import { VERSION_STATUS_LABELS, isVersionStatus } from '../../shared/history/version.ts';
import { openFrozenState } from '../history/frozen-state.ts';
import type { DocumentStore } from '../persistence/document-store.ts';
import type { VersionSource } from './snapshot.ts';

export function storedVersions(store: Pick<DocumentStore, 'loadVersion'>): VersionSource {
  return {
    load(docId, versionId) {
      const version = store.loadVersion(docId, versionId);
      if (!version) return undefined;
      const doc = openFrozenState(version.state);
      try {
        return {
          programme: readProgramme(doc),
          acknowledgements: readAcknowledgements(doc),
          name: version.name,
          status: isVersionStatus(version.status) ? VERSION_STATUS_LABELS[version.status] : String(version.status),
          date: version.date,
          documentNumber: version.documentNumber,
        };
      } finally {
        doc.destroy();
      }
    },
  };
}
