/**
 * Dutch words for the coded fields, as they appear in exported files. Import reads both the
 * word and the code, so a file edited by hand or exported by an older Koers still reads.
 */
import type { ActivityKind, Direction, IndicatorStatus, Polarity, Scope } from '../../shared/model/types.ts';

export const STATUS_LABELS: Record<IndicatorStatus, string> = {
  measurable: 'meetbaar',
  'baseline-pending': 'nulmeting volgt',
  'target-pending': 'streefwaarde volgt',
  'to-be-developed': 'te ontwikkelen',
  'not-measurable': 'niet meetbaar',
  delegated: 'uitgewerkt in ander programma',
  'measurable-from': 'meetbaar vanaf',
};

export const DIRECTION_LABELS: Record<Direction, string> = {
  increase: 'stijgen',
  decrease: 'dalen',
  min: 'minimaal',
  max: 'maximaal',
  exact: 'precies',
  range: 'bandbreedte',
  maintain: 'behouden',
  maintainOrIncrease: 'behouden of stijgen',
  maintainOrDecrease: 'behouden of dalen',
  relative: 'relatieve verandering',
  shift: 'verschuiving',
};

export const SCOPE_LABELS: Record<Scope, string> = {
  dronten: 'Dronten',
  regio: 'regio',
  landelijk: 'landelijk',
};

export const POLARITY_LABELS: Record<Polarity, string> = {
  'higher-is-better': 'hoger is beter',
  'lower-is-better': 'lager is beter',
};

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  existing: 'bestaand',
  new: 'nieuw',
};

/** Field name -> its label table, for every enum field an export shows. */
export const ENUM_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  status: STATUS_LABELS,
  direction: DIRECTION_LABELS,
  baselineScope: SCOPE_LABELS,
  polarity: POLARITY_LABELS,
  kind: ACTIVITY_KIND_LABELS,
};

export function enumLabel(field: string, code: string | null): string {
  if (code === null) return '';
  return ENUM_LABELS[field]?.[code] ?? code;
}

/** The code for a label or a code, case-insensitively; undefined when it is neither. */
export function enumCode(field: string, text: string): string | undefined {
  const table = ENUM_LABELS[field];
  if (!table) return undefined;
  const wanted = normalize(text);
  for (const [code, label] of Object.entries(table)) {
    if (normalize(code) === wanted || normalize(label) === wanted) return code;
  }
  return undefined;
}

function normalize(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}
