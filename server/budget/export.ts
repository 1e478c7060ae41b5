/**
 * Exports of a budget plan, built from the plain plan and its computed totals (never from a
 * screen):
 *
 * - csv: the import template (server/README.md), so a file exported is a file that imports:
 *   Thema;Onderdeel;Grootboek;Soort;<year>...;Totaal, one row per line and kind as entered
 *   (a line in hours as its cost in euro), then a "Totaal" row per kind. UTF-8 with BOM,
 *   semicolons, CRLF, amounts in Dutch notation.
 * - xlsx: the same table on sheet "Begroting" with its totals as formulas (Totaal per row is
 *   SUM over the years, per theme SUMIFS, the plan SUMIF), so a controller can audit every
 *   total; sheet "Overzicht" per year (beschikbaar and nog niet bestemd as formulas over the
 *   parts) and sheet "Mutaties" with every movement and its decision.
 * - json: what GET /api/documents/:id answers (shared/budget/report.ts).
 */
import type ExcelJS from 'exceljs';
import { formatEuro, type Cents } from '../../shared/budget/money.ts';
import { budgetReport } from '../../shared/budget/report.ts';
import { yearsOf } from '../../shared/budget/settings.ts';
import type { BudgetTotals } from '../../shared/budget/totals.ts';
import type { AmountKind, BudgetLine, BudgetPlan } from '../../shared/budget/types.ts';
import { AMOUNT_KINDS, budgetMovement } from '../../shared/schema/budget/index.ts';
import { csvField, BOM, SEPARATOR } from '../export/csv.ts';
import { columnLetter } from '../import/findings.ts';

const BUDGET_EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type BudgetExportFormat = (typeof BUDGET_EXPORT_FORMATS)[number];

export function isBudgetExportFormat(value: unknown): value is BudgetExportFormat {
  return typeof value === 'string' && (BUDGET_EXPORT_FORMATS as readonly string[]).includes(value);
}

interface TableRow {
  line: BudgetLine;
  thema: string;
  onderdeel: string;
  soort: AmountKind | null;
  /** Per year of the table, in cents; null when the cell is empty. */
  amounts: (Cents | null)[];
}

/** The years a table shows: the plan's, and any other year that holds an entry. */
function tableYears(plan: BudgetPlan): number[] {
  const years = new Set(yearsOf(plan.settings));
  for (const cell of plan.amounts) years.add(cell.year);
  return [...years].sort((a, b) => a - b);
}

function tableRows(plan: BudgetPlan, totals: BudgetTotals, years: readonly number[]): TableRow[] {
  const byId = new Map(plan.lines.map((l) => [l.id, l]));
  const hasChildren = new Set(plan.lines.map((l) => l.parentId));
  const cells = new Map<string, number>();
  for (const c of plan.amounts) cells.set(`${c.lineId}|${c.year}|${c.soort}`, c.value);
  const name = (l: BudgetLine) => (l.code ? `${l.code}. ${l.label}` : l.label);
  const rows: TableRow[] = [];
  for (const line of plan.lines) {
    const chain: BudgetLine[] = [];
    for (let l: BudgetLine | undefined = line; l; l = l.parentId === null || l.orphan ? undefined : byId.get(l.parentId)) chain.unshift(l);
    const thema = name(chain[0]!);
    const onderdeel = chain.slice(1).map((l) => l.label).join(' > ');
    const kinds = AMOUNT_KINDS.filter((k) => years.some((y) => cells.has(`${line.id}|${y}|${k}`)));
    // The line's own cells as money (a line in hours at its rate), without its sub-lines'.
    const cost = (year: number, soort: AmountKind) => (cells.has(`${line.id}|${year}|${soort}`) ? totals.entered(line.id, year, soort, 'own') : null);
    for (const soort of kinds) rows.push({ line, thema, onderdeel, soort, amounts: years.map((y) => cost(y, soort)) });
    if (kinds.length === 0 && !hasChildren.has(line.id)) rows.push({ line, thema, onderdeel, soort: null, amounts: years.map(() => null) });
  }
  return rows;
}

