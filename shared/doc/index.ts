/** The public face of shared/doc: everything outside this folder imports from here. */
export { SCHEMA_VERSION, undoScope } from './layout.ts';
export { EditOrigin, userOrigin } from './origin.ts';
export { DocError } from './errors.ts';
export { setField, addRow, addRows, deleteRow, moveRow, moveRowBy, moveRowTo, type NewRow } from './operations.ts';
export { readProgramme, readMeta, readField } from './read.ts';
export { orphanDepths } from './orphans.ts';
export { observeProgramme } from './observe.ts';
export { seedProgramme, isEmptyProgramme } from './seed.ts';
export { findRowKind } from './rows.ts';
export { checkUpdate, inspectUpdate, guardProgrammeUpdate, MAX_KEY_LENGTH } from './update-guard.ts';
export { deletionProblem } from './delete-guard.ts';
export { noteAuthorshipProblem } from './note-authorship.ts';
export { readUpdate, type UpdateDescription } from './update-reader/index.ts';
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
export { type NoteKind } from './notes-schema.ts';
export { restoreFromProgramme, type RestoreSummary } from './restore.ts';
export { rowChangesOf, prepareRowChanges, type RowChange } from './row-changes.ts';
export {
  addChangeRequest,
  setChangeRequestStatus,
  readChangeRequests,
  type ChangeRequest as StoredChangeRequest,
} from './change-requests.ts';
export { watchClashes, type Clash } from './clash.ts';
export { changedCollections, collectionsChangedBy, COMMENT_COLLECTION } from './changed-collections.ts';
export { markVersion, readVersionMark, observeVersionMark } from './version-mark.ts';
export {
  readSettings,
  writeSettings,
  observeSettings,
  readArchiveMark,
  markArchived,
  clearArchiveMark,
  renameProgramme,
  observeArchiveMark,
  seedBlankProgramme,
  type ArchiveMark,
} from './programme-settings.ts';
