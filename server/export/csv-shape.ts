/**
 * The flat CSV shape: one line per goal indicator and per result indicator, with the
 * hierarchy spelled out in columns, so a single sheet can be filtered and pivoted in Excel.
 *
 *   Programma; Niveau; Doel-id; Doelcode; Doel; Uitwerking-id; Uitwerking; Resultaat-id;
 *   Resultaatcode; Resultaat; Resultaatbron; Indicator-id; Indicator; <goal-indicator parts>
 *
 * Niveau is "Doelindicator" or "Resultaatindicator". A goal, uitwerking or result without
 * any indicator below it still gets one line (Niveau "Doel", "Uitwerking", "Resultaat") so
 * that every row of the hierarchy appears. The goal-indicator parts (Nulmeting ...
 * Toelichting) use the same headers as the Excel sheet "Indicatoren" and stay empty on
 * result-indicator lines. Activities are not in this shape; the Excel export has them.
 *
 * Rows without a place (orphan-rows.ts) follow, one line each, Niveau "Zonder plaats: <soort>":
 * the row in its own columns, the deleted parent's id in the parent's id column. An activity
 * without a place, having no columns of its own, uses Indicator-id and Indicator. The import
 * skips these lines: there is nothing to hang them under.
 */
import type { EntityKind } from '../../shared/model/entities.ts';
import type { Goal, GoalIndicator, Programme, Result, ResultIndicator, SubGoal } from '../../shared/model/types.ts';
import { orphanRows } from './orphan-rows.ts';
import { sheetOf, type CellValue, type Column, type SheetRow } from './sheets.ts';

export const LEVELS = {
  goalIndicator: 'Doelindicator',
  resultIndicator: 'Resultaatindicator',
  goal: 'Doel',
  subGoal: 'Uitwerking',
  result: 'Resultaat',
} as const;

export type FlatLevel = keyof typeof LEVELS;

/** Niveau of a row without a place: "Zonder plaats: Resultaat". */
export const ORPHAN_LEVEL = 'Zonder plaats';

export interface FlatRow {
  programme: Programme;
  level: FlatLevel;
  goal: Goal;
  subGoal: SubGoal | null;
  result: Result | null;
  goalIndicator: GoalIndicator | null;
  resultIndicator: ResultIndicator | null;
  /** The kind's label when the line is a row without a place. */
  orphanKind?: string;
}

/** Which row kind a flat column writes to; 'indicator' is the goal or result indicator of the line. */
type FlatTarget = 'programme' | 'level' | 'goal' | 'subGoal' | 'result' | 'indicator' | 'goalIndicator';

export interface FlatColumn {
  header: string;
  target: FlatTarget;
  /** 'id' or an editable field of the target kind (for 'indicator': of the line's indicator kind). */
  field: string;
  value(row: FlatRow): CellValue;
}

const goalIndicatorParts: FlatColumn[] = sheetOf('goalIndicator')
  .columns.filter((c): c is Column & { field: string } => c.role === 'field' && c.field !== 'indicator')
  .map((c) => ({
    header: c.header,
    target: 'goalIndicator' as const,
    field: c.field,
    value: (r: FlatRow) => (r.goalIndicator ? c.value(asSheetRow(r, 'goalIndicator', r.goalIndicator)) : null),
  }));

