/**
 * How many bytes /sync stores, in one place (issue 11, item 11). Chosen generous for 30 people
 * typing for a day: a cell edit stores 100 to 500 bytes and a paste of a whole table well under
 * 1 MB, so a busy officer stores a few MB in a day, and a programme's compacted state is about
 * 100 KB. What these refuse is a flood, not work.
 */
export interface StorageLimits {
  /** Bytes one user may have stored in one document over the last hour (rolling). */
  userBytesPerHour: number;
  /** A document whose compacted state passes this takes no more growth over /sync (deleting still works). */
  documentBytes: number;
  /** The log is compacted once this many bytes were appended since the last compaction (besides the row count). */
  compactAfterBytes: number;
}

export const STORAGE_LIMITS: StorageLimits = {
  userBytesPerHour: 32 * 1024 * 1024,
  documentBytes: 64 * 1024 * 1024,
  compactAfterBytes: 16 * 1024 * 1024,
};
