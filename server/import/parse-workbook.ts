/**
 * The exceljs part of reading an .xlsx, run in a worker thread (xlsx-worker.ts): exceljs holds
 * the event loop for seconds on a sheet of 10,000 rows, and the worker's heap limit bounds what
 * a workbook that passed the zip guard can still cost. The first non-empty row of a sheet is its
 * header. Formulas give their last computed result, rich text and links their plain text.
 */
import type ExcelJS from 'exceljs';
import { FINDINGS_SHEET } from '../export/sheet-names.ts';
import { UnreadableFile, finding } from './findings.ts';
import { MAX_COLUMNS, MAX_IMPORT_ROWS } from './limits.ts';
import { CORRUPT_XLSX, tooManyRows } from './xlsx-messages.ts';
import type { CellInput, RawRow, RawTable } from './table.ts';

/** Sheet parts the import never reads; skipping them makes a 5,000-row workbook load faster. */
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'hyperlinks', 'pageSetup', 'headerFooter', 'printOptions', 'pageMargins', 'drawing', 'picture', 'rowBreaks', 'tableParts', 'extLst'];

export async function parseWorkbook(bytes: Uint8Array, fileName: string): Promise<RawTable[]> {
  const whole = { sheet: fileName };
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
