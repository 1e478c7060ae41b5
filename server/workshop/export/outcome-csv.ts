/** The outcome as CSV for Dutch Excel: BOM, semicolons, CRLF; the ranking, an empty line, then the cards. */
import { BOM, SEPARATOR, csvField } from '../../export/csv.ts';
import type { OutcomeTables, Table } from './outcome-tables.ts';

export function renderOutcomeCsv(tables: OutcomeTables): Uint8Array {
  const lines = [...tableLines(tables.ranking), '', ...tableLines(tables.cards)];
  return new TextEncoder().encode(BOM + lines.join('\r\n') + '\r\n');
}

function tableLines(table: Table): string[] {
  return [table.headers, ...table.rows].map((row) => row.map((cell) => csvField(cell)).join(SEPARATOR));
}