export function renderBudgetCsv(plan: BudgetPlan, totals: BudgetTotals): Uint8Array {
  const years = tableYears(plan);
  const amount = (cents: Cents | null) => (cents === null ? '' : formatEuro(cents, { symbol: false }));
  const lines = [['Thema', 'Onderdeel', 'Grootboek', 'Soort', ...years.map(String), 'Totaal'].map(csvField).join(SEPARATOR)];
  const rows = tableRows(plan, totals, years);
  for (const row of rows) {
    const sum = row.amounts.every((a) => a === null) ? null : row.amounts.reduce<number>((a, b) => a + (b ?? 0), 0);
    lines.push([csvField(row.thema), csvField(row.onderdeel), csvField(row.line.ledger), csvField(row.soort ?? ''), ...row.amounts.map(amount), amount(sum)].join(SEPARATOR));
  }
  for (const soort of AMOUNT_KINDS) {
    if (!rows.some((r) => r.soort === soort)) continue;
    const perYear = years.map((y) => totals.entered(null, y, soort));
    lines.push(['Totaal', '', '', soort].map(csvField).concat(perYear.map((c) => amount(c)), amount(totals.entered(null, null, soort))).join(SEPARATOR));
  }
  return new TextEncoder().encode(BOM + lines.join('\r\n') + '\r\n');
}

const EURO_FORMAT = '€ #,##0.00;-€ #,##0.00';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

