/**
 * The flat CSV shape (server/export/csv-shape.ts) back into records: each line names up to
 * four rows (goal, uitwerking, result, indicator). A goal on ten lines is one record; if the
 * lines disagree about its title, that is an error naming both rows, never a silent pick.
 */
import { EDITABLE_FIELDS, type EntityKind } from '../../shared/model/entities.ts';
import { FLAT_COLUMNS, LEVELS, ORPHAN_LEVEL, type FlatColumn, type FlatLevel } from '../export/csv-shape.ts';
import type { ClassifiedTable } from './classify.ts';
import { cellText, convertCell } from './convert.ts';
import { finding, type ImportFinding } from './findings.ts';
import { normalizeHeader } from './mapping.ts';
import type { ImportRecord, ParentRef, RecordSet, SourceCell } from './records.ts';
import { isBlankCell, isBlankRow, type RawRow } from './table.ts';

const LEVEL_BY_LABEL = new Map(Object.entries(LEVELS).map(([level, label]) => [label.toLowerCase(), level as FlatLevel]));
const NEEDS_SUBGOAL: readonly FlatLevel[] = ['subGoal', 'result', 'resultIndicator'];
const NEEDS_RESULT: readonly FlatLevel[] = ['result', 'resultIndicator'];

export function flatRecords(table: ClassifiedTable): RecordSet {
  const findings: ImportFinding[] = [];
  const merged = new Map<string, ImportRecord>();
  const records: ImportRecord[] = [];
  const sheet = table.table.name;

  for (const row of table.table.rows) {
    if (isBlankRow(row)) continue;
    const line = new Line(table, row);
    const levelText = line.text('Niveau');
    const level = LEVEL_BY_LABEL.get(levelText.toLowerCase());
    if (levelText.toLowerCase().startsWith(ORPHAN_LEVEL.toLowerCase())) {
      findings.push(finding('warning', line.place('Niveau'), 'deze rij stond in Koers zonder plaats (haar onderdeel was verwijderd) en is overgeslagen. Geef haar in Koers een plaats, of voeg haar hier onder een doel, uitwerking of resultaat in.'));
      continue;
    }
    if (!level) {
      findings.push(finding('error', line.place('Niveau'), `"${levelText}" is geen geldig niveau. Kies uit ${Object.values(LEVELS).map((l) => `"${l}"`).join(', ')}.`));
      continue;
    }
    const programme = line.text('Programma') || null;
    const make = (kind: EntityKind, id: string, localKey: string | null, parent: ParentRef | null, idHeader: string): ImportRecord => ({
      kind,
      sheet,
      row: row.rowNumber,
      programme,
      id: id || null,
      idCell: line.has(idHeader) ? line.place(idHeader) : null,
      localKey,
      parent,
      fields: new Map(),
    });

    const goalId = line.text('Doel-id');
    const goalCode = line.text('Doelcode');
    if (!goalId && !goalCode) {
      findings.push(finding('error', { sheet, row: row.rowNumber }, 'zonder Doel-id of Doelcode weet Koers niet bij welk doel deze rij hoort.'));
      continue;
    }
    const goalKey = goalId ? `goal:id:${goalId}` : `goal:code:${goalCode}`;
    const goal = make('goal', goalId, goalKey, null, 'Doel-id');
    line.fill(goal, 'goal', findings);
    const goalRef: ParentRef = { id: goalId || null, code: goalCode || null, localKey: goalKey, kind: 'goal', cell: line.place('Doel-id') };
    let parent: ParentRef = goalRef;
    const wanted: ImportRecord[] = [goal];

    if (NEEDS_SUBGOAL.includes(level)) {
      const subId = line.text('Uitwerking-id');
      const subTitle = line.text('Uitwerking');
      if (!subId && !subTitle) {
        findings.push(finding('error', line.place('Uitwerking-id'), 'op dit niveau hoort een uitwerking: vul Uitwerking-id of Uitwerking in.'));
        continue;
      }
      const subKey = subId ? `sub:id:${subId}` : `sub:${goalKey}|${subTitle}`;
      const sub = make('subGoal', subId, subKey, goalRef, 'Uitwerking-id');
      line.fill(sub, 'subGoal', findings);
      wanted.push(sub);
      parent = { id: subId || null, code: null, localKey: subKey, kind: 'subGoal', cell: line.place('Uitwerking-id') };
    }
    if (NEEDS_RESULT.includes(level)) {
      const resultId = line.text('Resultaat-id');
      const resultCode = line.text('Resultaatcode');
      const resultText = line.text('Resultaat');
      if (!resultId && !resultCode && !resultText) {
        findings.push(finding('error', line.place('Resultaat-id'), 'op dit niveau hoort een resultaat: vul Resultaat-id, Resultaatcode of Resultaat in.'));
        continue;
      }
      const resultKey = resultId ? `res:id:${resultId}` : resultCode ? `res:code:${resultCode}` : `res:${parent.localKey}|${resultText}`;
      const result = make('result', resultId, resultKey, parent, 'Resultaat-id');
      line.fill(result, 'result', findings);
      wanted.push(result);
      parent = { id: resultId || null, code: resultCode || null, localKey: resultKey, kind: 'result', cell: line.place('Resultaat-id') };
    }
    if (level === 'goalIndicator' || level === 'resultIndicator') {
      const kind = level;
      const indicator = make(kind, line.text('Indicator-id'), null, parent, 'Indicator-id');
      line.fill(indicator, 'indicator', findings, kind === 'goalIndicator' ? 'indicator' : 'text');
      if (kind === 'goalIndicator') line.fill(indicator, 'goalIndicator', findings);
      else line.refuseFilled('goalIndicator', findings, 'hoort alleen bij een doelindicator; maak de cel leeg of zet het niveau op "Doelindicator".');
      wanted.push(indicator);
    }

    for (const record of wanted) {
      if (record.localKey === null) {
        records.push(record);
        continue;
      }
      const earlier = merged.get(record.localKey);
      if (!earlier) {
        merged.set(record.localKey, record);
        records.push(record);
        continue;
      }
      for (const [field, cell] of record.fields) {
        const first = earlier.fields.get(field);
        if (!first) earlier.fields.set(field, cell);
        else if (first.value !== cell.value) {
          findings.push(finding('error', cell, `${NOUNS[record.kind]} staat ook op rij ${first.row}, maar daar met een andere waarde in deze kolom. Maak de rijen gelijk.`));
        }
      }
    }
  }
  return { records, findings };
}

