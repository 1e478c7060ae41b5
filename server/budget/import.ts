/**
 * Import of a budget table (the csv template of server/README.md, or the first sheet of an
 * .xlsx with the same columns) into a budget plan, in the two steps of the programme import:
 * preview (what would change, with the totals after it and the finance findings) and apply
 * (the same, written as one change through the room, or nothing at all).
 *
 * Columns, by their header (case and spaces do not matter): Thema (required), Onderdeel (may
 * be empty; "Actielijn > Onderdeel" for the third level), Grootboek (may be empty), Soort
 * (beschikbaar, gereserveerd, toegekend or besteed; beschikbaar when absent or empty), one
 * column per year headed by its four digits, and Totaal (a stated total: read, kept for V28,
 * never used as an amount). A row whose Thema is "Totaal" (and no Onderdeel) states the plan's
 * totals per year. Amounts in Dutch notation ("1.237.449", "€ 47.600,-"). A line is matched
 * with an existing one by its theme (number or name) and its name under it; the same line may
 * come on several rows, one per Soort.
 */
import * as Y from 'yjs';
import { centsOfSpreadsheetNumber, formatEuro, parseDutchAmount, type Cents } from '../../shared/budget/money.ts';
import { computeBudget } from '../../shared/budget/totals.ts';
import type { BudgetLine, BudgetPlan } from '../../shared/budget/types.ts';
import { readBudgetPlan, writeBudgetBatch, setBudgetField, type CellWrite, type NewBudgetRow, type StatedWrite } from '../../shared/doc/budget/index.ts';
import type { EditOrigin } from '../../shared/doc/index.ts';
import { AMOUNT_KINDS, isAmountKind, MAX_LINE_DEPTH, type AmountKind } from '../../shared/schema/budget/index.ts';
import { fold } from '../../shared/indicator/words.ts';
import { validateBudget, type Finding } from '../../shared/validation/index.ts';
import { yieldToEventLoop } from '../export/yield.ts';
import { cellText } from '../import/convert.ts';
import { detectFileKind } from '../import/detect.ts';
import { UnreadableFile, finding, hasErrors, type ImportFinding } from '../import/findings.ts';
import { readCsv } from '../import/read-csv.ts';
import { readOle, readXlsx } from '../import/read-xlsx.ts';
import { isBlankCell, isBlankRow, type CellInput, type RawTable } from '../import/table.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import { randomUUID } from 'node:crypto';

/** One budget line as the file names it, with what the file gives it. */
interface FileLine {
  /** Theme, then sub-levels, as written. */
  path: { code: string; label: string }[];
  ledger: string;
  rows: number[];
}

interface FileRow {
  rowNumber: number;
  lineKey: string;
  soort: AmountKind;
  cells: { year: number; cents: Cents }[];
  stated: Cents | null;
}

export interface ReadBudgetTable {
  format: 'xlsx' | 'csv' | null;
  sheet: string;
  lines: Map<string, FileLine>;
  rows: FileRow[];
  /** The "Totaal" row: per soort, per year (null: the Totaal column). */
  planTotals: { soort: AmountKind; year: number | null; cents: Cents }[];
  years: number[];
  findings: ImportFinding[];
}

export interface BudgetImportReport {
  format: 'xlsx' | 'csv' | null;
  lines: { path: string; ledger: string; action: 'nieuw' | 'bestaand'; rows: number[] }[];
  findings: ImportFinding[];
  summary: { newLines: number; existingLines: number; cells: number; statedTotals: number };
  /** The plan's sums of the entered cells over all years after the import, per kind (cents). */
  totals: Record<AmountKind, Cents>;
  /** The finance rules on the plan as it would be (or is) after the import. */
  validation: Finding[];
  ok: boolean;
  applied: boolean;
}

const TOTAL_ROW = /^(totaal|totale kosten|totaal generaal)\b/i;
const CODE = /^(\d+(?:\.\d+)*)[.)]?\s+(.+)$/;
const LEVEL_SEPARATOR = ' > ';

