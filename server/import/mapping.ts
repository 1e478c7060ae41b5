/**
 * The optional column mapping a user sends with a file whose sheets or headers are not ours:
 *   { "sheets": { "Blad1": "Indicatoren", "Notities": null },
 *     "columns": { "Omschrijving": "Indicator", "Opmerking intern": null } }
 * A column or sheet mapped to null is skipped on purpose. Without a mapping, our own
 * export's sheet and header names are understood.
 */
import { FLAT_COLUMNS } from '../export/csv-shape.ts';
import { SHEETS } from '../export/sheets.ts';

export interface ImportMapping {
  sheets: Record<string, string | null>;
  columns: Record<string, string | null>;
}

export const EMPTY_MAPPING: ImportMapping = { sheets: {}, columns: {} };

export type MappingResult = { ok: true; mapping: ImportMapping } | { ok: false; error: string };

const KNOWN_HEADERS = new Set([...SHEETS.flatMap((s) => s.columns.map((c) => normalizeHeader(c.header))), ...FLAT_COLUMNS.map((c) => normalizeHeader(c.header))]);
const KNOWN_SHEETS = new Set(SHEETS.map((s) => normalizeHeader(s.name)));

export function parseMapping(input: unknown): MappingResult {
  if (input === undefined || input === null || input === '') return { ok: true, mapping: EMPTY_MAPPING };
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return { ok: false, error: 'De kolomkoppeling is geen geldige JSON.' };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'De kolomkoppeling moet een object zijn met "sheets" en/of "columns".' };
  }
  const raw = value as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (key !== 'sheets' && key !== 'columns') return { ok: false, error: `Onbekend onderdeel "${key}" in de kolomkoppeling; gebruik "sheets" en "columns".` };
  }
  const sheets = readPairs(raw.sheets, 'sheets', KNOWN_SHEETS, 'blad');
  if (typeof sheets === 'string') return { ok: false, error: sheets };
  const columns = readPairs(raw.columns, 'columns', KNOWN_HEADERS, 'kolom');
  if (typeof columns === 'string') return { ok: false, error: columns };
  return { ok: true, mapping: { sheets, columns } };
}

function readPairs(value: unknown, name: string, known: Set<string>, noun: string): Record<string, string | null> | string {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `"${name}" in de kolomkoppeling moet een object zijn.`;
  const out: Record<string, string | null> = {};
  for (const [from, to] of Object.entries(value)) {
    if (to !== null && typeof to !== 'string') return `De koppeling van ${noun} "${from}" moet een naam of null zijn.`;
    if (to !== null && !known.has(normalizeHeader(to))) return `De koppeling van ${noun} "${from}" wijst naar "${to}", maar dat is geen ${noun} die Koers kent.`;
    out[normalizeHeader(from)] = to;
  }
  return out;
}

export function normalizeHeader(text: string): string {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  // The council document heads the target column with its year: "Streefwaarde 2028".
  return /^streefwaarde \d{4}$/.test(t) ? 'streefwaarde' : t;
}