export async function renderBudgetXlsx(plan: BudgetPlan, totals: BudgetTotals, exportedAt: Date): Promise<Uint8Array> {
  const { default: ExcelJSModule } = await import('exceljs');
  const workbook = new ExcelJSModule.Workbook();
  workbook.creator = 'Koers';
  workbook.created = exportedAt;
  workbook.modified = exportedAt;
  workbook.title = plan.name;
  workbook.subject = `Begrotingsplan ${plan.settings.municipality}`;
  const years = tableYears(plan);
  const euros = (cents: Cents) => cents / 100;

  // Sheet 1: the table as entered, its totals as formulas.
  const sheet = workbook.addWorksheet('Begroting', { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = ['Thema', 'Onderdeel', 'Grootboek', 'Soort', ...years.map(String), 'Totaal'];
  sheet.columns = headers.map((h, i) => ({ header: h, key: h, width: i === 0 ? 44 : i === 1 ? 36 : i < 4 ? 16 : 14 }));
  styleHeader(sheet, headers.length);
  const firstYear = 5;
  const yearCol = (i: number) => columnLetter(firstYear + i);
  const totalCol = columnLetter(firstYear + years.length);
  const rows = tableRows(plan, totals, years);
  rows.forEach((row, i) => {
    const r = i + 2;
    const sum = row.amounts.reduce<number>((a, b) => a + (b ?? 0), 0);
    sheet.addRow([row.thema, row.onderdeel, row.line.ledger, row.soort ?? '', ...row.amounts.map((a) => (a === null ? null : euros(a))), null]);
    sheet.getCell(`${totalCol}${r}`).value = { formula: `SUM(${yearCol(0)}${r}:${yearCol(years.length - 1)}${r})`, result: euros(sum) };
  });
  const last = rows.length + 1;
  const range = (col: string) => `${col}$2:${col}$${Math.max(2, last)}`;
  let r = last + 2;
  const kinds = AMOUNT_KINDS.filter((k) => rows.some((row) => row.soort === k));
  const themes = [...new Set(rows.map((row) => row.thema))];
  const subtotal = (label: string, criteria: string, soort: AmountKind, values: Cents[], all: Cents) => {
    const row = sheet.getRow(r);
    row.getCell(1).value = label;
    row.getCell(4).value = soort;
    years.forEach((_, i) => {
      const col = yearCol(i);
      row.getCell(firstYear + i).value = { formula: criteria.replaceAll('{col}', col), result: euros(values[i]!) };
    });
    row.getCell(firstYear + years.length).value = { formula: `SUM(${yearCol(0)}${r}:${yearCol(years.length - 1)}${r})`, result: euros(all) };
    row.font = { bold: true };
    row.eachCell((cell) => (cell.fill = TOTAL_FILL));
    r++;
  };
  for (const thema of themes) {
    const themeLine = rows.find((row) => row.thema === thema)!.line;
    const top = topOf(plan, themeLine);
    for (const soort of kinds) {
      if (!rows.some((row) => row.thema === thema && row.soort === soort)) continue;
      // "=" makes the criterion an equality; ~ * ? would be wildcards in a criterion otherwise.
      const quoted = `"=${thema.replace(/[~*?]/g, '~$&').replace(/"/g, '""')}"`;
      subtotal(
        `Subtotaal ${thema}`,
        `SUMIFS(${range('{col}')},${range('$A')},${quoted},${range('$D')},"${soort}")`,
        soort,
        years.map((y) => totals.entered(top.id, y, soort)),
        totals.entered(top.id, null, soort),
      );
    }
  }
  for (const soort of kinds) {
    subtotal('Totaal', `SUMIF(${range('$D')},"${soort}",${range('{col}')})`, soort, years.map((y) => totals.entered(null, y, soort)), totals.entered(null, null, soort));
  }
  for (let c = firstYear; c <= firstYear + years.length; c++) sheet.getColumn(c).numFmt = EURO_FORMAT;

  // Sheet 2: per year, from the entries and the movements.
  const overview = workbook.addWorksheet('Overzicht', { views: [{ state: 'frozen', ySplit: 1 }] });
  const parts = ['Jaar', 'Toegewezen', 'Verschoven (saldo)', 'Overgeheveld (saldo)', 'Beschikbaar', 'Gereserveerd', 'Toegekend', 'Besteed', 'Nog niet bestemd'];
  overview.columns = parts.map((h, i) => ({ header: h, key: h, width: i === 0 ? 8 : 18 }));
  styleHeader(overview, parts.length);
  totals.years.forEach((year, i) => {
    const f = totals.planTotal(year);
    const row = i + 2;
    overview.addRow([year, euros(f.toegewezen), euros(f.verschovenIn - f.verschovenUit), euros(f.overgeheveldIn - f.overgeheveldUit), null, euros(f.gereserveerd), euros(f.toegekend), euros(f.besteed), null]);
    overview.getCell(`E${row}`).value = { formula: `B${row}+C${row}+D${row}`, result: euros(f.beschikbaar) };
    overview.getCell(`I${row}`).value = { formula: `E${row}-F${row}-G${row}`, result: euros(f.nogNietBestemd) };
  });
  const end = totals.years.length + 1;
  const all = totals.planTotal();
  const sumRow = overview.addRow(['Totaal']);
  const allValues = [all.toegewezen, all.verschovenIn - all.verschovenUit, all.overgeheveldIn - all.overgeheveldUit, all.beschikbaar, all.gereserveerd, all.toegekend, all.besteed, all.nogNietBestemd];
  ['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].forEach((col, i) => {
    overview.getCell(`${col}${end + 1}`).value = { formula: `SUM(${col}2:${col}${Math.max(2, end)})`, result: euros(allValues[i]!) };
  });
  sumRow.font = { bold: true };
  for (let c = 2; c <= parts.length; c++) overview.getColumn(c).numFmt = EURO_FORMAT;

  // Sheet 3: the movements, each with its decision.
  const movements = workbook.addWorksheet('Mutaties', { views: [{ state: 'frozen', ySplit: 1 }] });
  const fields = budgetMovement.fields;
  const heads = ['Soort', 'Regel', 'Naar regel', 'Jaar', 'Naar jaar', 'Bedrag', 'Besloten door', 'Datum besluit', 'Kenmerk', 'Toelichting'];
  movements.columns = heads.map((h, i) => ({ header: h, key: h, width: [16, 40, 40, 8, 10, 14, 18, 14, 16, 40][i] }));
  styleHeader(movements, heads.length);
  const lineName = new Map(rows.map((row) => [row.line.id, row.onderdeel ? `${row.thema} > ${row.onderdeel}` : row.thema]));
  for (const line of plan.lines) if (!lineName.has(line.id)) lineName.set(line.id, line.label);
  for (const m of plan.movements) {
    movements.addRow([
      m.type ? (fields.type.labels?.[m.type] ?? m.type) : '',
      m.lineId ? (lineName.get(m.lineId) ?? '') : '',
      m.toLineId ? (lineName.get(m.toLineId) ?? '') : '',
      m.year,
      m.type === 'carryOver' && m.year !== null ? (m.toYear ?? m.year + 1) : m.toYear,
      m.amount === null ? null : euros(m.amount),
      m.decisionBody,
      m.decisionDate ?? '',
      m.decisionNumber,
      m.note,
    ]);
  }
  movements.getColumn(6).numFmt = EURO_FORMAT;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function topOf(plan: BudgetPlan, line: BudgetLine): BudgetLine {
  const byId = new Map(plan.lines.map((l) => [l.id, l]));
  let top = line;
  while (top.parentId !== null && !top.orphan && byId.has(top.parentId)) top = byId.get(top.parentId)!;
  return top;
}

function styleHeader(sheet: ExcelJS.Worksheet, columns: number): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  for (let c = 1; c <= columns; c++) header.getCell(c).fill = HEADER_FILL;
}

export function renderBudgetJson(plan: BudgetPlan, totals: BudgetTotals): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(budgetReport(plan, totals), null, 2));
}
