/**
 * One cell to one field value, by the field's declaration (shared/schema/). Excel gives numbers as numbers; a CSV
 * gives text, read the Dutch way ("43,9", "1.234"). A value that does not fit is a finding
 * that names the cell and says what would fit; it is never guessed into something else.
 */
import type { FieldValue } from '../../shared/model/entities.ts';
import { MAX_TEXT_LENGTH, type FieldDef } from '../../shared/schema/fields.ts';
import { plainNumber } from '../../shared/text/dutch.ts';
import { enumCode } from '../export/labels.ts';
import type { CellInput } from './table.ts';

export type Converted = { ok: true; value: FieldValue } | { ok: false; problem: string };


export function convertCell(cell: CellInput | undefined, field: string, spec: FieldDef): Converted {
  if (cell !== null && typeof cell === 'object') return { ok: false, problem: `de cel bevat een Excel-fout (${cell.error}). Vul een waarde in of maak de cel leeg.` };
  const blank = cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
  switch (spec.type) {
    case 'text': {
      if (blank) return { ok: true, value: '' };
      // Codes ("3.10") are written with a dot, other numbers in text cells the Dutch way.
      const text = typeof cell === 'number' ? (field === 'code' ? String(cell) : plainNumber(cell)) : String(cell).replace(/\r\n?/g, '\n');
      if (text.length > MAX_TEXT_LENGTH) return { ok: false, problem: `de tekst is te lang (${text.length} tekens, hoogstens ${MAX_TEXT_LENGTH}).` };
      return { ok: true, value: text };
    }
    case 'int':
    case 'number': {
      if (blank) return { ok: true, value: null };
      const n = typeof cell === 'number' ? cell : parseDutchNumber(String(cell));
      if (n === null || !Number.isFinite(n)) {
        return { ok: false, problem: `"${String(cell).slice(0, 60)}" is geen getal. Vul een getal in (bijvoorbeeld 43,9) of maak de cel leeg.` };
      }
      if (spec.type === 'int' && !Number.isInteger(n)) return { ok: false, problem: `${plainNumber(n)} is geen geheel getal; hier hoort een jaartal of aantal.` };
      return { ok: true, value: n };
    }
    case 'enum': {
      if (blank) return { ok: true, value: null };
      const code = enumCode(spec, String(cell));
      if (code && (spec.values ?? []).includes(code)) return { ok: true, value: code };
      const labels = Object.values(spec.labels ?? {}).map((l) => `"${l}"`);
      return { ok: false, problem: `"${String(cell).slice(0, 60)}" is geen geldige keuze. Kies uit ${labels.join(', ')}, of maak de cel leeg.` };
    }
    case 'boolean': {
      if (blank) return { ok: true, value: null };
      const t = String(cell).trim().toLowerCase();
      if (['ja', 'waar', 'true', '1'].includes(t)) return { ok: true, value: true };
      if (['nee', 'onwaar', 'false', '0'].includes(t)) return { ok: true, value: false };
      return { ok: false, problem: `"${String(cell).slice(0, 60)}" is geen ja of nee.` };
    }
  }
}

/** Plain text of a cell for ids, codes and names; a number as Excel shows a code ("3.1"). */
export function cellText(cell: CellInput | undefined): string {
  if (cell === null || cell === undefined || typeof cell === 'object') return '';
  return typeof cell === 'number' ? String(cell) : cell.trim();
}

/**
 * "43,9" -> 43.9, "1.234,5" -> 1234.5, "1.234" -> 1234 (a dot before three digits groups
 * thousands in Dutch), "-5" -> -5, "2,5%" -> 2.5. English decimals ("43.9") are read too.
 */
function parseDutchNumber(raw: string): number | null {
  let s = raw.trim().replace(/\u00a0|\s/g, '').replace(/^\u2212/, '-').replace(/%$/, '');
  if (s === '') return null;
  if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^[+-]?\d+(,\d+)?$/.test(s)) s = s.replace(',', '.');
  else if (!/^[+-]?\d*\.?\d+$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}
