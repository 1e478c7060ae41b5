/** The public face of shared/doc: everything outside this folder imports from here. */
export { SCHEMA_VERSION, ROOT_NAMES, undoScope } from './layout.ts';
export { EditOrigin, userOrigin, SEED_ORIGIN, type OriginKind } from './origin.ts';
export { DocError } from './errors.ts';
export { setField, addRow, addRows, deleteRow, moveRow, moveRowBy, type AddRowOptions, type NewRow } from './operations.ts';
export { readProgramme, readMeta, readField } from './read.ts';
export { observeProgramme, type ProgrammeChange } from './observe.ts';
export { seedProgramme, isEmptyProgramme } from './seed.ts';
export { findRowKind } from './rows.ts';
export { checkUpdate, inspectUpdate, guardProgrammeUpdate, MAX_KEY_LENGTH, type UpdateVerdict } from './update-guard.ts';
export { readUpdate, YJS_WRITTEN_FOR, type UpdateDescription } from './update-reader/index.ts';
export {
  acknowledgeFinding,
  withdrawAcknowledgement,
  readAcknowledgements,
  addComment,
  resolveThread,
  readComments,
  type StoredAcknowledgement,
  type Comment,
  type NewComment,
} from './notes.ts';
export { NOTE_KINDS, type NoteKind } from './notes-schema.ts';
export { restoreFromProgramme, type RestoreSummary } from './restore.ts';
export { rowChangesOf, prepareRowChanges, type RowChange } from './row-changes.ts';
export {
  addChangeRequest,
  setChangeRequestStatus,
  readChangeRequests,
  type ChangeRequest as StoredChangeRequest,
  type ChangeRequestStatus,
  type NewChangeRequest,
} from './change-requests.ts';
export { watchClashes, type Clash, type ClashOptions } from './clash.ts';
export { changedCollections, collectionsChangedBy, changesOnlyComments, COMMENT_COLLECTION, META_COLLECTION } from './changed-collections.ts';
export { markVersion, readVersionMark, observeVersionMark, type VersionMark } from './version-mark.ts';
