/**
 * Dutch words for history, versions and differences: row kinds, fields, values and where a row
 * sits ("Doel 3 › Uitwerking … › Resultaat 3.10"). One place, so the change list, the cell
 * history and a later "wijzigingen ten opzichte van de vastgestelde versie" annex say the same.
 */
import type { EntityKind } from '../../shared/model/entities.ts';
import type { DiffRow, RowPath } from '../../shared/history/index.ts';
import { DIRECTION_LABELS, POLARITY_OPTION_LABELS, SCOPE_OPTION_LABELS, STATUS_LABELS } from '../structured/parts.ts';
import { formatDutchNumber } from '../../shared/indicator/index.ts';
import { shorten } from '../../shared/text/dutch.ts';

export const KIND_LABELS: Record<EntityKind, string> = {
  goal: 'Doel',
  goalIndicator: 'Indicator bij doel',
  subGoal: 'Uitwerking',
  result: 'Resultaat',
  resultIndicator: 'Indicator op resultaat',
  activity: 'Activiteit',
};

const FIELD_LABELS: Record<EntityKind, Record<string, string>> = {
  goal: { code: 'Nummer', title: 'Titel', societalEffect: 'Maatschappelijk effect' },
  goalIndicator: {
    indicator: 'Indicator',
    baseline: 'Nulmeting',
    target: 'Streefwaarde',
    source: 'Monitoring/bron',
    unit: 'Eenheid',
    direction: 'Vergelijking (streefwaarde)',
    status: 'Status van de indicator',
    baselineYear: 'Jaar van de nulmeting',
    baselineValue: 'Waarde van de nulmeting',
    targetYear: 'Doeljaar',
    targetValue: 'Waarde van de streefwaarde',
    notes: 'Opmerkingen',
    baselineScope: 'Schaal van de nulmeting',
    targetHigh: 'Bovengrens van de streefwaarde',
    targetPercent: 'Verandering in % (streefwaarde)',
    polarity: 'Polariteit',
    statusYear: 'Jaar bij de status',
    statusReason: 'Reden (niet meetbaar)',
    statusReference: 'Verwijzing (ander programma)',
  },
  subGoal: { title: 'Uitwerking doel', problem: 'Probleem/aanleiding' },
  result: { code: 'Code', text: 'Resultaat', source: 'Bron', measurableFrom: 'Meetbaar vanaf', indicatorsText: 'Indicator op resultaat' },
  resultIndicator: { text: 'Indicator op resultaat' },
  activity: { text: 'Activiteit', kind: 'Soort' },
};

const ENUM_LABELS: Record<string, Record<string, string>> = {
  direction: DIRECTION_LABELS,
  status: STATUS_LABELS,
  baselineScope: SCOPE_OPTION_LABELS,
  polarity: POLARITY_OPTION_LABELS,
  kind: { existing: 'Bestaand', new: 'Nieuw' },
};

export function fieldLabel(kind: EntityKind, field: string): string {
  return FIELD_LABELS[kind]?.[field] ?? field;
}

/** A stored value as a reader wants it: enums in words, numbers the Dutch way, empty as "(leeg)". */
export function valueText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(leeg)';
  // A year is no amount: 2024, not 2.024.
  if (typeof value === 'number') return /Year$/.test(field) ? String(value) : formatDutchNumber(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'string') return ENUM_LABELS[field]?.[value] ?? value;
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
