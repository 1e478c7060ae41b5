/** What the import says, in Dutch, when an .xlsx cannot be read or is too big. */
import { formatNumber } from '../../shared/text/dutch.ts';
import { MAX_IMPORT_ROWS, MAX_SCANNED_ROWS, MAX_UNZIPPED_BYTES, MAX_WORKBOOK_HEAP_MB } from './limits.ts';

export const PASSWORD_PROTECTED =
  'Dit bestand is beveiligd met een wachtwoord (of het is een oud .xls-bestand). Koers kan het niet openen. Open het in Excel, haal het wachtwoord weg (Bestand > Info > Werkmap beveiligen) en sla het op als Excel-werkmap (.xlsx).';
export const OLD_XLS =
  'Dit is een oud Excel-bestand (.xls) of een ander Office-bestand. Open het in Excel en sla het op als Excel-werkmap (.xlsx), of als CSV UTF-8.';
export const CORRUPT_XLSX =
  'Dit bestand kan niet worden gelezen als Excel-werkmap (.xlsx): het is beschadigd of onvolledig. Open het in Excel, sla het opnieuw op als .xlsx en probeer het nog eens.';
const XLSX_TOO_LARGE = `Deze werkmap pakt uit tot meer dan ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB; Koers leest hoogstens ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB per werkmap. Verdeel de gegevens over kleinere bestanden.`;
export const XLSX_TOO_HEAVY = `Deze werkmap vraagt bij het lezen meer dan ${MAX_WORKBOOK_HEAP_MB} MB geheugen, meer dan Koers voor één import toestaat. Verdeel de gegevens over kleinere bestanden.`;

export function tooManyRows(count: number): string {
  return `Het bestand heeft ${formatNumber(count)} rijen met gegevens; Koers importeert er hoogstens ${formatNumber(MAX_IMPORT_ROWS)} tegelijk. Verdeel de rijen over meer bestanden en importeer ze na elkaar.`;
}

/** Past MAX_SCANNED_ROWS the count stops, so the message says "more than". */
export function farTooManyRows(): string {
  return `Het bestand heeft meer dan ${formatNumber(MAX_SCANNED_ROWS)} rijen; Koers importeert er hoogstens ${formatNumber(MAX_IMPORT_ROWS)} tegelijk. Verdeel de rijen over meer bestanden en importeer ze na elkaar.`;
}

export function zipRefusal(reason: 'not-zip' | 'too-large' | 'too-many-entries' | 'too-many-rows'): string {
  if (reason === 'not-zip') return CORRUPT_XLSX;
  return reason === 'too-many-rows' ? farTooManyRows() : XLSX_TOO_LARGE;
}
