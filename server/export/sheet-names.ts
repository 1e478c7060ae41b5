/** Sheet names shared by the xlsx export and the import (which skips these sheets of our own). */
export const FINDINGS_SHEET = 'Bevindingen';

/** Rows without a place (orphan-rows.ts): for the reader, there is no parent to import them under. */
export const ORPHANS_SHEET = 'Zonder plaats';
