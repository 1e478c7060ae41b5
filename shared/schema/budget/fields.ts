/**
 * Field builders a budget plan needs beside the programme's (shared/schema/fields.ts): an
 * amount in whole euro cents, a share in basis points and a decision date. Each is one of the
 * programme builders with a narrower stored schema, so the guard, the readers and the export
 * treat it as they treat any field of its type.
 */
import * as v from 'valibot';
import type { Right } from '../../auth/roles.ts';
import { MAX_AMOUNT_CENTS, WHOLE_SHARE } from '../../budget/money.ts';
import { int, text, type FieldDef, type FieldOwner } from '../fields.ts';

interface Common {
  label: string;
  heading?: string;
  inputLabel?: string;
  hint?: string;
  owner?: FieldOwner;
  right?: Right;
  column: { header?: string; width: number; position: number };
}

const withDefaults = (o: Common) => ({ ...o, owner: o.owner ?? ('college' as const), right: o.right ?? ('finance' as const) });

/** Whole euro cents, 0 up to € 1 miljard; never a fraction of a cent. */
export function money(o: Common): FieldDef<number | null> {
  const message = 'Verwacht een bedrag in hele centen.';
  return {
    ...int(withDefaults(o)),
    stored: v.nullable(
      v.pipe(
        v.number(message),
        v.integer(message),
        v.minValue(0, 'Een bedrag is niet negatief.'),
        v.maxValue(MAX_AMOUNT_CENTS, 'Dit bedrag is groter dan € 1 miljard.'),
      ),
    ),
  };
}

/** A share in basis points: 0 to 10.000 (100%). */
export function share(o: Common): FieldDef<number | null> {
  const message = 'Verwacht een aandeel in honderdsten van een procent (0 tot 10.000).';
  return {
    ...int(withDefaults(o)),
    stored: v.nullable(v.pipe(v.number(message), v.integer(message), v.minValue(0, message), v.maxValue(WHOLE_SHARE, message))),
  };
}

/** A year of a plan: four digits. */
export function year(o: Common): FieldDef<number | null> {
  const message = 'Verwacht een jaartal van vier cijfers.';
  return {
    ...int(withDefaults(o)),
    stored: v.nullable(v.pipe(v.number(message), v.integer(message), v.minValue(1900, message), v.maxValue(2199, message))),
  };
}

/** A date as yyyy-mm-dd (a decision's date); null when not filled in. */
export function isoDay(o: Common): FieldDef<string | null> {
  return {
    ...text({ ...withDefaults(o), empty: null }),
    stored: v.nullable(v.pipe(v.string('Verwacht een datum.'), v.isoDate('Verwacht een datum als jjjj-mm-dd, bijvoorbeeld 2023-03-14.'))),
  };
}

/** A text of a budget row, edited with the finance right unless told otherwise. */
export function budgetText(o: Common & { suggestions?: Readonly<Record<string, string>> }): FieldDef<string> {
  return text(withDefaults(o));
}

/** An identifier of another row (a line, a programme row); null when not set. */
export function reference(o: Common): FieldDef<string | null> {
  const message = 'Verwacht een verwijzing (een id).';
  return {
    ...text({ ...withDefaults(o), empty: null }),
    stored: v.nullable(v.pipe(v.string(message), v.maxLength(256, message))),
  };
}
