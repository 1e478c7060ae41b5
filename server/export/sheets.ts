/**
 * The table shape of a programme: one sheet per row kind, its columns, and the rows in
 * document order. The Excel export writes these sheets and the import reads them back by
 * their header names, so this file is the single contract between the two. The field columns
 * (header, width, order) and the sheet names come from the row kinds' declarations.
 */
import type { EntityKind } from '../../shared/model/entities.ts';
import type { FieldDef } from '../../shared/schema/fields.ts';
import { exportFieldsOf, rowKind } from '../../shared/schema/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { indicatorCode } from '../../shared/monitoring/codes.ts';
import { enumLabel } from './labels.ts';

export type CellValue = string | number | null;

/**
 * What a column means to the import:
 * - programme: the programme name; rows of another programme are skipped
 * - id: the row's own id
 * - parentId / parentCode: the parent row by id, or by its code when the id is empty
 * - parentKind: for activities, whether the parent is an uitwerking or a result
 * - field: an editable field of the row
 * - context: shown to help the reader, ignored on import
 */
type ColumnRole = 'programme' | 'id' | 'parentId' | 'parentCode' | 'parentKind' | 'field' | 'context';

export interface Column {
  header: string;
  role: ColumnRole;
  /** The editable field, for role 'field'. */
  field?: string;
  /** Excel column width in characters. */
  width: number;
  value(row: SheetRow): CellValue;
}

export interface SheetDef {
  kind: EntityKind;
  name: string;
  /** "doel", "indicator", ...: how messages name one row of this sheet. */
  noun: string;
  columns: readonly Column[];
}

export interface SheetRow {
  programme: Programme;
  kind: EntityKind;
  id: string;
  parentId: string | null;
  parentKind: EntityKind | null;
  /** Code of the parent when it has one (goal code, result code), else ''. */
  parentCode: string;
  goalCode: string;
  /** Title or text of the parent, for reading. */
  parentLabel: string;
  entity: Readonly<Record<string, unknown>>;
}

const PARENT_KIND_LABELS: Partial<Record<EntityKind, string>> = { subGoal: 'uitwerking', result: 'resultaat' };

/** The measurement sheet names its indicator by id and by code (shared/monitoring/codes.ts). */
const INDICATOR_ID_HEADER = 'Indicator-id';
const INDICATOR_CODE_HEADER = 'Indicatorcode';

const programmeColumn: Column = { header: 'Programma', role: 'programme', width: 26, value: (r) => r.programme.name };

function idColumn(header: string): Column {
  return { header, role: 'id', width: 14, value: (r) => r.id };
}

function parentIdColumn(header: string): Column {
  return { header, role: 'parentId', width: 14, value: (r) => r.parentId };
}

/** The parent's code, by which the import finds the parent when its id is empty. */
function parentCodeColumn(header: string, width: number): Column {
  return { header, role: 'parentCode', width, value: (r) => r.parentCode };
}

/** The goal's code beside a row deeper down, for the reader; the import ignores it. */
const goalCodeContext: Column = { header: 'Doelcode', role: 'context', width: 10, value: (r) => r.goalCode };

function fieldColumn(name: string, spec: FieldDef): Column {
  return {
    header: spec.export.header,
    role: 'field',
    field: name,
    width: spec.export.width,
    value: (r) => {
      const v = r.entity[name];
      if (v === null || v === undefined) return spec.type === 'text' ? '' : null;
      if (spec.type === 'enum') return enumLabel(spec, String(v));
      return typeof v === 'number' || typeof v === 'string' ? v : String(v);
    },
  };
}

/**
 * A sheet: its id, parent and context columns (hand-written, they are not fields), then every
 * field of the kind in its export order.
 */
function sheet(kind: EntityKind, lead: readonly Column[]): SheetDef {
  const def = rowKind(kind);
  const fields = exportFieldsOf(kind).map(([name, spec]) => fieldColumn(name, spec));
  return { kind, name: def.sheet, noun: def.noun, columns: [...lead, ...fields] };
}