export async function readBudgetTable(bytes: Uint8Array, fileName: string, years: { start: number; end: number }): Promise<ReadBudgetTable> {
  const empty = (f: ImportFinding): ReadBudgetTable => ({ format: null, sheet: fileName, lines: new Map(), rows: [], planTotals: [], years: [], findings: [f] });
  try {
    const kind = detectFileKind(bytes);
    if (kind === 'empty') return empty(finding('error', { sheet: fileName }, 'Het bestand is leeg.'));
    if (kind === 'ole') readOle(bytes, fileName);
    const format = kind === 'xlsx' ? 'xlsx' : 'csv';
    const tables = format === 'xlsx' ? await readXlsx(bytes, fileName) : [readCsv(bytes, fileName)];
    await yieldToEventLoop();
    const table = tables.find((t) => t.headers.some((h) => fold(h) === 'thema'));
    if (!table) return { ...empty(finding('error', { sheet: tables[0]?.name ?? fileName, row: 1 }, 'er is geen kolom "Thema". De eerste rij noemt de kolommen: Thema, Onderdeel, Grootboek, Soort, een kolom per jaar (bijvoorbeeld 2024) en Totaal.')), format };
    return { format, ...parseTable(table, years) };
  } catch (error) {
    if (error instanceof UnreadableFile) return empty(error.finding);
    throw error;
  }
}

function parseTable(table: RawTable, allowed: { start: number; end: number }): Omit<ReadBudgetTable, 'format'> {
  const findings: ImportFinding[] = [];
  const sheet = table.name;
  const columns = { thema: -1, onderdeel: -1, grootboek: -1, soort: -1, totaal: -1 };
  const yearColumns: { index: number; year: number }[] = [];
  table.headers.forEach((header, index) => {
    const name = fold(header).replace(/\s+/g, ' ').trim();
    const place = { sheet, row: 1, column: header, columnIndex: index + 1 };
    if (name === '') return;
    if (name in columns) {
      const key = name as keyof typeof columns;
      if (columns[key] >= 0) findings.push(finding('error', place, `de kolom "${header}" staat er twee keer. Laat er één over.`));
      columns[key] = index;
      return;
    }
    if (/^\d{4}$/.test(name)) {
      const year = Number(name);
      if (yearColumns.some((c) => c.year === year)) findings.push(finding('error', place, `het jaar ${year} heeft twee kolommen. Laat er één over.`));
      else if (year < allowed.start || year > allowed.end) findings.push(finding('error', place, `${year} valt buiten de jaren van het plan (${allowed.start}-${allowed.end}). Verruim eerst de jaren van het plan, of laat deze kolom weg.`));
      else yearColumns.push({ index, year });
      return;
    }
    if (/\d{4}/.test(name)) {
      findings.push(finding('error', place, `"${header}" is geen jaar. Zet elk jaar in een eigen kolom met het jaartal als kop (bijvoorbeeld 2022 en 2023 apart); een bedrag moet bij één jaar horen.`));
      return;
    }
    findings.push(finding('warning', place, `de kolom "${header}" kent Koers niet; hij wordt niet gelezen.`));
  });
  if (yearColumns.length === 0 && !hasErrors(findings)) findings.push(finding('error', { sheet, row: 1 }, 'er is geen kolom met een jaartal als kop (bijvoorbeeld 2024). Zet de bedragen in een kolom per jaar.'));

  const lines = new Map<string, FileLine>();
  const rows: FileRow[] = [];
  const planTotals: ReadBudgetTable['planTotals'] = [];
  const seen = new Map<string, number>();
  const text = (cells: readonly CellInput[], index: number) => (index < 0 ? '' : cellText(cells[index]));
  const amount = (cell: CellInput | undefined, place: Parameters<typeof finding>[1]): Cents | null => {
    if (isBlankCell(cell)) return null;
    const parsed = typeof cell === 'number' ? centsOfSpreadsheetNumber(cell) : typeof cell === 'string' ? parseDutchAmount(cell) : { ok: false as const, error: 'Deze cel bevat een fout uit Excel.' };
    if (!parsed.ok) {
      findings.push(finding('error', place, parsed.error));
      return null;
    }
    if (parsed.cents < 0) {
      findings.push(finding('error', place, `${formatEuro(parsed.cents)} is negatief. Een bedrag in de tabel is niet negatief; leg een verschuiving of overheveling vast als mutatie.`));
      return null;
    }
    return parsed.cents;
  };
  if (columns.thema < 0) return { sheet, lines, rows, planTotals, years: [], findings };

  for (const row of table.rows) {
    if (isBlankRow(row)) continue;
    const at = (index: number, header: string) => ({ sheet, row: row.rowNumber, column: header, columnIndex: index + 1 });
    const thema = text(row.cells, columns.thema);
    const onderdeel = text(row.cells, columns.onderdeel);
    const soortText = fold(text(row.cells, columns.soort));
    let soort: AmountKind = 'beschikbaar';
    if (soortText !== '') {
      if (isAmountKind(soortText)) soort = soortText;
      else {
        findings.push(finding('error', at(columns.soort, table.headers[columns.soort]!), `"${text(row.cells, columns.soort)}" is geen soort. Kies ${AMOUNT_KINDS.join(', ').replace(/, ([^,]+)$/, ' of $1')}.`));
        continue;
      }
    }
    const cells = yearColumns.flatMap(({ index, year }) => {
      const cents = amount(row.cells[index], at(index, table.headers[index]!));
      return cents === null ? [] : [{ year, cents }];
    });
    const stated = columns.totaal < 0 ? null : amount(row.cells[columns.totaal], at(columns.totaal, table.headers[columns.totaal]!));
    if (TOTAL_ROW.test(thema) && onderdeel === '') {
      for (const c of cells) planTotals.push({ soort, year: c.year, cents: c.cents });
      if (stated !== null) planTotals.push({ soort, year: null, cents: stated });
      continue;
    }
    if (thema === '') {
      findings.push(finding('error', at(columns.thema, table.headers[columns.thema]!), 'vul het thema in: elke regel hoort bij een thema.'));
      continue;
    }
    const parts = [thema, ...(onderdeel === '' ? [] : onderdeel.split(LEVEL_SEPARATOR).map((p) => p.trim()))];
    if (parts.length > MAX_LINE_DEPTH) {
      findings.push(finding('error', at(columns.onderdeel, table.headers[columns.onderdeel]!), `een plan kent ${MAX_LINE_DEPTH} niveaus (thema, actielijn, onderdeel); "${onderdeel}" gaat dieper.`));
      continue;
    }
    const path = parts.map(splitCode);
    const lineKey = path.map(keyOf).join('\u0000');
    const ledger = text(row.cells, columns.grootboek);
    const line = lines.get(lineKey);
    if (!line) lines.set(lineKey, { path, ledger, rows: [row.rowNumber] });
    else {
      line.rows.push(row.rowNumber);
      if (ledger !== '' && line.ledger !== '' && ledger !== line.ledger) {
        findings.push(finding('warning', at(columns.grootboek, table.headers[columns.grootboek]!), `deze regel staat al met grootboek ${line.ledger} in rij ${line.rows[0]}; ${ledger} wordt niet overgenomen.`));
      } else if (line.ledger === '') line.ledger = ledger;
    }
    const duplicate = seen.get(`${lineKey}|${soort}`);
    if (duplicate !== undefined) {
      findings.push(finding('error', { sheet, row: row.rowNumber }, `deze regel staat met soort ${soort} al in rij ${duplicate}. Tel de bedragen samen in één rij.`));
      continue;
    }
    seen.set(`${lineKey}|${soort}`, row.rowNumber);
    if (stated !== null) {
      const sum = cells.reduce((a, c) => a + c.cents, 0);
      if (sum !== stated) {
        findings.push(
          finding('warning', at(columns.totaal, table.headers[columns.totaal]!), `het totaal ${formatEuro(stated)} is niet de som van de jaren (${formatEuro(sum)}). Koers rekent met de jaren en bewaart het getypte totaal om het te controleren.`),
        );
      }
    }
    rows.push({ rowNumber: row.rowNumber, lineKey, soort, cells, stated });
  }
  return { sheet, lines, rows, planTotals, years: yearColumns.map((c) => c.year), findings };
}

