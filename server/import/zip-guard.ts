/**
 * Unpacks an .xlsx (a zip) once before exceljs may: a few kilobytes of zip can unpack to
 * gigabytes, and the sizes in its directory and local headers are whatever the sender wrote.
 * So every entry is inflated as a stream, counting the real bytes and stopping at the cap,
 * and the rows of the sheets are counted on the way, so an 800,000-row sheet is refused
 * before any parser builds it. Inflating runs on libuv's thread pool in small pieces: other
 * users' edits keep flowing meanwhile. The inflated bytes are dropped as they are counted.
 */
import { createInflateRaw } from 'node:zlib';
import { MAX_SCANNED_ROWS, MAX_UNZIPPED_BYTES } from './limits.ts';
import { readZipDirectory, type ZipEntry } from './zip-directory.ts';

export type ZipVerdict =
  | { ok: true; entries: number; unzippedBytes: number; rows: number }
  | { ok: false; reason: 'not-zip' | 'too-large' | 'too-many-entries' | 'too-many-rows' };

type Stop = 'not-zip' | 'too-large' | 'too-many-rows';

/** A <row> start tag, with or without a namespace prefix; not <rowBreaks> or <rows>. */
const ROW_TAG = /<(?:[A-Za-z_][\w.-]{0,30}:)?row[\s/>]/g;
/** Longer than any ROW_TAG match, so a tag split over two pieces is still seen once. */
const CARRY = 40;

export async function inspectZip(bytes: Uint8Array): Promise<ZipVerdict> {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return directory;
  const tally = { bytes: 0, rows: 0 };
  for (const entry of directory.entries) {
    const stop = await measure(entry, tally);
    if (stop) return { ok: false, reason: stop };
  }
  return { ok: true, entries: directory.entries.length, unzippedBytes: tally.bytes, rows: tally.rows };
}

function measure(entry: ZipEntry, tally: { bytes: number; rows: number }): Promise<Stop | null> {
  let carry = '';
  const count = (piece: Uint8Array): Stop | null => {
    tally.bytes += piece.byteLength;
    if (tally.bytes > MAX_UNZIPPED_BYTES) return 'too-large';
    // latin1 maps byte to character one to one: the tags are ASCII, the rest may stay garbled.
    const text = carry + Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength).toString('latin1');
    for (const match of text.matchAll(ROW_TAG)) if (match.index + match[0].length > carry.length) tally.rows++;
    carry = text.slice(-CARRY);
    return tally.rows > MAX_SCANNED_ROWS ? 'too-many-rows' : null;
  };
  if (entry.method === 0) return Promise.resolve(count(entry.data));
  if (entry.method !== 8) return Promise.resolve('not-zip');
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let settled = false;
    const settle = (result: Stop | null) => {
      if (settled) return;
      settled = true;
      inflate.destroy();
      resolve(result);
    };
    inflate.on('data', (piece: Buffer) => {
      const stop = count(piece);
      if (stop) settle(stop);
    });
    inflate.on('end', () => settle(null));
    inflate.on('error', () => settle('not-zip'));
    inflate.end(entry.data);
  });
}
