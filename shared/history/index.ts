/** The public face of shared/history: versions, differences, cell history, restore requests. */
export { diffProgrammes, isEmptyDiff, type ProgrammeDiff, type DiffRow } from './diff.ts';
export { flattenProgramme, type RowPath } from './flatten.ts';
export { longestIncreasingSubsequence } from './lis.ts';
export {
  VERSION_STATUSES,
  VERSION_STATUS_LABELS,
  type VersionStatus,
  type VersionInput,
  type VersionInfo,
} from './version.ts';
export { checkVersionInput, isCalendarDate } from './version-input.ts';
export { checkRestoreRequest, type RestoreScope, type RestoreRequest } from './restore-request.ts';
export type { HistoryEntry, NewHistoryEntry } from './history-entry.ts';
