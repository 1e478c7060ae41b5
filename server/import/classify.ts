/**
 * Decides what each sheet is (one of our row kinds, the flat CSV shape, or not ours) and what
 * each of its columns means. A column nobody can place is an error, never silently dropped:
 * the user must map it or leave it out, so nothing they typed is lost without them knowing.
 */
import { FLAT_COLUMNS } from '../export/csv-shape.ts';
import { SHEETS, type SheetDef } from '../export/sheets.ts';
import { FINDINGS_SHEET, ORPHANS_SHEET } from '../export/sheet-names.ts';
import { columnLetter, finding, type ImportFinding } from './findings.ts';
import { normalizeHeader, type ImportMapping } from './mapping.ts';
import { isBlankCell, type RawTable } from './table.ts';

type TableShape = { type: 'sheet'; def: SheetDef } | { type: 'flat' };

export interface ClassifiedTable {
  table: RawTable;
  shape: TableShape;
  /** Our header (normalised) -> 0-based column index in the file. */
  columns: Map<string, number>;
}

export interface Classification {
  tables: ClassifiedTable[];
  findings: ImportFinding[];
}

const FLAT_HEADERS = FLAT_COLUMNS.map((c) => c.header);

export function classifyTables(tables: readonly RawTable[], mapping: ImportMapping): Classification {
  const out: ClassifiedTable[] = [];
  const findings: ImportFinding[] = [];
  for (const table of tables) {
    if (table.rows.length === 0 && table.headers.every((h) => h === '')) continue;
    const shape = shapeOf(table, mapping, findings);
    if (!shape) continue;
    const columns = resolveColumns(table, shape, mapping, findings);
    out.push({ table, shape, columns });
  }
  if (out.length === 0 && !findings.some((f) => f.severity === 'error')) {
    findings.push(
      finding('error', { sheet: tables[0]?.name ?? 'bestand' }, `Koers vond in dit bestand geen blad dat het kan importeren. Verwacht: ${SHEETS.map((s) => s.name).join(', ')}, of een CSV-export van Koers.`),
    );
  }
  return { tables: out, findings };
}

function shapeOf(table: RawTable, mapping: ImportMapping, findings: ImportFinding[]): TableShape | null {
  const sheetKey = normalizeHeader(table.name);
  if (sheetKey in mapping.sheets) {
    const target = mapping.sheets[sheetKey];
    if (target === null) return null;
    const def = SHEETS.find((s) => normalizeHeader(s.name) === normalizeHeader(target!));
    if (def) return { type: 'sheet', def };
  }
  const byName = SHEETS.find((s) => normalizeHeader(s.name) === sheetKey);
  if (byName) return { type: 'sheet', def: byName };
  if (sheetKey === normalizeHeader(FINDINGS_SHEET)) return null; // our own findings: read-only information
  if (sheetKey === normalizeHeader(ORPHANS_SHEET)) return null; // rows without a place: there is nothing to hang them under

  const headers = new Set(table.headers.map((h) => ourHeader(h, mapping)).filter((h): h is string => !!h));
  if (headers.has('niveau')) return { type: 'flat' };
  let best: { def: SheetDef; score: number } | null = null;
  let tie = false;
  for (const def of SHEETS) {
    const score = def.columns.filter((c) => headers.has(normalizeHeader(c.header))).length + (headers.has(normalizeHeader(def.columns[1]!.header)) ? 2 : 0);
    if (!best || score > best.score) {
      best = { def, score };
      tie = false;
    } else if (score === best.score) tie = true;
  }
  if (best && best.score >= 3 && !tie) return { type: 'sheet', def: best.def };
  const expected = SHEETS.map((s) => s.name).join(', ');
  if (table.source === 'csv') {
    findings.push(
      finding('error', { sheet: table.name, row: 1 }, `Koers herkent de kolommen van dit CSV-bestand niet. Gebruik de kolomkoppen van een Koers-export (bijvoorbeeld "Niveau", "Doel-id", "Indicator"), of geef een kolomkoppeling mee.`),
    );
  } else {
    findings.push(finding('warning', { sheet: table.name }, `dit blad is overgeslagen: Koers herkent het niet als een van ${expected}. Geef een bladkoppeling mee als het wel geïmporteerd moet worden.`));
  }
  return null;
}

function resolveColumns(table: RawTable, shape: TableShape, mapping: ImportMapping, findings: ImportFinding[]): Map<string, number> {
  const allowed = new Set((shape.type === 'flat' ? FLAT_HEADERS : shape.def.columns.map((c) => c.header)).map(normalizeHeader));
  const columns = new Map<string, number>();
  table.headers.forEach((text, index) => {
    const place = { sheet: table.name, row: 1, column: text, columnIndex: index + 1 };
    const hasData = table.rows.some((r) => !isBlankCell(r.cells[index]));
    const mapped = normalizeHeader(text) in mapping.columns;
    if (mapped && mapping.columns[normalizeHeader(text)] === null) return;
    if (text === '') {
      if (hasData) findings.push(finding('error', place, 'deze kolom heeft geen kop maar wel gegevens. Geef de kolom een kop die Koers kent, of haal de gegevens weg.'));
      return;
    }
    const ours = ourHeader(text, mapping);
    if (!ours || !allowed.has(ours)) {
      const hint = shape.type === 'sheet' ? `Bekende kolommen op dit blad: ${shape.def.columns.map((c) => c.header).join(', ')}.` : '';
      findings.push(finding('error', place, `onbekende kolom. Koppel de kolom aan een veld van Koers of laat haar weg; er is niets geïmporteerd. ${hint}`.trim()));
      return;
    }
    if (columns.has(ours)) {
      findings.push(finding('error', place, `deze kolom komt twee keer voor (ook in kolom ${columnLetter(columns.get(ours)! + 1)}). Laat er één over.`));
      return;
    }
    columns.set(ours, index);
  });
  return columns;
}

function ourHeader(text: string, mapping: ImportMapping): string | null {
  const key = normalizeHeader(text);
  if (key in mapping.columns) {
    const target = mapping.columns[key];
    return target === null || target === undefined ? null : normalizeHeader(target);
  }
  return key;
}
