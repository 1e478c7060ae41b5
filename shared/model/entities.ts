/**
 * The six row kinds of a programme, their parent kind and the fields a user may set.
 * This table is the single allowlist used by the operations, the server's update guard
 * and the grid's column definitions.
 */

export const ENTITY_KINDS = [
  'goal',
  'goalIndicator',
  'subGoal',
  'result',
  'resultIndicator',
  'activity',
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

export type FieldType = 'text' | 'int' | 'number' | 'enum' | 'boolean';

export interface FieldSpec {
  readonly type: FieldType;
  readonly values?: readonly string[];
}

const text: FieldSpec = { type: 'text' };
const int: FieldSpec = { type: 'int' };
const num: FieldSpec = { type: 'number' };

export const INDICATOR_STATUSES = [
  'measurable',
  'baseline-pending',
  'target-pending',
  'to-be-developed',
  'not-measurable',
  'delegated',
  'measurable-from',
] as const;

/** How a target is stated: the comparator of a streefwaarde. */
export const DIRECTIONS = [
  'increase',
  'decrease',
  'min',
  'max',
  'exact',
  'range',
  'maintain',
  'maintainOrIncrease',
  'maintainOrDecrease',
  'relative',
  'shift',
] as const;

export const SCOPES = ['dronten', 'regio', 'landelijk'] as const;

export const POLARITIES = ['higher-is-better', 'lower-is-better'] as const;

export const ACTIVITY_KINDS = ['existing', 'new'] as const;

/** Parent kind of each row kind; `activity` may hang under a sub-goal or a result. */
export const PARENT_KINDS: Record<EntityKind, readonly (EntityKind | 'programme')[]> = {
  goal: ['programme'],
  goalIndicator: ['goal'],
  subGoal: ['goal'],
  result: ['subGoal'],
  resultIndicator: ['result'],
  activity: ['subGoal', 'result'],
};

export const EDITABLE_FIELDS: Record<EntityKind, Readonly<Record<string, FieldSpec>>> = {
  goal: { code: text, title: text, societalEffect: text },
  goalIndicator: {
    indicator: text,
    baseline: text,
    target: text,
    source: text,
    unit: text,
    direction: { type: 'enum', values: DIRECTIONS },
    status: { type: 'enum', values: INDICATOR_STATUSES },
    baselineYear: int,
    baselineValue: num,
    targetYear: int,
    targetValue: num,
    notes: text,
    // Structured parts beside the verbatim text: each its own key, so two officers editing
    // different parts of one cell both keep their change.
    baselineScope: { type: 'enum', values: SCOPES },
    targetHigh: num,
    targetPercent: num,
    polarity: { type: 'enum', values: POLARITIES },
    statusYear: int,
    statusReason: text,
    statusReference: text,
  },
  subGoal: { title: text, problem: text },
  result: { code: text, text, source: text, measurableFrom: text },
  resultIndicator: { text },
  activity: { text, kind: { type: 'enum', values: ACTIVITY_KINDS } },
};

/** Longest text a single cell may hold; a guard against pasted garbage, far above real cells. */
export const MAX_TEXT_LENGTH = 20_000;

export type FieldValue = string | number | boolean | null;

export function isEntityKind(value: unknown): value is EntityKind {
  return typeof value === 'string' && (ENTITY_KINDS as readonly string[]).includes(value);
}

export function isEditableField(kind: EntityKind, field: string): boolean {
  return Object.prototype.hasOwnProperty.call(EDITABLE_FIELDS[kind], field);
}

/** Returns null when the value fits the field, else a Dutch reason. */
export function checkFieldValue(kind: EntityKind, field: string, value: unknown): string | null {
  const spec = EDITABLE_FIELDS[kind][field];
  if (!spec) return `Onbekend veld "${field}".`;
  // null means "not filled in" for every field type; readers show it as an empty cell.
  if (value === null) return null;
  switch (spec.type) {
    case 'text':
      if (typeof value !== 'string') return 'Verwacht tekst.';
      if (value.length > MAX_TEXT_LENGTH) return `Tekst is te lang (meer dan ${MAX_TEXT_LENGTH} tekens).`;
      return null;
    case 'int':
      return typeof value === 'number' && Number.isInteger(value) ? null : 'Verwacht een geheel getal.';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'Verwacht een getal.';
    case 'enum':
      return typeof value === 'string' && (spec.values ?? []).includes(value) ? null : 'Ongeldige keuze.';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'Verwacht ja of nee.';
  }
}
