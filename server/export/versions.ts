/** Stored versions as export snapshots: the frozen state read into a Programme, with its label. */
import { VERSION_STATUS_LABELS, isVersionStatus } from '../../shared/history/version.ts';
import { programmeFromState } from '../history/versions.ts';
import type { DocumentStore } from '../persistence/document-store.ts';
import type { VersionSource } from './snapshot.ts';

export function storedVersions(store: Pick<DocumentStore, 'loadVersion'>): VersionSource {
  return {
    load(docId, versionId) {
      const version = store.loadVersion(docId, versionId);
      if (!version) return undefined;
      return {
        programme: programmeFromState(version.state),
        name: version.name,
        status: isVersionStatus(version.status) ? VERSION_STATUS_LABELS[version.status] : String(version.status),
        date: version.date,
        documentNumber: version.documentNumber,
      };
    },
  };
}
