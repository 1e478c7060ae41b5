/**
 * Counts the records of a CSV on its bytes, before it is decoded and parsed: parsing builds an
 * array per row, and 10 MB of short rows is a million of them. The count walks the same states
 * as parseCsv in read-csv.ts (a quote opens only at the start of a field, "" inside quotes is
 * a quote, CRLF is one break), so a stray quote cannot hide rows from it. It works on bytes:
 * every character it looks at is ASCII, and UTF-8 never puts an ASCII byte inside another
 * character.
 */
import { detectSeparator } from './read-csv.ts';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Records as parseCsv would find them (the header and blank lines included); stops past `stopAfter`. */
export function countCsvRecords(bytes: Uint8Array, stopAfter: number): number {
  const separator = detectSeparator(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 64 * 1024)).toString('latin1')).charCodeAt(0);
  let records = 0;
  let quoted = false;
  let fieldEmpty = true;
  // Mirror parseCsv's `field === ''` and `record.length === 0`, which decide whether the last line counts.
  let recordEmpty = true;
  let i = 0;
  while (i < bytes.byteLength) {
    const b = bytes[i]!;
    if (quoted) {
      if (b === QUOTE) {
        if (bytes[i + 1] === QUOTE) {
          fieldEmpty = false;
          i += 2;
          continue;
        }
        quoted = false;
      } else if (!(b === CR && bytes[i + 1] === LF)) fieldEmpty = false;
      i++;
      continue;
    }
    if (b === QUOTE && fieldEmpty) {
      quoted = true;
      i++;
    } else if (b === separator) {
      fieldEmpty = true;
      recordEmpty = false;
      i++;
    } else if (b === CR || b === LF) {
      records++;
      if (records > stopAfter) return records;
      fieldEmpty = true;
      recordEmpty = true;
      i += b === CR && bytes[i + 1] === LF ? 2 : 1;
    } else {
      fieldEmpty = false;
      i++;
    }
  }
  return fieldEmpty && recordEmpty ? records : records + 1;
}