export const SHEETS: readonly SheetDef[] = [
  sheet('goal', [programmeColumn, idColumn('Doel-id')]),
  sheet('goalIndicator', [
    programmeColumn,
    idColumn('Indicator-id'),
    parentIdColumn('Doel-id'),
    parentCodeColumn('Doelcode', 10),
  ]),
  sheet('subGoal', [
    programmeColumn,
    idColumn('Uitwerking-id'),
    parentIdColumn('Doel-id'),
    parentCodeColumn('Doelcode', 10),
  ]),
  sheet('result', [
    programmeColumn,
    idColumn('Resultaat-id'),
    parentIdColumn('Uitwerking-id'),
    goalCodeContext,
    { header: 'Uitwerking', role: 'context', width: 40, value: (r) => r.parentLabel },
  ]),
  sheet('resultIndicator', [
    programmeColumn,
    idColumn('Resultaatindicator-id'),
    parentIdColumn('Resultaat-id'),
    parentCodeColumn('Resultaatcode', 12),
  ]),
  sheet('activity', [
    programmeColumn,
    idColumn('Activiteit-id'),
    parentIdColumn('Hoort bij-id'),
    { header: 'Hoort bij', role: 'parentKind', width: 12, value: (r) => PARENT_KIND_LABELS[r.parentKind!] ?? '' },
    goalCodeContext,
    parentCodeColumn('Resultaatcode', 12),
  ]),
  sheet('measurement', [
    programmeColumn,
    idColumn('Meting-id'),
    parentIdColumn(INDICATOR_ID_HEADER),
    parentCodeColumn(INDICATOR_CODE_HEADER, 12),
    { header: 'Indicator', role: 'context', width: 40, value: (r) => r.parentLabel },
  ]),
  sheet('priority', [programmeColumn, idColumn('Prioriteit-id')]),
];

export function sheetOf(kind: EntityKind): SheetDef {
  return SHEETS.find((s) => s.kind === kind)!;
}

/** Every row of a programme, per kind, in document order (depth first). */
export function sheetRows(programme: Programme): Record<EntityKind, SheetRow[]> {
  const out: Record<EntityKind, SheetRow[]> = {
    goal: [],
    goalIndicator: [],
    subGoal: [],
    result: [],
    resultIndicator: [],
    activity: [],
    measurement: [],
    priority: [],
  };
  const base = { programme };
  const measurements = (g: { goalCode: string }, parentId: string, parentKind: EntityKind, code: string, label: string, list: readonly { id: string }[]) => {
    for (const m of list) {
      out.measurement.push({ ...base, ...g, kind: 'measurement', id: m.id, parentId, parentKind, parentCode: code, parentLabel: label, entity: m as never });
    }
  };
  for (const goal of programme.goals) {
    const g = { goalCode: goal.code };
    out.goal.push({ ...base, ...g, kind: 'goal', id: goal.id, parentId: null, parentKind: null, parentCode: '', parentLabel: '', entity: goal as never });
    goal.indicators.forEach((ind, i) => {
      out.goalIndicator.push({ ...base, ...g, kind: 'goalIndicator', id: ind.id, parentId: goal.id, parentKind: 'goal', parentCode: goal.code, parentLabel: goal.title, entity: ind as never });
      measurements(g, ind.id, 'goalIndicator', indicatorCode(goal.code, i), ind.indicator, ind.measurements);
    });
    for (const sub of goal.subGoals) {
      out.subGoal.push({ ...base, ...g, kind: 'subGoal', id: sub.id, parentId: goal.id, parentKind: 'goal', parentCode: goal.code, parentLabel: goal.title, entity: sub as never });
      for (const activity of sub.activities) {
        out.activity.push({ ...base, ...g, kind: 'activity', id: activity.id, parentId: sub.id, parentKind: 'subGoal', parentCode: '', parentLabel: sub.title, entity: activity as never });
      }
      for (const result of sub.results) {
        out.result.push({ ...base, ...g, kind: 'result', id: result.id, parentId: sub.id, parentKind: 'subGoal', parentCode: '', parentLabel: sub.title, entity: result as never });
        result.indicators.forEach((ind, i) => {
          out.resultIndicator.push({ ...base, ...g, kind: 'resultIndicator', id: ind.id, parentId: result.id, parentKind: 'result', parentCode: result.code, parentLabel: result.text, entity: ind as never });
          measurements(g, ind.id, 'resultIndicator', indicatorCode(result.code, i), ind.text, ind.measurements);
        });
        for (const activity of result.activities) {
          out.activity.push({ ...base, ...g, kind: 'activity', id: activity.id, parentId: result.id, parentKind: 'result', parentCode: result.code, parentLabel: result.text, entity: activity as never });
        }
      }
    }
  }
  for (const p of programme.priorities ?? []) {
    out.priority.push({ ...base, goalCode: '', kind: 'priority', id: p.id, parentId: null, parentKind: null, parentCode: '', parentLabel: '', entity: p as never });
  }
  return out;
}
