/**
 * Reads a CSV file into one raw table. Only UTF-8 is accepted (with or without the BOM that
 * Excel's "CSV UTF-8" writes): a file in another encoding is refused with the row and column
 * of the first unreadable character, because guessing an encoding silently corrupts é, ë and €.
 * The separator is whichever of ; , or tab the header line uses most (Dutch Excel: ;).
 */
import { unguardFormula } from '../export/csv.ts';
import { UnreadableFile, finding } from './findings.ts';
import { MAX_COLUMNS, MAX_IMPORT_ROWS } from './limits.ts';
import { tooManyRows } from './xlsx-messages.ts';
import type { RawTable } from './table.ts';

export const UTF16_CSV =
  'Dit CSV-bestand is opgeslagen als UTF-16 ("Unicode-tekst"). Koers leest alleen UTF-8. Sla het in Excel op als "CSV UTF-8 (door lijstscheidingsteken gescheiden)" en probeer het opnieuw.';
const EMPTY_FILE = 'Het bestand is leeg.';

export function readCsv(bytes: Uint8Array, fileName: string): RawTable {
  const whole = { sheet: fileName };
  if (bytes.byteLength === 0) throw new UnreadableFile(finding('error', whole, EMPTY_FILE));
  if (looksLikeUtf16(bytes)) throw new UnreadableFile(finding('error', whole, UTF16_CSV));
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new UnreadableFile(notUtf8(new TextDecoder('utf-8').decode(body), fileName));
  }
  const records = parseCsv(text, fileName);
  const [header = [], ...rest] = records;
  if (rest.length > MAX_IMPORT_ROWS) throw new UnreadableFile(finding('error', whole, tooManyRows(rest.length)));
  return {
    name: fileName,
    source: 'csv',
    headers: header.slice(0, MAX_COLUMNS).map((h) => h.trim()),
    rows: rest.map((cells, i) => ({ rowNumber: i + 2, cells: cells.slice(0, MAX_COLUMNS).map((c) => (c === '' ? null : unguardFormula(c))) })),
  };
}

function looksLikeUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  // Without a BOM, UTF-16 text of Latin letters is every other byte zero.
  const sample = bytes.subarray(0, 512);
  let zeros = 0;
  for (const b of sample) if (b === 0) zeros++;
  return sample.length >= 4 && zeros * 4 >= sample.length;
}

/** Names where the first unreadable byte sits, as Excel would show the file. */
function notUtf8(lossy: string, fileName: string) {
  const records = parseCsv(lossy, fileName);
  const header = records[0] ?? [];
  for (let r = 0; r < records.length; r++) {
    const c = records[r]!.findIndex((cell) => cell.includes('\ufffd'));
    if (c < 0) continue;
    const sample = records[r]![c]!.slice(0, 40).replace(/\ufffd/g, '?');
    return finding(
      'error',
      { sheet: fileName, row: r + 1, column: header[c]?.trim() ?? '', columnIndex: c + 1 },
      `deze cel ("${sample}") bevat tekens die geen UTF-8 zijn; het bestand is waarschijnlijk opgeslagen als "CSV (gescheiden door lijstscheidingsteken)" in Windows-1252. Sla het in Excel op als "CSV UTF-8 (door lijstscheidingsteken gescheiden)" en probeer het opnieuw. Er is niets geïmporteerd.`,
    );
  }
  return finding('error', { sheet: fileName }, 'Het bestand is geen geldige UTF-8-tekst. Sla het op als "CSV UTF-8" en probeer het opnieuw.');
}

/** RFC 4180 with a detected separator; quoted fields may hold separators, quotes and line breaks. */
export function parseCsv(text: string, fileName: string): string[][] {
  const separator = detectSeparator(text);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let quoteStartRow = 0;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch === '\r' && text[i + 1] === '\n' ? '' : ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      quoteStartRow = records.length + 1;
      i++;
    } else if (ch === separator) {
      endField();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) {
    throw new UnreadableFile(
      finding('error', { sheet: fileName, row: quoteStartRow }, 'hier begint een tekst tussen aanhalingstekens die nergens wordt afgesloten. Controleer de aanhalingstekens in deze rij.'),
    );
  }
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

export function detectSeparator(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const counts = new Map<string, number>([[';', 0], [',', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ';';
  for (const [sep, n] of counts) if (n > counts.get(best)!) best = sep;
  return best;
}
