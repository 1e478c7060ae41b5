/**
 * The table shape of a programme: one sheet per row kind, its columns, and the rows in
 * document order. The Excel export writes these sheets and the import reads them back by
 * their header names, so this file is the single contract between the two.
 */
import { EDITABLE_FIELDS, type EntityKind } from '../../shared/model/entities.ts';
import type { Programme } from '../../shared/model/types.ts';
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
export type ColumnRole = 'programme' | 'id' | 'parentId' | 'parentCode' | 'parentKind' | 'field' | 'context';

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

export const PARENT_KIND_LABELS: Partial<Record<EntityKind, string>> = { subGoal: 'uitwerking', result: 'resultaat' };

const programmeColumn: Column = { header: 'Programma', role: 'programme', width: 26, value: (r) => r.programme.name };

function idColumn(header: string): Column {
  return { header, role: 'id', width: 14, value: (r) => r.id };
}

function parentIdColumn(header: string): Column {
  return { header, role: 'parentId', width: 14, value: (r) => r.parentId };
}

function field(kind: EntityKind, name: string, header: string, width: number): Column {
  const spec = EDITABLE_FIELDS[kind][name];
  if (!spec) throw new Error(`${kind}.${name} is not an editable field`);
  return {
    header,
    role: 'field',
    field: name,
    width,
    value: (r) => {
      const v = r.entity[name];
      if (v === null || v === undefined) return spec.type === 'text' ? '' : null;
      if (spec.type === 'enum') return enumLabel(name, String(v));
      return typeof v === 'number' || typeof v === 'string' ? v : String(v);
    },
  };
}

