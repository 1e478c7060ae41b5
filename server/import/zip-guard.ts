/**
 * Looks into an .xlsx (a zip) before unpacking it: a few kilobytes of zip can unpack to
 * gigabytes, and exceljs would try. Reads only the central directory at the end of the file.
 */
import { MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES } from './limits.ts';

export type ZipVerdict = { ok: true; entries: number; unzippedBytes: number } | { ok: false; reason: 'not-zip' | 'too-large' | 'too-many-entries' };

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const ZIP64_MARKER = 0xffffffff;

export function inspectZip(bytes: Uint8Array): ZipVerdict {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end < 0) return { ok: false, reason: 'not-zip' };
  const entries = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (entries > MAX_ZIP_ENTRIES) return { ok: false, reason: 'too-many-entries' };
  if (directoryOffset + directorySize > bytes.byteLength) return { ok: false, reason: 'not-zip' };
  let offset = directoryOffset;
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== CENTRAL_FILE_HEADER) return { ok: false, reason: 'not-zip' };
    const size = view.getUint32(offset + 24, true);
    // Zip64 sizes live in an extra field; an .xlsx that needs them is far over our limit anyway.
    if (size === ZIP64_MARKER) return { ok: false, reason: 'too-large' };
    total += size;
    if (total > MAX_UNZIPPED_BYTES) return { ok: false, reason: 'too-large' };
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return { ok: true, entries, unzippedBytes: total };
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let i = last; i >= first; i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) return i;
  }
  return -1;
}
