/** Bounds on what one import may be; each is far above a real programme (about 200 rows). */

/** Data rows per file, all sheets together. */
export const MAX_IMPORT_ROWS = 5_000;
/** Request body (the file plus form fields). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** What the parts of an .xlsx may unpack to: a small zip can hide gigabytes. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 2_000;
/** Columns per sheet; our widest sheet has 23. */
export const MAX_COLUMNS = 200;
/** Findings listed in one answer; the rest are counted. */
export const MAX_FINDINGS = 500;
