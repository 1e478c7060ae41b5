/** Sheet names shared by the xlsx export and the import (which skips our own findings sheet). */
export const FINDINGS_SHEET = 'Bevindingen';
