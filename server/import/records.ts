/**
 * The rows of a file as import records: per row, which row kind it is, how it names itself
 * (id, or a code) and its parent, and the field values it brings. Conversion problems become
 * findings; the record keeps only the values that converted.
 */
import { EDITABLE_FIELDS, type EntityKind, type FieldValue } from '../../shared/model/entities.ts';
import { normalizeHeader } from './mapping.ts';
import type { ClassifiedTable } from './classify.ts';
import { cellText, convertCell } from './convert.ts';
import { finding, type ImportFinding } from './findings.ts';
import { isBlankRow, type RawRow } from './table.ts';

export interface SourceCell {
  sheet: string;
  row: number;
  column: string;
  columnIndex: number;
}

interface FieldCell extends SourceCell {
  value: FieldValue;
}

export interface ParentRef {
  id: string | null;
  code: string | null;
  /** A row of the same file without an id yet (flat CSV), by its merge key. */
  localKey: string | null;
  /** For activities: 'subGoal' or 'result'; null = decided by what the id or code finds. */
  kind: EntityKind | null;
  cell: SourceCell | null;
}

export interface ImportRecord {
  kind: EntityKind;
  sheet: string;
  row: number;
  /** The Programma column, or null when the file has none. */
  programme: string | null;
  id: string | null;
  idCell: SourceCell | null;
  /** Flat CSV: the key that merges lines describing the same goal, uitwerking or result. */
  localKey: string | null;
  parent: ParentRef | null;
  fields: Map<string, FieldCell>;
}

export interface RecordSet {
  records: ImportRecord[];
  findings: ImportFinding[];
}

const PARENT_KIND_WORDS: Record<string, EntityKind> = { uitwerking: 'subGoal', resultaat: 'result' };

export function sheetRecords(table: ClassifiedTable): RecordSet {
  if (table.shape.type !== 'sheet') throw new Error('sheetRecords needs a sheet-shaped table');
  const { def } = table.shape;
  const records: ImportRecord[] = [];
  const findings: ImportFinding[] = [];
  const cellAt = (row: RawRow, header: string) => {
    const index = table.columns.get(normalizeHeader(header));
    return index === undefined ? undefined : { index, cell: row.cells[index] };
  };
  const source = (row: RawRow, header: string, index: number): SourceCell => ({
    sheet: table.table.name,
    row: row.rowNumber,
    column: table.table.headers[index] ?? header,
    columnIndex: index + 1,
  });

  for (const row of table.table.rows) {
    if (isBlankRow(row)) continue;
    const record: ImportRecord = {
      kind: def.kind,
      sheet: table.table.name,
      row: row.rowNumber,
      programme: null,
      id: null,
      idCell: null,
      localKey: null,
      parent: null,
      fields: new Map(),
    };
    let parent: ParentRef = { id: null, code: null, localKey: null, kind: null, cell: null };
    for (const column of def.columns) {
      const at = cellAt(row, column.header);
      if (!at) continue;
      const where = source(row, column.header, at.index);
      const text = cellText(at.cell);
      switch (column.role) {
        case 'programme':
          record.programme = text || null;
          break;
        case 'id':
          record.id = text || null;
          record.idCell = where;
          break;
        case 'parentId':
          parent = { ...parent, id: text || null, cell: parent.cell ?? where };
          break;
        case 'parentCode':
          parent = { ...parent, code: text || null, cell: parent.cell ?? where };
          break;
        case 'parentKind': {
          if (!text) break;
          const kind = PARENT_KIND_WORDS[text.toLowerCase()];
          if (kind) parent = { ...parent, kind };
          else findings.push(finding('error', where, `"${text}" is geen geldige keuze; kies "uitwerking" of "resultaat".`));
          break;
        }
        case 'field': {
          const spec = EDITABLE_FIELDS[def.kind][column.field!]!;
          const converted = convertCell(at.cell, column.field!, spec);
          if (converted.ok) record.fields.set(column.field!, { ...where, value: converted.value });
          else findings.push(finding('error', where, converted.problem));
          break;
        }
        case 'context':
          break;
      }
    }
    if (def.kind === 'activity' && parent.code && !parent.id) parent = { ...parent, kind: 'result' };
    if (def.kind !== 'goal') record.parent = parent;
    records.push(record);
  }
  return { records, findings };
}
