/**
 * One row kind of a programme, declared once: its name, its Dutch words, its Excel sheet, the
 * kinds it may hang under and its fields. `row` is the valibot object of a read row (id plus
 * every field), so the row types are inferred rather than written by hand.
 */
import * as v from 'valibot';
import type { FieldDef } from './fields.ts';

export type Fields = Readonly<Record<string, FieldDef>>;

interface RowKindInput<K extends string, F extends Fields> {
  kind: K;
  /** Dutch name of the kind, as a heading: "Doel", "Indicator". */
  label: string;
  /** How a message names one row: "doel", "indicator". */
  noun: string;
  /** Name of its sheet in the Excel export. */
  sheet: string;
  /** The kinds a row may hang under; 'programme' for a top-level row. */
  parents: readonly string[];
  /** The field that names one row in a list or a message (its title or text). */
  main: keyof F & string;
  fields: F;
}

type RowEntries<F extends Fields> = { id: v.StringSchema<undefined> } & { [N in keyof F]: F[N]['value'] };

export interface RowKind<K extends string = string, F extends Fields = Fields> extends RowKindInput<K, F> {
  readonly row: v.ObjectSchema<RowEntries<F>, undefined>;
}

export function defineRowKind<const K extends string, const F extends Fields>(input: RowKindInput<K, F>): RowKind<K, F> {
  const entries = { id: v.string() } as Record<string, v.GenericSchema>;
  for (const [name, field] of Object.entries(input.fields)) entries[name] = field.value;
  return { ...input, row: v.object(entries) as unknown as v.ObjectSchema<RowEntries<F>, undefined> };
}

/** A read row of a kind: its id and every field's value. */
export type RowOf<R extends RowKind> = v.InferOutput<R['row']>;