const NOUNS: Partial<Record<EntityKind, string>> = { goal: 'hetzelfde doel', subGoal: 'dezelfde uitwerking', result: 'hetzelfde resultaat' };

class Line {
  constructor(
    private readonly table: ClassifiedTable,
    private readonly row: RawRow,
  ) {}

  has(header: string): boolean {
    return this.table.columns.has(normalizeHeader(header));
  }

  text(header: string): string {
    const index = this.table.columns.get(normalizeHeader(header));
    return index === undefined ? '' : cellText(this.row.cells[index]);
  }

  place(header: string): SourceCell {
    const index = this.table.columns.get(normalizeHeader(header));
    return {
      sheet: this.table.table.name,
      row: this.row.rowNumber,
      column: index === undefined ? header : (this.table.table.headers[index] ?? header),
      columnIndex: index === undefined ? 0 : index + 1,
    };
  }

  /** Sets the record's fields from the columns that write to `target` ('indicator': as `indicatorField`). */
  fill(record: ImportRecord, target: FlatColumn['target'], findings: ImportFinding[], indicatorField?: string): void {
    for (const column of FLAT_COLUMNS) {
      if (column.target !== target || column.field === 'id') continue;
      const index = this.table.columns.get(normalizeHeader(column.header));
      if (index === undefined) continue;
      const field = target === 'indicator' ? indicatorField! : column.field;
      const spec = EDITABLE_FIELDS[record.kind][field];
      if (!spec) continue;
      const converted = convertCell(this.row.cells[index], field, spec);
      const where = this.place(column.header);
      if (converted.ok) record.fields.set(field, { ...where, value: converted.value });
      else findings.push(finding('error', where, converted.problem));
    }
  }

  refuseFilled(target: FlatColumn['target'], findings: ImportFinding[], why: string): void {
    for (const column of FLAT_COLUMNS) {
      if (column.target !== target) continue;
      const index = this.table.columns.get(normalizeHeader(column.header));
      if (index !== undefined && !isBlankCell(this.row.cells[index])) findings.push(finding('error', this.place(column.header), why));
    }
  }
}