function splitCode(part: string): { code: string; label: string } {
  const match = CODE.exec(part);
  return match ? { code: match[1]!, label: match[2]!.trim() } : { code: '', label: part.trim() };
}

function keyOf(p: { code: string; label: string }): string {
  return p.code !== '' ? `#${p.code}` : fold(p.label).replace(/\s+/g, ' ');
}

interface Planned {
  report: Omit<BudgetImportReport, 'applied' | 'validation' | 'totals'>;
  write(doc: Y.Doc, origin: EditOrigin): void;
}

/** Matches the file's lines with the plan's and says what would be written. */
function planBudgetImport(read: ReadBudgetTable, plan: BudgetPlan): Planned {
  const findings = [...read.findings];
  const existing = new Map<string, BudgetLine>();
  const keyOfLine = new Map<string, string>();
  for (const line of plan.lines) {
    if (line.orphan) continue;
    const parentKey = line.parentId === null ? null : keyOfLine.get(line.parentId);
    if (line.parentId !== null && parentKey === undefined) continue;
    const own = line.depth === 0 && line.code !== '' ? `#${line.code}` : keyOf({ code: '', label: line.label });
    const key = parentKey === null || parentKey === undefined ? own : `${parentKey}\u0000${own}`;
    keyOfLine.set(line.id, key);
    if (!existing.has(key)) existing.set(key, line);
    // A theme known by its name as well as its number.
    if (line.depth === 0 && line.code !== '') existing.set(keyOf({ code: '', label: line.label }), existing.get(keyOf({ code: '', label: line.label })) ?? line);
  }
  const idOf = new Map<string, string>();
  const newLines: NewBudgetRow[] = [];
  const updates: { id: string; field: string; value: string }[] = [];
  const report: BudgetImportReport['lines'] = [];
  const ensure = (path: FileLine['path'], depth: number, ledger: string, rows: number[]): string => {
    const key = path.slice(0, depth + 1).map(keyOf).join('\u0000');
    const known = idOf.get(key);
    if (known) return known;
    const parentId = depth === 0 ? null : ensure(path, depth - 1, '', []);
    const part = path[depth]!;
    const match = existing.get(key) ?? (depth === 0 ? existing.get(keyOf({ code: '', label: part.label })) : undefined);
    const isLeaf = depth === path.length - 1;
    if (match) {
      idOf.set(key, match.id);
      if (isLeaf && ledger !== '' && ledger !== match.ledger) updates.push({ id: match.id, field: 'ledger', value: ledger });
      if (isLeaf) report.push({ path: path.map((p) => p.label).join(LEVEL_SEPARATOR), ledger: ledger || match.ledger, action: 'bestaand', rows });
      if (isLeaf && match.unit === 'hours') findings.push(finding('error', { sheet: read.sheet, row: rows[0] ?? null }, `"${match.label}" telt in uren per week; importeer hier geen bedragen in euro.`));
      return match.id;
    }
    const id = randomUUID();
    idOf.set(key, id);
    newLines.push({ id, parentId, fields: { label: part.label, code: part.code, ledger: isLeaf ? ledger : '' } });
    report.push({ path: path.slice(0, depth + 1).map((p) => p.label).join(LEVEL_SEPARATOR), ledger: isLeaf ? ledger : '', action: 'nieuw', rows: isLeaf ? rows : [] });
    return id;
  };
  for (const [, line] of read.lines) ensure(line.path, line.path.length - 1, line.ledger, line.rows);
  const cells: CellWrite[] = [];
  const stated: StatedWrite[] = [];
  for (const row of read.rows) {
    const lineId = idOf.get(row.lineKey)!;
    for (const c of row.cells) cells.push({ lineId, year: c.year, soort: row.soort, value: c.cents });
    if (row.stated !== null) stated.push({ lineId, year: null, soort: row.soort, value: row.stated });
  }
  for (const t of read.planTotals) stated.push({ lineId: null, year: t.year, soort: t.soort, value: t.cents });
  const newCount = report.filter((l) => l.action === 'nieuw').length;
  return {
    report: {
      format: read.format,
      lines: report,
      findings,
      summary: { newLines: newCount, existingLines: report.length - newCount, cells: cells.length, statedTotals: stated.length },
      ok: !hasErrors(findings),
    },
    write(doc, origin) {
      doc.transact(() => {
        writeBudgetBatch(doc, { lines: newLines, cells, stated }, origin);
        for (const u of updates) setBudgetField(doc, 'budgetLine', u.id, u.field, u.value, origin);
      }, origin);
    },
  };
}

