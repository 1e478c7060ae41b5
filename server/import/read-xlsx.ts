/**
 * Reads an .xlsx into raw tables, one per sheet. The first non-empty row of a sheet is its
 * header. Formulas give their last computed result, rich text and links their plain text.
 */
import type ExcelJS from 'exceljs';
import { formatNumber } from '../../shared/text/dutch.ts';
import { FINDINGS_SHEET } from '../export/sheet-names.ts';
import { isEncryptedOoxml } from './detect.ts';
import { UnreadableFile, finding } from './findings.ts';
import { MAX_COLUMNS, MAX_IMPORT_ROWS } from './limits.ts';
import type { CellInput, RawRow, RawTable } from './table.ts';
import { inspectZip } from './zip-guard.ts';

export const PASSWORD_PROTECTED =
  'Dit bestand is beveiligd met een wachtwoord (of het is een oud .xls-bestand). Koers kan het niet openen. Open het in Excel, haal het wachtwoord weg (Bestand > Info > Werkmap beveiligen) en sla het op als Excel-werkmap (.xlsx).';
export const OLD_XLS =
  'Dit is een oud Excel-bestand (.xls) of een ander Office-bestand. Open het in Excel en sla het op als Excel-werkmap (.xlsx), of als CSV UTF-8.';
export const CORRUPT_XLSX =
  'Dit bestand kan niet worden gelezen als Excel-werkmap (.xlsx): het is beschadigd of onvolledig. Open het in Excel, sla het opnieuw op als .xlsx en probeer het nog eens.';
const XLSX_TOO_LARGE = 'Deze werkmap pakt uit tot meer dan Koers in één keer kan lezen. Verdeel de gegevens over kleinere bestanden.';

/** Sheet parts the import never reads; skipping them makes a 5,000-row workbook load faster. */
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'hyperlinks', 'pageSetup', 'headerFooter', 'printOptions', 'pageMargins', 'drawing', 'picture', 'rowBreaks', 'tableParts', 'extLst'];

export async function readXlsx(bytes: Uint8Array, fileName: string): Promise<RawTable[]> {
  const whole = { sheet: fileName };
  const zip = inspectZip(bytes);
  if (!zip.ok) throw new UnreadableFile(finding('error', whole, zip.reason === 'not-zip' ? CORRUPT_XLSX : XLSX_TOO_LARGE));
  // Loaded on first use: exceljs is large and most server processes never import a file.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES });
  } catch {
    throw new UnreadableFile(finding('error', whole, CORRUPT_XLSX));
  }
  // Our own findings sheet is information, not data: it does not count towards the limit.
  let total = 0;
  for (const sheet of workbook.worksheets) if (sheet.name !== FINDINGS_SHEET) total += Math.max(0, sheet.actualRowCount - 1);
  if (total > MAX_IMPORT_ROWS) throw new UnreadableFile(finding('error', whole, tooManyRows(total)));
  return workbook.worksheets.map(readSheet);
}

export function tooManyRows(count: number): string {
  return `Het bestand heeft ${formatNumber(count)} rijen met gegevens; Koers importeert er hoogstens ${formatNumber(MAX_IMPORT_ROWS)} tegelijk. Verdeel de rijen over meer bestanden en importeer ze na elkaar.`;
}

export function readOle(bytes: Uint8Array, fileName: string): never {
  throw new UnreadableFile(finding('error', { sheet: fileName }, isEncryptedOoxml(bytes) ? PASSWORD_PROTECTED : OLD_XLS));
}

function readSheet(sheet: ExcelJS.Worksheet): RawTable {
  let headers: string[] | null = null;
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as unknown[];
    const width = Math.min(values.length - 1, MAX_COLUMNS);
    const cells: CellInput[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellInput(values[c]));
    if (headers === null) {
      headers = cells.map((cell) => (cell === null ? '' : typeof cell === 'object' ? '' : String(cell).trim()));
      return;
    }
    rows.push({ rowNumber, cells });
  });
  return { name: sheet.name, source: 'xlsx', headers: headers ?? [], rows };
}

function cellInput(value: unknown): CellInput {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.error === 'string') return { error: v.error };
    if (Array.isArray(v.richText)) return v.richText.map((part: { text?: unknown }) => String(part.text ?? '')).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      return v.result === undefined ? { error: 'formule zonder uitkomst' } : cellInput(v.result);
    }
    if ('text' in v) return cellInput(v.text);
  }
  return String(value);
}
