/**
 * Dutch words for the coded fields, as they appear in exported files, taken from the fields'
 * declarations (shared/schema/). Import reads the word, the code and a former code, so a file
 * edited by hand or exported by an older Koers still reads.
 */
import type { FieldDef } from '../../shared/schema/fields.ts';
import { fieldsOf, ROW_KINDS } from '../../shared/schema/index.ts';

/** Field name -> its label table, for every choice field an export shows. */
export const ENUM_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = Object.fromEntries(
  ROW_KINDS.flatMap((k) => fieldsOf(k.kind).filter(([, f]) => f.labels).map(([name, f]) => [name, f.labels!])),
);

export function enumLabel(field: FieldDef, code: string | null): string {
  if (code === null) return '';
  return field.labels?.[code] ?? code;
}

/** The code for a label, a code or a former code, case-insensitively; undefined when it is none. */
export function enumCode(field: FieldDef, text: string): string | undefined {
  const wanted = normalize(text);
  for (const [code, label] of Object.entries(field.labels ?? {})) {
    if (normalize(code) === wanted || normalize(label) === wanted) return code;
  }
  for (const [former, code] of Object.entries(field.formerly ?? {})) {
    if (normalize(former) === wanted) return code;
  }
  return undefined;
}

function normalize(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}
