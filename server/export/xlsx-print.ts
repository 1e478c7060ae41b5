/**
 * How a Koers workbook prints: A4 landscape, one page wide (as many pages down as it needs),
 * the header row on every page, text wrapped in rows tall enough for it, and only the columns a
 * reader needs. Ids (and the typed parts of an indicator that the import and validation use)
 * stay in the file for a re-import, in hidden columns: the import reads columns by header, hidden
 * or not. Before this, the sheets printed on 32 Letter pages with rows running into each other.
 */
import type ExcelJS from 'exceljs';
import type { EntityKind } from '../../shared/model/entities.ts';
import type { CellValue, Column } from './sheets.ts';

/** Excel's paper size code for A4 (ECMA-376 ST_PaperSize). */
const A4 = 9;
/** Points per line of 11 pt Calibri, Excel's default row height. */
const LINE_HEIGHT = 15;
/** Excel's and LibreOffice's largest row height. */
const MAX_ROW_HEIGHT = 409;

/**
 * An indicator row has 19 fields; printed side by side they would shrink to an unreadable
 * scale. These are the ones a reader of the printed programme looks for; the others (years,
 * values, scopes, bounds of the structured nulmeting and streefwaarde) are folded away in an
 * outline group that one click on "+" opens.
 */
const READER_FIELDS: Partial<Record<EntityKind, readonly string[]>> = {
  goalIndicator: ['indicator', 'baseline', 'target', 'source', 'unit', 'status', 'notes'],
};

function foldedAway(kind: EntityKind, column: Column): boolean {
  const reader = READER_FIELDS[kind];
  return column.role === 'field' && reader !== undefined && !reader.includes(column.field!);
}

/** Ids are for the import, never for the reader. */
function hiddenColumn(column: { role: Column['role'] }): boolean {
  return column.role === 'id' || column.role === 'parentId';
}

/**
 * Lines a text needs in a column `width` characters wide. Excel's width counts the digit "0";
 * words break early, so a line is taken to hold a little less than the width.
 */
function linesOf(value: CellValue, width: number): number {
  if (value === null || value === '') return 1;
  const perLine = Math.max(1, Math.floor(width * 0.95) - 1);
  return String(value)
    .split('\n')
    .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
}

/** Page setup, print titles, footer; columns folded or hidden; wrapped text and row heights. */
export function setUpPrinting(sheet: ExcelJS.Worksheet, options: { kind: EntityKind | null; columns: readonly Pick<Column, 'role' | 'width' | 'field'>[]; title: string }): void {
  const { kind, columns } = options;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: A4,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.2, footer: 0.3 },
  };
  // '&' starts a code in a header or footer; a title's own '&' is written twice.
  sheet.headerFooter = { oddFooter: `&L${options.title.replace(/&/g, '&&')}&RPagina &P van &N` };

  const shown: number[] = [];
  columns.forEach((column, i) => {
    const excelColumn = sheet.getColumn(i + 1);
    if (hiddenColumn(column)) excelColumn.hidden = true;
    else if (kind && foldedAway(kind, column as Column)) {
      excelColumn.outlineLevel = 1;
      excelColumn.hidden = true;
    } else shown.push(i + 1);
    excelColumn.alignment = { ...excelColumn.alignment, vertical: 'top', wrapText: true };
  });
  sheet.properties.outlineProperties = { summaryRight: false, summaryBelow: false };

  sheet.eachRow((row) => {
    let lines = 1;
    for (const c of shown) {
      const cell = row.getCell(c);
      cell.alignment = { ...cell.alignment, vertical: 'top', wrapText: true };
      lines = Math.max(lines, linesOf(cell.value as CellValue, columns[c - 1]!.width));
    }
    row.height = Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 3);
  });
}
