/** Bounds on what one import may be; each is far above a real programme (about 200 rows). */

/** Data rows per file, all sheets together. */
export const MAX_IMPORT_ROWS = 5_000;
/** Request body (the file plus form fields). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/**
 * What the parts of an .xlsx may really unpack to, all together: a small zip can hide
 * gigabytes. An export of 5,000 rows unpacks to about 5 MB; exceljs holds several times this.
 */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 2_000;
/** Columns per sheet; our widest sheet has 23. */
export const MAX_COLUMNS = 200;
/** Findings listed in one answer; the rest are counted. */
export const MAX_FINDINGS = 500;
/**
 * Rows (row elements of all sheets, CSV lines) counted while a file streams in, before any
 * parser sees it: past this the file is refused at once. Above MAX_IMPORT_ROWS so that blank
 * or formatted rows, headers and the Bevindingen sheet never trip it (MAX_IMPORT_ROWS is then
 * counted exactly by exceljs), and low because exceljs holds the event loop for about 75 ms
 * per 1,000 rows.
 */
export const MAX_SCANNED_ROWS = 12_000;
/** Heap of the worker thread that runs exceljs on one workbook; past it the import is refused. */
export const MAX_WORKBOOK_HEAP_MB = 512;
