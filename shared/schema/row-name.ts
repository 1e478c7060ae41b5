/**
 * How one row is named where it stands alone, outside its table (the "Zonder plaats" list, its
 * export sheet, a finding): its kind's label, its code when the kind has one, and its main text.
 */
import { rowKind, type EntityKind } from './index.ts';

export interface RowName {
  /** The kind's Dutch label: "Resultaat". */
  kind: string;
  /** The stored human code (goals and results), '' when none. */
  code: string;
  /** The main text, '' when not filled in. */
  text: string;
}

export function rowName(kind: EntityKind, read: object): RowName {
  const row = read as Readonly<Record<string, unknown>>;
  const def = rowKind(kind);
  const code = 'code' in def.fields && typeof row.code === 'string' ? row.code.trim() : '';
  const main = row[def.main];
  return { kind: def.label, code, text: typeof main === 'string' ? main : '' };
}

/** One line: "Resultaat 9.9: Offline bedacht", "Indicator: (zonder tekst)". */
export function rowNameText(kind: EntityKind, row: object): string {
  const { kind: label, code, text } = rowName(kind, row);
  return `${label}${code ? ` ${code}` : ''}: ${text.trim() === '' ? '(zonder tekst)' : text.trim()}`;
}
