/**
 * The Excel workbook (.xlsx): one sheet per row kind (sheets.ts), frozen header row, filters,
 * ids and codes in their own columns, structured indicator parts as typed number cells, and
 * the validation findings on "Bevindingen". The same sheets are what the import reads back.
 */
import ExcelJS from 'exceljs';
import type { StoredAcknowledgement } from '../../shared/doc/index.ts';
import { SEVERITY_LABELS } from '../../shared/validation/index.ts';
import { ENTITY_KINDS, EDITABLE_FIELDS, type EntityKind } from '../../shared/model/entities.ts';
import type { Logger } from '../log.ts';
import { findingsFor } from './findings.ts';
import { ORPHAN_COLUMNS, orphanRows } from './orphan-rows.ts';
import { ENUM_LABELS } from './labels.ts';
import { sheetOf, sheetRows, type SheetRow } from './sheets.ts';
import { setUpPrinting } from './xlsx-print.ts';
import { dutchDate, type ExportSnapshot } from './snapshot.ts';
import { yieldToEventLoop } from './yield.ts';

import { FINDINGS_SHEET, ORPHANS_SHEET } from './sheet-names.ts';

export { FINDINGS_SHEET };

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };
/** Excel's drop-down lists beyond this many rows cost more file size than they help. */
const MAX_ROWS_WITH_DROPDOWNS = 2_000;

export async function renderXlsx(snapshot: ExportSnapshot, log?: Logger): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const { version } = snapshot;
  const now = new Date(snapshot.exportedAt);
  workbook.creator = 'Koers';
  workbook.lastModifiedBy = 'Koers';
  workbook.created = now;
  workbook.modified = now;
  workbook.title = `${snapshot.title} - ${version.name}`;
  workbook.subject = `Uitvoeringsprogramma - ${version.status}`;
  workbook.keywords = `versie: ${version.name}; status: ${version.status}; datum: ${version.date}`;
  workbook.category = 'Uitvoeringsprogramma';
  workbook.description = `Export uit Koers van ${snapshot.title}. Versie: ${version.name}; status: ${version.status}; datum: ${version.date}.`;

  const rows: Record<EntityKind, SheetRow[]> = { goal: [], goalIndicator: [], subGoal: [], result: [], resultIndicator: [], activity: [], measurement: [], priority: [] };
  for (const programme of snapshot.programmes) {
    const own = sheetRows(programme);
    for (const kind of ENTITY_KINDS) rows[kind].push(...own[kind]);
  }
  const title = `${snapshot.title} - ${version.name}`;
  for (const kind of ENTITY_KINDS) {
    addDataSheet(workbook, kind, rows[kind], title);
    await yieldToEventLoop();
  }
  addOrphansSheet(workbook, snapshot, title);
  addFindingsSheet(workbook, snapshot, title, log);
  await yieldToEventLoop();
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A workbook of one sheet of the programme workbook (the measurements for the controller, their template). */
export async function renderSheetXlsx(kind: EntityKind, rows: SheetRow[], title: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Koers';
  workbook.title = title;
  addDataSheet(workbook, kind, rows, title);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function addDataSheet(workbook: ExcelJS.Workbook, kind: EntityKind, rows: SheetRow[], title: string): void {
  const def = sheetOf(kind);
  const sheet = workbook.addWorksheet(def.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = def.columns.map((c) => ({ header: c.header, key: c.header, width: c.width }));
  styleHeader(sheet, def.columns.length);
  for (const row of rows) sheet.addRow(def.columns.map((c) => c.value(row) ?? null));
  def.columns.forEach((column, i) => {
    const excelColumn = sheet.getColumn(i + 1);
    const spec = column.field ? EDITABLE_FIELDS[kind][column.field] : undefined;
    if (spec?.type === 'int') excelColumn.numFmt = '0';
    excelColumn.alignment = { vertical: 'top', wrapText: column.width >= 30 };
    const labels = column.field && spec?.type === 'enum' ? ENUM_LABELS[column.field] : undefined;
    if (labels && rows.length <= MAX_ROWS_WITH_DROPDOWNS) {
      const list = `"${Object.values(labels).join(',')}"`;
      for (let r = 2; r <= rows.length + 1; r++) {
        sheet.getCell(r, i + 1).dataValidation = { type: 'list', allowBlank: true, formulae: [list], showErrorMessage: true };
      }
    }
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: def.columns.length } };
  setUpPrinting(sheet, { kind, columns: def.columns, title });
}

/** Only when a programme has rows without a place: each one line, so the file holds every row. */
function addOrphansSheet(workbook: ExcelJS.Workbook, snapshot: ExportSnapshot, title: string): void {
  const rows = snapshot.programmes.flatMap(orphanRows);
  if (rows.length === 0) return;
  const sheet = workbook.addWorksheet(ORPHANS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ORPHAN_COLUMNS.map((c) => ({ header: c.header, key: c.header, width: c.width }));
  styleHeader(sheet, ORPHAN_COLUMNS.length);
  for (const row of rows) sheet.addRow(ORPHAN_COLUMNS.map((c) => c.value(row) ?? null));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ORPHAN_COLUMNS.length } };
  setUpPrinting(sheet, { kind: null, columns: ORPHAN_COLUMNS, title });
}

function addFindingsSheet(workbook: ExcelJS.Workbook, snapshot: ExportSnapshot, title: string, log?: Logger): void {
  const sheet = workbook.addWorksheet(FINDINGS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Programma', width: 26 },
    { header: 'Ernst', width: 12 },
    { header: 'Controle', width: 10 },
    { header: 'Blad', width: 18 },
    { header: 'Id', width: 14 },
    { header: 'Kolom', width: 20 },
    { header: 'Melding', width: 100 },
    { header: 'Erkend', width: 50 },
  ];
  styleHeader(sheet, 8);
  sheet.getColumn(7).alignment = { wrapText: true, vertical: 'top' };
  for (const programme of snapshot.programmes) {
    // Today, not the version's date: overdue checks are about now, also for an old version.
    const result = findingsFor(programme, snapshot.programmes, snapshot.acknowledgements[programme.id] ?? [], dutchDate(new Date(snapshot.exportedAt)), log);
    if (!result.ok) {
      sheet.addRow([programme.name, 'let op', '', '', '', '', result.note]);
      continue;
    }
    for (const f of result.findings) {
      const kind = (ENTITY_KINDS as readonly string[]).includes(f.entityKind) ? (f.entityKind as EntityKind) : null;
      const def = kind ? sheetOf(kind) : null;
      const column = def?.columns.find((c) => c.field === f.field)?.header ?? f.field ?? '';
      const ack = f.acknowledgement as (StoredAcknowledgement | undefined);
      const acknowledged = ack ? `${ack.reason} (${ack.byName || ack.by}, ${ack.at.slice(0, 10)})` : '';
      sheet.addRow([programme.name, SEVERITY_LABELS[f.severity], f.ruleId, def?.name ?? '', f.entityId, column, f.message, acknowledged]);
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 8 } };
  const widths = sheet.columns.map((c) => c.width ?? 10);
  // The Id column (5th) names the row for a reader of the file, not of the printout.
  setUpPrinting(sheet, { kind: null, columns: widths.map((width, i) => ({ role: i === 4 ? 'id' : 'context', width })), title });
}

function styleHeader(sheet: ExcelJS.Worksheet, columns: number): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  for (let c = 1; c <= columns; c++) header.getCell(c).fill = HEADER_FILL;
}
