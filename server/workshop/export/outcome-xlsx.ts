/** The outcome as an Excel workbook: Rangorde, Kaarten, and the facts on their own sheet. */
import ExcelJS from 'exceljs';
import type { OutcomeTables, Table } from './outcome-tables.ts';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };
export const FACTS_SHEET = 'Over dit werkatelier';

export async function renderOutcomeXlsx(tables: OutcomeTables, closedAt: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Koers';
  workbook.lastModifiedBy = 'Koers';
  workbook.created = closedAt;
  workbook.modified = closedAt;
  workbook.title = tables.title;
  workbook.category = 'Werkatelier';
  addTable(workbook, tables.ranking);
  addTable(workbook, tables.cards);
  const facts = workbook.addWorksheet(FACTS_SHEET);
  facts.columns = [{ width: 22 }, { width: 60 }];
  facts.addRow([tables.title]).font = { bold: true, size: 14 };
  for (const [label, value] of tables.facts) facts.addRow([label, value]).getCell(1).font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function addTable(workbook: ExcelJS.Workbook, table: Table): void {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.headers.map((header, i) => ({ header, key: header, width: table.widths[i] ?? 12 }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  for (let c = 1; c <= table.headers.length; c++) header.getCell(c).fill = HEADER_FILL;
  for (const row of table.rows) sheet.addRow(row);
  table.widths.forEach((width, i) => {
    sheet.getColumn(i + 1).alignment = { vertical: 'top', wrapText: width >= 30 };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
}