export const FLAT_COLUMNS: readonly FlatColumn[] = [
  { header: 'Programma', target: 'programme', field: 'name', value: (r) => r.programme.name },
  { header: 'Niveau', target: 'level', field: 'level', value: (r) => (r.orphanKind ? `${ORPHAN_LEVEL}: ${r.orphanKind}` : LEVELS[r.level]) },
  { header: 'Doel-id', target: 'goal', field: 'id', value: (r) => r.goal.id },
  { header: 'Doelcode', target: 'goal', field: 'code', value: (r) => r.goal.code },
  { header: 'Doel', target: 'goal', field: 'title', value: (r) => r.goal.title },
  { header: 'Uitwerking-id', target: 'subGoal', field: 'id', value: (r) => r.subGoal?.id ?? '' },
  { header: 'Uitwerking', target: 'subGoal', field: 'title', value: (r) => r.subGoal?.title ?? '' },
  { header: 'Resultaat-id', target: 'result', field: 'id', value: (r) => r.result?.id ?? '' },
  { header: 'Resultaatcode', target: 'result', field: 'code', value: (r) => r.result?.code ?? '' },
  { header: 'Resultaat', target: 'result', field: 'text', value: (r) => r.result?.text ?? '' },
  { header: 'Resultaatbron', target: 'result', field: 'source', value: (r) => r.result?.source ?? '' },
  { header: 'Indicator-id', target: 'indicator', field: 'id', value: (r) => r.goalIndicator?.id ?? r.resultIndicator?.id ?? '' },
  {
    header: 'Indicator',
    target: 'indicator',
    field: 'text',
    value: (r) => r.goalIndicator?.indicator ?? r.resultIndicator?.text ?? '',
  },
  ...goalIndicatorParts,
];

export function flatRows(programme: Programme): FlatRow[] {
  const out: FlatRow[] = [];
  const none = { subGoal: null, result: null, goalIndicator: null, resultIndicator: null };
  for (const goal of programme.goals) {
    const base = { programme, goal };
    for (const ind of goal.indicators) out.push({ ...base, ...none, level: 'goalIndicator', goalIndicator: ind });
    for (const sub of goal.subGoals) {
      for (const result of sub.results) {
        for (const ind of result.indicators) {
          out.push({ ...base, ...none, level: 'resultIndicator', subGoal: sub, result, resultIndicator: ind });
        }
        if (result.indicators.length === 0) out.push({ ...base, ...none, level: 'result', subGoal: sub, result });
      }
      if (sub.results.length === 0) out.push({ ...base, ...none, level: 'subGoal', subGoal: sub });
    }
    if (goal.indicators.length === 0 && goal.subGoals.length === 0) out.push({ ...base, ...none, level: 'goal' });
  }
  return out;
}

/** The rows without a place as flat lines: the row in its kind's columns, the gone parent's id beside it. */
export function orphanFlatLines(programme: Programme): FlatRow[] {
  const blank = (id: string | null) => ({ id: id ?? '', code: '', title: '', text: '', source: '', indicators: [], subGoals: [], results: [], activities: [] }) as never;
  // The flat csv holds the tables, not the advisory body's ranking (it has a sheet of its own in the xlsx).
  return orphanRows(programme).filter(({ orphan }) => orphan.kind !== 'priority').map(({ orphan, kind: orphanKind }) => {
    const row = { indicators: [], subGoals: [], results: [], activities: [], ...orphan.row } as never;
    const line: FlatRow = { programme, level: 'goal', goal: blank(null), subGoal: null, result: null, goalIndicator: null, resultIndicator: null, orphanKind };
    switch (orphan.kind) {
      case 'goal':
        return { ...line, goal: row };
      case 'goalIndicator':
        return { ...line, level: 'goalIndicator', goal: blank(orphan.parentId), goalIndicator: row };
      case 'subGoal':
        return { ...line, level: 'subGoal', goal: blank(orphan.parentId), subGoal: row };
      case 'result':
        return { ...line, level: 'result', subGoal: blank(orphan.parentId), result: row };
      case 'resultIndicator':
        return { ...line, level: 'resultIndicator', result: blank(orphan.parentId), resultIndicator: row };
      case 'activity':
        return { ...line, level: 'resultIndicator', resultIndicator: row };
      case 'measurement':
        // Listed so it is not dropped; its values are in the measurements export.
        return { ...line, level: 'goalIndicator', goal: blank(orphan.parentId), goalIndicator: row };
      default:
        return line;
    }
  });
}

function asSheetRow(r: FlatRow, kind: EntityKind, entity: object): SheetRow {
  return {
    programme: r.programme,
    kind,
    id: '',
    parentId: r.goal.id,
    parentKind: 'goal',
    parentCode: r.goal.code,
    goalCode: r.goal.code,
    parentLabel: r.goal.title,
    entity: entity as Record<string, unknown>,
  };
}
