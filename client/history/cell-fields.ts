/**
 * Which stored fields a screen cell shows: a nulmeting cell is the text plus its structured
 * parts, a goal heading is number and title. The history of a cell and "herstel deze cel" cover
 * all of them. Mirrors how findings are placed (validation/places.ts).
 */
import { EDITABLE_FIELDS, type EntityKind } from '../../shared/model/entities.ts';
import { INDICATOR_COLUMN } from '../validation/places.ts';

export function fieldsOfCell(kind: EntityKind, colId: string): string[] {
  const all = Object.keys(EDITABLE_FIELDS[kind]);
  switch (kind) {
    case 'goalIndicator':
      return all.filter((field) => (INDICATOR_COLUMN[field] ?? 'indicator') === colId);
    case 'goal':
      return colId === 'title' || colId === 'code' ? ['code', 'title'] : all.filter((f) => f === colId);
    default:
      return all.filter((f) => f === colId);
  }
}

/** The cell that lists a result's indicators: its history lives on the indicator rows. */
export function isResultIndicatorsCell(kind: EntityKind, colId: string): boolean {
  return kind === 'result' && colId === 'indicatorsText';
}
