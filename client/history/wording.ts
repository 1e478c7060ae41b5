/**
 * Dutch words for history, versions and differences: row kinds, fields, values and where a row
 * sits ("Doel 3 › Uitwerking … › Resultaat 3.10"). One place, so the change list, the cell
 * history and a later "wijzigingen ten opzichte van de vastgestelde versie" annex say the same.
 */
import type { EntityKind } from '../../shared/model/entities.ts';
import type { DiffRow, RowPath } from '../../shared/history/index.ts';
import { ROW_KINDS } from '../../shared/schema/index.ts';
import { columnLabel } from '../programme/column-labels.ts';
import { formatDutchNumber } from '../../shared/indicator/index.ts';
import { shorten } from '../../shared/text/dutch.ts';

export const KIND_LABELS = Object.fromEntries(ROW_KINDS.map((k) => [k.kind, k.label])) as Record<EntityKind, string>;

/** Choice labels as the screen shows them, per field name (values carry no kind; the names are unique). */
const CHOICE_LABELS = new Map<string, Readonly<Record<string, string>>>();
for (const kind of ROW_KINDS) {
  for (const [name, field] of Object.entries(kind.fields)) {
    if (field.shown && !CHOICE_LABELS.has(name)) CHOICE_LABELS.set(name, field.shown);
  }
}

export function fieldLabel(kind: EntityKind, field: string): string {
  return columnLabel(kind, field) ?? field;
}

/** A stored value as a reader wants it: enums in words, numbers the Dutch way, empty as "(leeg)". */
export function valueText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(leeg)';
  // A year is no amount: 2024, not 2.024.
  if (typeof value === 'number') return /Year$/.test(field) ? String(value) : formatDutchNumber(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'string') return CHOICE_LABELS.get(field)?.[value] ?? value;
  return JSON.stringify(value);
}

/** Where a row sits, in the codes people use: "Doel 3 › Uitwerking: … › Resultaat 3.10". */
export function pathText(path: RowPath): string {
  const parts: string[] = [];
  if (path.goalCode) parts.push(`Doel ${path.goalCode}`);
  if (path.subGoalTitle) parts.push(`Uitwerking: ${shorten(path.subGoalTitle, 60)}`);
  if (path.resultCode) parts.push(`Resultaat ${path.resultCode}`);
  return parts.join(' › ');
}

/** The row itself: "Doel 3: Titel", "Resultaat 3.10: tekst", "Indicator bij doel: tekst". */
export function rowText(row: Pick<DiffRow, 'kind' | 'code' | 'label'>): string {
  const label = row.label.trim() === '' ? '(zonder tekst)' : shorten(row.label, 120);
  if ((row.kind === 'goal' || row.kind === 'result') && row.code) return `${KIND_LABELS[row.kind]} ${row.code}: ${label}`;
  return `${KIND_LABELS[row.kind]}: ${label}`;
}
