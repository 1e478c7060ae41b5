/**
 * The first look at an uploaded file, before any parser: is it small enough to read at all?
 * A file that is not gets a Dutch refusal naming the limit, answered as 413, and costs the
 * server no more than streaming through it once (zip-guard.ts, csv-guard.ts).
 */
import { countCsvRecords } from './csv-guard.ts';
import { detectFileKind } from './detect.ts';
import { MAX_SCANNED_ROWS } from './limits.ts';
import { farTooManyRows, zipRefusal } from './xlsx-messages.ts';
import { inspectZip } from './zip-guard.ts';

/** The refusal, or null when the file may be read. A damaged file is left to the reader's own message. */
export async function importTooLarge(bytes: Uint8Array): Promise<string | null> {
  const kind = detectFileKind(bytes);
  if (kind === 'xlsx') {
    const zip = await inspectZip(bytes);
    return zip.ok || zip.reason === 'not-zip' ? null : zipRefusal(zip.reason);
  }
  if (kind === 'csv') return countCsvRecords(bytes, MAX_SCANNED_ROWS + 1) > MAX_SCANNED_ROWS + 1 ? farTooManyRows() : null;
  return null;
}
