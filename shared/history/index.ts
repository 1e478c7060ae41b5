/** The public face of shared/history: versions, differences, cell history, restore requests. */
export { diffProgrammes, isEmptyDiff, DIFF_META_FIELDS, type ProgrammeDiff, type DiffRow, type RowPresence, type RowMove, type CellChange, type MetaChange } from './diff.ts';
export { flattenProgramme, indexRows, rowKey, type FlatRow, type RowPath } from './flatten.ts';
export { longestIncreasingSubsequence } from './lis.ts';
export {
  VERSION_STATUSES,
  VERSION_STATUS_LABELS,
  isVersionStatus,
  type VersionStatus,
  type VersionInput,
  type VersionInfo,
  type VersionAuthor,
} from './version.ts';
export { checkVersionInput, isCalendarDate, type InputCheck } from './version-input.ts';
export { checkRestoreRequest, type RestoreScope, type RestoreRequest } from './restore-request.ts';
export type { HistoryAction, HistoryEntry, HistoryQuery, NewHistoryEntry } from './history-entry.ts';
