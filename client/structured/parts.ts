/**
 * The structured parts of a nulmeting or streefwaarde cell as the editor handles them: every
 * part is kept as the text the officer typed (so nothing is lost while a number is half typed),
 * read with the shared Dutch number parser, and compared with the row as it was when the
 * editor opened, so saving writes only what this officer changed.
 */
import { DIRECTIONS, INDICATOR_STATUSES, SCOPES, type FieldValue } from '../../shared/model/entities.ts';
import type { GoalIndicator } from '../../shared/model/types.ts';
import { formatDutchNumber, parseDutchNumber } from '../../shared/indicator/index.ts';
import type { FieldDef } from '../../shared/schema/fields.ts';
import { goalIndicator } from '../../shared/schema/index.ts';

export type CellRole = 'baseline' | 'target';

export type PartField =
  | 'baselineValue'
  | 'baselineYear'
  | 'baselineScope'
  | 'direction'
  | 'targetValue'
  | 'targetHigh'
  | 'targetPercent'
  | 'targetYear'
  | 'unit'
  | 'status'
  | 'statusYear'
  | 'statusReason'
  | 'statusReference'
  | 'polarity';

type PartKind = 'number' | 'year' | 'choice' | 'text';

export interface PartSpec {
  kind: PartKind;
  /** Dutch label of the input. */
  label: string;
  /** For choices: value -> Dutch label; '' is "niet ingevuld". */
  options?: readonly (readonly [string, string])[];
  hint?: string;
}

const NOT_SET: readonly [string, string] = ['', '(niet ingevuld)'];

// Every word of a part (its label, hint and choices) is its field's in the schema.
const FIELDS = goalIndicator.fields;

export const DIRECTION_LABELS: Readonly<Record<(typeof DIRECTIONS)[number], string>> = FIELDS.direction.shown;
export const STATUS_LABELS: Readonly<Record<(typeof INDICATOR_STATUSES)[number], string>> = FIELDS.status.shown;
export const SCOPE_OPTION_LABELS: Readonly<Record<(typeof SCOPES)[number], string>> = FIELDS.baselineScope.shown;

/** The heading of each editor: the cell's own field. */
export const ROLE_TITLES: Record<CellRole, string> = { baseline: FIELDS.baseline.label, target: FIELDS.target.label };

function options(labels: Readonly<Record<string, string>>): (readonly [string, string])[] {
  return [NOT_SET, ...Object.entries(labels)];
}

function partKind(field: FieldDef): PartKind {
  if (field.type === 'int') return 'year';
  if (field.type === 'number') return 'number';
  if (field.type === 'enum' || field.suggestions) return 'choice';
  return 'text';
}

function partSpec(name: PartField): PartSpec {
  const field: FieldDef = FIELDS[name];
  const kind = partKind(field);
  const choices = field.shown ?? field.suggestions;
  return {
    kind,
    label: field.inputLabel,
    ...(kind === 'choice' && choices ? { options: options(choices) } : {}),
    ...(field.hint !== undefined ? { hint: field.hint } : {}),
  };
}

const PART_FIELDS: readonly PartField[] = [
  'baselineValue',
  'baselineYear',
  'baselineScope',
  'direction',
  'targetValue',
  'targetHigh',
  'targetPercent',
  'targetYear',
  'unit',
  'status',
  'statusYear',
  'statusReason',
  'statusReference',
  'polarity',
];

export const PART_SPECS = Object.fromEntries(PART_FIELDS.map((name) => [name, partSpec(name)])) as Record<PartField, PartSpec>;

/** Which parts each editor shows, in tab order, grouped into fieldsets. */
export const ROLE_GROUPS: Record<CellRole, { legend: string; fields: PartField[] }[]> = {
  baseline: [
    { legend: FIELDS.baseline.label, fields: ['baselineValue', 'unit', 'baselineYear', 'baselineScope'] },
    { legend: 'Status en polariteit', fields: ['status', 'statusYear', 'statusReason', 'statusReference', 'polarity'] },
  ],
  target: [
    { legend: FIELDS.target.label, fields: ['direction', 'targetValue', 'targetHigh', 'targetPercent', 'unit', 'targetYear'] },
    { legend: 'Status en polariteit', fields: ['status', 'statusYear', 'statusReason', 'statusReference', 'polarity'] },
  ],
};

const ROLE_FIELDS: Record<CellRole, PartField[]> = {
  baseline: ROLE_GROUPS.baseline.flatMap((g) => g.fields),
  target: ROLE_GROUPS.target.flatMap((g) => g.fields),
};

/** What the editor holds: the verbatim text and every part as typed. */
export interface Draft {
  text: string;
  parts: Record<PartField, string>;
}

