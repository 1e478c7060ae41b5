/**
 * CSV as Dutch Excel opens it by double-click: UTF-8 with a byte order mark (without it Excel
 * reads Windows-1252 and mangles ë and €), semicolons (the Dutch list separator), CRLF line
 * ends, decimal commas, and quotes only where a field needs them. The shape is in csv-shape.ts.
 *
 * A text that starts with = + - or @ would run as a formula in Excel (CSV injection); such a
 * field is written with a leading apostrophe, and the import takes that apostrophe off again.
 */
import { plainNumber } from '../../shared/text/dutch.ts';
import { FLAT_COLUMNS, flatRows, orphanFlatLines } from './csv-shape.ts';
import type { CellValue } from './sheets.ts';
import type { ExportSnapshot } from './snapshot.ts';

export const BOM = '\ufeff';
export const SEPARATOR = ';';

export function renderCsv(snapshot: ExportSnapshot): Uint8Array {
  const lines = [FLAT_COLUMNS.map((c) => csvField(c.header)).join(SEPARATOR)];
  for (const programme of snapshot.programmes) {
    for (const row of [...flatRows(programme), ...orphanFlatLines(programme)]) lines.push(FLAT_COLUMNS.map((c) => csvField(c.value(row))).join(SEPARATOR));
  }
  return new TextEncoder().encode(BOM + lines.join('\r\n') + '\r\n');
}

export function csvField(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return plainNumber(value);
  const text = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[";\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const FORMULA_START = /^[=+\-@]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?%?$/;

/** Undoes csvField's formula guard: "'=x" read back is "=x". */
export function unguardFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