export const SHEETS: readonly SheetDef[] = [
  {
    kind: 'goal',
    name: 'Doelen',
    noun: 'doel',
    columns: [
      programmeColumn,
      idColumn('Doel-id'),
      field('goal', 'code', 'Doelcode', 10),
      field('goal', 'title', 'Titel', 50),
      field('goal', 'societalEffect', 'Maatschappelijk effect', 60),
    ],
  },
  {
    kind: 'goalIndicator',
    name: 'Indicatoren',
    noun: 'indicator',
    columns: [
      programmeColumn,
      idColumn('Indicator-id'),
      parentIdColumn('Doel-id'),
      { header: 'Doelcode', role: 'parentCode', width: 10, value: (r) => r.parentCode },
      field('goalIndicator', 'indicator', 'Indicator', 45),
      field('goalIndicator', 'baseline', 'Nulmeting', 45),
      field('goalIndicator', 'target', 'Streefwaarde', 45),
      field('goalIndicator', 'source', 'Monitoring/bron', 30),
      field('goalIndicator', 'unit', 'Eenheid', 12),
      field('goalIndicator', 'baselineYear', 'Nulmeting jaar', 10),
      field('goalIndicator', 'baselineValue', 'Nulmeting waarde', 12),
      field('goalIndicator', 'baselineScope', 'Nulmeting schaal', 12),
      field('goalIndicator', 'direction', 'Richting', 18),
      field('goalIndicator', 'targetValue', 'Streefwaarde getal', 12),
      field('goalIndicator', 'targetHigh', 'Streefwaarde bovengrens', 12),
      field('goalIndicator', 'targetPercent', 'Streefwaarde procent', 12),
      field('goalIndicator', 'targetYear', 'Streefjaar', 10),
      field('goalIndicator', 'polarity', 'Polariteit', 16),
      field('goalIndicator', 'status', 'Status', 22),
      field('goalIndicator', 'statusYear', 'Status jaar', 10),
      field('goalIndicator', 'statusReason', 'Reden niet meetbaar', 30),
      field('goalIndicator', 'statusReference', 'Uitgewerkt in', 30),
      field('goalIndicator', 'notes', 'Toelichting', 40),
    ],
  },
  {
    kind: 'subGoal',
    name: 'Uitwerkingen',
    noun: 'uitwerking',
    columns: [
      programmeColumn,
      idColumn('Uitwerking-id'),
      parentIdColumn('Doel-id'),
      { header: 'Doelcode', role: 'parentCode', width: 10, value: (r) => r.parentCode },
      field('subGoal', 'title', 'Uitwerking', 50),
      field('subGoal', 'problem', 'Probleem/aanleiding', 60),
    ],
  },
  {
    kind: 'result',
    name: 'Resultaten',
    noun: 'resultaat',
    columns: [
      programmeColumn,
      idColumn('Resultaat-id'),
      parentIdColumn('Uitwerking-id'),
      { header: 'Doelcode', role: 'context', width: 10, value: (r) => r.goalCode },
      { header: 'Uitwerking', role: 'context', width: 40, value: (r) => r.parentLabel },
      field('result', 'code', 'Resultaatcode', 12),
      field('result', 'text', 'Resultaat', 50),
      field('result', 'source', 'Bron', 30),
      field('result', 'measurableFrom', 'Meetbaar vanaf', 14),
    ],
  },
  {
    kind: 'resultIndicator',
    name: 'Resultaatindicatoren',
    noun: 'resultaatindicator',
    columns: [
      programmeColumn,
      idColumn('Resultaatindicator-id'),
      parentIdColumn('Resultaat-id'),
      { header: 'Resultaatcode', role: 'parentCode', width: 12, value: (r) => r.parentCode },
      field('resultIndicator', 'text', 'Indicator op resultaat', 60),
    ],
  },
  {
    kind: 'activity',
    name: 'Activiteiten',
    noun: 'activiteit',
    columns: [
      programmeColumn,
      idColumn('Activiteit-id'),
      parentIdColumn('Hoort bij-id'),
      { header: 'Hoort bij', role: 'parentKind', width: 12, value: (r) => PARENT_KIND_LABELS[r.parentKind!] ?? '' },
      { header: 'Doelcode', role: 'context', width: 10, value: (r) => r.goalCode },
      { header: 'Resultaatcode', role: 'parentCode', width: 12, value: (r) => r.parentCode },
      field('activity', 'text', 'Activiteit', 70),
      field('activity', 'kind', 'Soort', 12),
    ],
  },
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
  };
  const base = { programme };
  for (const goal of programme.goals) {
    const g = { goalCode: goal.code };
    out.goal.push({ ...base, ...g, kind: 'goal', id: goal.id, parentId: null, parentKind: null, parentCode: '', parentLabel: '', entity: goal as never });
    for (const ind of goal.indicators) {
      out.goalIndicator.push({ ...base, ...g, kind: 'goalIndicator', id: ind.id, parentId: goal.id, parentKind: 'goal', parentCode: goal.code, parentLabel: goal.title, entity: ind as never });
    }
    for (const sub of goal.subGoals) {
      out.subGoal.push({ ...base, ...g, kind: 'subGoal', id: sub.id, parentId: goal.id, parentKind: 'goal', parentCode: goal.code, parentLabel: goal.title, entity: sub as never });
      for (const activity of sub.activities) {
        out.activity.push({ ...base, ...g, kind: 'activity', id: activity.id, parentId: sub.id, parentKind: 'subGoal', parentCode: '', parentLabel: sub.title, entity: activity as never });
      }
      for (const result of sub.results) {
        out.result.push({ ...base, ...g, kind: 'result', id: result.id, parentId: sub.id, parentKind: 'subGoal', parentCode: '', parentLabel: sub.title, entity: result as never });
        for (const ind of result.indicators) {
          out.resultIndicator.push({ ...base, ...g, kind: 'resultIndicator', id: ind.id, parentId: result.id, parentKind: 'result', parentCode: result.code, parentLabel: result.text, entity: ind as never });
        }
        for (const activity of result.activities) {
          out.activity.push({ ...base, ...g, kind: 'activity', id: activity.id, parentId: result.id, parentKind: 'result', parentCode: result.code, parentLabel: result.text, entity: activity as never });
        }
      }
    }
  }
  return out;
}