export type RowParts = Pick<GoalIndicator, 'baseline' | 'target' | PartField>;

/** How a stored number is shown in its input: Dutch, no thousands dot in a year. */
export function partToInput(field: PartField, value: FieldValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return PART_SPECS[field].kind === 'year' ? String(value) : formatDutchNumber(value, 6);
  return String(value);
}

export function draftFromRow(row: RowParts, role: CellRole): Draft {
  const parts = {} as Record<PartField, string>;
  for (const field of Object.keys(PART_SPECS) as PartField[]) parts[field] = partToInput(field, row[field]);
  return { text: row[role] ?? '', parts };
}

export interface PartReading {
  value: FieldValue;
  /** Dutch: why the input cannot be stored. */
  error: string | null;
  /** Dutch: how an unusual input was read ("1.115" as 1115). */
  note: string | null;
}

/** A number without thousands dots ("1115", "1,115"), for saying how an ambiguous one was read. */
export function plainNumber(value: number): string {
  return formatDutchNumber(value, 6).replace(/\./g, '');
}

/** Reads one part's input the way it will be stored. */
export function readPart(field: PartField, input: string): PartReading {
  const spec = PART_SPECS[field];
  const raw = input.trim();
  if (spec.kind === 'text') return { value: input.trim() === '' ? '' : input, error: null, note: null };
  if (raw === '') return { value: null, error: null, note: null };
  if (spec.kind === 'choice') {
    const known = spec.options?.some(([v]) => v === raw) ?? false;
    // A unit from an older import ("buurtinitiatieven") is kept as it is.
    if (known || field === 'unit') return { value: raw, error: null, note: null };
    return { value: null, error: 'Kies een van de mogelijkheden.', note: null };
  }
  const parsed = parseDutchNumber(raw);
  if (!parsed) {
    return {
      value: null,
      error: spec.kind === 'year' ? 'Geef een jaartal, bijvoorbeeld 2028.' : 'Geen getal. Schrijf bijvoorbeeld 3,6 of 1.234,5.',
      note: null,
    };
  }
  if (spec.kind === 'year') {
    if (!Number.isInteger(parsed.value) || parsed.value < 1900 || parsed.value > 2100 || /[.,]/.test(raw)) {
      return { value: null, error: 'Geef een jaartal van vier cijfers, bijvoorbeeld 2028.', note: null };
    }
    return { value: parsed.value, error: null, note: null };
  }
  let note: string | null = null;
  if (parsed.ambiguous && parsed.alternative !== null) {
    note = `Gelezen als ${plainNumber(parsed.value)}. Bedoel je ${plainNumber(parsed.alternative)}? Schrijf dan ${plainNumber(parsed.alternative)}.`;
  } else if (parsed.nonDutch) {
    note = `Gelezen als ${plainNumber(parsed.value)} (Nederlandse schrijfwijze: komma voor decimalen).`;
  }
  return { value: parsed.value, error: null, note };
}

export interface PartChange {
  field: PartField | CellRole;
  value: FieldValue;
}

function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  const norm = (v: FieldValue | undefined) => (v === undefined || v === '' ? null : v);
  return norm(a) === norm(b);
}

export interface DraftCheck {
  changes: PartChange[];
  errors: Partial<Record<PartField, string>>;
}

/**
 * The writes a save needs: the text if it differs from the text at opening, and every part
 * whose reading differs from its value at opening. Parts another officer changed meanwhile are
 * left alone unless this officer touched them too. Parts that cannot be read are not written
 * and reported in `errors`.
 */
export function changesToSave(opened: RowParts, role: CellRole, draft: Draft): DraftCheck {
  const changes: PartChange[] = [];
  const errors: Partial<Record<PartField, string>> = {};
  if (draft.text !== (opened[role] ?? '')) changes.push({ field: role, value: draft.text });
  for (const field of ROLE_FIELDS[role]) {
    const before = partToInput(field, opened[field]);
    if (draft.parts[field] === before) continue;
    const reading = readPart(field, draft.parts[field]);
    if (reading.error) {
      errors[field] = reading.error;
      continue;
    }
    const value = PART_SPECS[field].kind === 'text' ? (reading.value ?? '') : reading.value;
    if (!sameValue(value, opened[field])) changes.push({ field, value });
  }
  return { changes, errors };
}

/** Parts the text and the draft disagree on: the text says one thing, the fields another. */
export function disagreements(fromText: Partial<Record<PartField, string>>, draft: Draft, role: CellRole): PartField[] {
  return ROLE_FIELDS[role].filter((field) => {
    const said = fromText[field];
    if (said === undefined) return false;
    const a = readPart(field, said);
    const b = readPart(field, draft.parts[field]);
    return !b.error && !sameValue(a.value, b.value);
  });
}