/** The plan after the import, on a scratch copy: its totals and its finance findings. */
function outcome(doc: Y.Doc, planned: Planned, origin: EditOrigin): Pick<BudgetImportReport, 'totals' | 'validation'> {
  const scratch = new Y.Doc();
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    if (planned.report.ok) planned.write(scratch, origin);
    const plan = readBudgetPlan(scratch);
    const totals = computeBudget(plan);
    return {
      totals: Object.fromEntries(AMOUNT_KINDS.map((k) => [k, totals.entered(null, null, k)])) as Record<AmountKind, Cents>,
      validation: validateBudget(plan),
    };
  } finally {
    scratch.destroy();
  }
}

/** Changes nothing. Undefined when the plan does not exist. */
export function previewBudgetImport(registry: Pick<RoomRegistry, 'readDocument'>, docId: string, read: ReadBudgetTable, origin: EditOrigin): BudgetImportReport | undefined {
  return registry.readDocument(docId, (doc) => {
    const planned = planBudgetImport(read, readBudgetPlan(doc));
    return { ...planned.report, ...outcome(doc, planned, origin), applied: false };
  });
}

/** Everything or nothing, as one change through the room. Undefined when the plan does not exist. */
export function applyBudgetImport(registry: Pick<RoomRegistry, 'changeDocument'>, docId: string, read: ReadBudgetTable, origin: EditOrigin): BudgetImportReport | undefined {
  return registry.changeDocument(docId, origin, (doc) => {
    const planned = planBudgetImport(read, readBudgetPlan(doc));
    const after = outcome(doc, planned, origin);
    if (planned.report.ok) planned.write(doc, origin);
    return { ...planned.report, ...after, applied: planned.report.ok };
  });
}
