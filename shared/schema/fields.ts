/**
 * Builders for the fields of a row kind. A field says in one place what may be stored (its
 * valibot schema, null = not filled in), what a read row holds when nothing is stored (its
 * empty value), who owns it, which right edits it, its Dutch label and its export column.
 * Everything that used to restate a field by hand (allowlist, guard, readers, normaliser,
 * export and import columns, council ownership) derives from these declarations.
 */
import * as v from 'valibot';
import type { Right } from '../auth/roles.ts';
import { capitalize } from '../text/dutch.ts';

/** The guard's and the import's view of a field: its type and, for a choice, its codes. */
type FieldType = 'text' | 'int' | 'number' | 'enum' | 'boolean';

export interface FieldSpec {
  readonly type: FieldType;
  readonly values?: readonly string[];
}

/** Longest text a single cell may hold; a guard against pasted garbage, far above real cells. */
export const MAX_TEXT_LENGTH = 20_000;

/** The college fills a field in; the raad adopts a council-owned one (locked after adoption, V37). */
export type FieldOwner = 'college' | 'council';

interface ExportColumn {
  /** Column header in the Excel export and the import. */
  readonly header: string;
  /** Excel column width in characters. */
  readonly width: number;
  /** Place among the field columns of the sheet (after the id, parent and context columns). */
  readonly position: number;
}

export interface FieldDef<TRead = unknown> extends FieldSpec {
  /** Dutch name of the field, as the history, the change requests and the structured editor's headings show it. */
  readonly label: string;
  /** Its name as a column heading on screen (grid header, the problems panel); the label unless declared. */
  readonly heading: string;
  /** Its name as one input among others in a form (the structured editor); the label unless declared. */
  readonly inputLabel: string;
  /** An example or remark shown under its input. */
  readonly hint?: string;
  readonly owner: FieldOwner;
  readonly right: Right;
  readonly export: ExportColumn;
  /** What a read row holds when the stored value is missing: '' for texts, null for the rest. */
  readonly empty: '' | null;
  /** Dutch label per code, for a choice, as the export writes it. */
  readonly labels?: Readonly<Record<string, string>>;
  /** Dutch label per code, for a choice, as the screen shows it (in this order); the labels with a capital unless declared. */
  readonly shown?: Readonly<Record<string, string>>;
  /** For a free text: words a form offers to pick, each with its Dutch label (a unit: "% (percentage)"). */
  readonly suggestions?: Readonly<Record<string, string>>;
  /** Codes that stored documents or old files may still hold, and the code each became. */
  readonly formerly?: Readonly<Record<string, string>>;
  /** A value that may be stored: a filled-in value or null. Its issues carry Dutch messages. */
  readonly stored: v.GenericSchema<unknown>;
  /** The value in a read row; the row types are inferred from it. */
  readonly value: v.GenericSchema<unknown, TRead>;
  /** From a Y.Map value: trusts the stored value, because the guard checked it on the way in. */
  read(raw: unknown): TRead;
  /** From anything (a JSON body, garbage): never throws, never lets a foreign type through. */
  coerce(raw: unknown): TRead;
}

interface Common {
  label: string;
  heading?: string;
  inputLabel?: string;
  hint?: string;
  owner: FieldOwner;
  /** Every field is edited with the 'edit' right today. */
  right?: Right;
  column: { header?: string; width: number; position: number };
}

function base(o: Common) {
  return {
    label: o.label,
    heading: o.heading ?? o.label,
    inputLabel: o.inputLabel ?? o.label,
    ...(o.hint !== undefined ? { hint: o.hint } : {}),
    owner: o.owner,
    right: o.right ?? ('edit' as const),
    export: { header: o.column.header ?? o.label, width: o.column.width, position: o.column.position },
  };
}

const storedText = v.pipe(
  v.string('Verwacht tekst.'),
  v.maxLength(MAX_TEXT_LENGTH, `Tekst is te lang (meer dan ${MAX_TEXT_LENGTH} tekens).`),
);

/** A text; empty is '' (null for a text such as a unit, where "none" differs from "empty"). */
type TextOptions = Common & { suggestions?: Readonly<Record<string, string>> };

export function text(o: TextOptions): FieldDef<string>;
export function text(o: TextOptions & { empty: null }): FieldDef<string | null>;
export function text(o: TextOptions & { empty?: null }): FieldDef<string> | FieldDef<string | null> {
  const stored = v.nullable(storedText);
  const common = { ...base(o), ...(o.suggestions ? { suggestions: o.suggestions } : {}) };
  if (o.empty === null) {
    const read = (raw: unknown) => (typeof raw === 'string' && raw !== '' ? raw : null);
    return { ...common, type: 'text', empty: null, stored, value: v.nullable(v.string()), read, coerce: read };
  }
  return {
    ...common,
    type: 'text',
    empty: '',
    stored,
    value: v.string(),
    read: (raw) => (typeof raw === 'string' ? raw : raw === null || raw === undefined ? '' : String(raw)),
    coerce: (raw) => (typeof raw === 'string' ? raw : typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : ''),
  };
}

const finiteOrNull = (raw: unknown): number | null => (typeof raw === 'number' && Number.isFinite(raw) ? raw : null);

/** A whole number such as a year. */
export function int(o: Common): FieldDef<number | null> {
  const message = 'Verwacht een geheel getal.';
  return {
    ...base(o),
    type: 'int',
    empty: null,
    stored: v.nullable(v.pipe(v.number(message), v.integer(message))),
    value: v.nullable(v.number()),
    read: finiteOrNull,
    coerce: finiteOrNull,
  };
}

/** Any finite number. */
export function number(o: Common): FieldDef<number | null> {
  const message = 'Verwacht een getal.';
  return {
    ...base(o),
    type: 'number',
    empty: null,
    stored: v.nullable(v.pipe(v.number(message), v.finite(message))),
    value: v.nullable(v.number()),
    read: finiteOrNull,
    coerce: finiteOrNull,
  };
}

/** A choice among codes, each with its Dutch label, in the order the labels are given. */
export function choice<const L extends Readonly<Record<string, string>>>(
  o: Common & {
    labels: L;
    /** The screen's wording where it is not the export's with a capital; its order is the order of a picker. */
    shown?: Readonly<Record<keyof L & string, string>>;
    formerly?: Readonly<Record<string, keyof L & string>>;
  },
): FieldDef<(keyof L & string) | null> & { readonly values: readonly (keyof L & string)[]; readonly shown: Readonly<Record<keyof L & string, string>> } {
  const values = Object.keys(o.labels) as (keyof L & string)[];
  const shown = o.shown ?? (Object.fromEntries(values.map((c) => [c, capitalize(o.labels[c]!)])) as Record<keyof L & string, string>);
  return {
    ...base(o),
    type: 'enum',
    values,
    labels: o.labels,
    shown,
    ...(o.formerly ? { formerly: o.formerly } : {}),
    empty: null,
    stored: v.nullable(v.picklist(values, 'Ongeldige keuze.')),
    value: v.nullable(v.picklist(values)),
    // The guard checks writes; a read trusts the stored string and the caller narrows it.
    read: (raw) => (typeof raw === 'string' && raw !== '' ? (raw as keyof L & string) : null),
    coerce: (raw) => (typeof raw === 'string' && (values as readonly string[]).includes(raw) ? (raw as keyof L & string) : null),
  };
}

/** Null when the value may be stored in the field, else the Dutch reason. */
export function fieldProblem(field: FieldDef, value: unknown): string | null {
  const result = v.safeParse(field.stored, value);
  return result.success ? null : (result.issues[0]?.message ?? 'Ongeldige waarde.');
}
