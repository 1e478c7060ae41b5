/**
 * Lists the entries of a zip from its central directory: where each entry's data starts and
 * how it is packed. The sizes the directory claims for the unpacked data are not returned on
 * purpose: they are the attacker's to choose, so zip-guard.ts measures the real ones.
 */
import { MAX_ZIP_ENTRIES } from './limits.ts';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; exceljs (JSZip) reads no other. */
  method: number;
  /** The packed bytes of the entry, within the file. */
  data: Uint8Array;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: 'not-zip' | 'too-large' | 'too-many-entries' };

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const ZIP64_MARKER = 0xffffffff;

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end < 0) return { ok: false, reason: 'not-zip' };
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count > MAX_ZIP_ENTRIES) return { ok: false, reason: 'too-many-entries' };
  if (directoryOffset + directorySize > bytes.byteLength) return { ok: false, reason: 'not-zip' };
  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let offset = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== CENTRAL_FILE_HEADER) return { ok: false, reason: 'not-zip' };
    const method = view.getUint16(offset + 10, true);
    const packedSize = view.getUint32(offset + 20, true);
    // Zip64 sizes live in an extra field; an .xlsx that needs them is far over our limit anyway.
    if (packedSize === ZIP64_MARKER || view.getUint32(offset + 24, true) === ZIP64_MARKER) return { ok: false, reason: 'too-large' };
    const nameLength = view.getUint16(offset + 28, true);
    const local = view.getUint32(offset + 42, true);
    if (offset + 46 + nameLength > bytes.byteLength) return { ok: false, reason: 'not-zip' };
    const name = names.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== LOCAL_FILE_HEADER) return { ok: false, reason: 'not-zip' };
    // The data starts after the local header's own name and extra field, which may differ from the directory's.
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start > bytes.byteLength) return { ok: false, reason: 'not-zip' };
    entries.push({ name, method, data: bytes.subarray(start, Math.min(bytes.byteLength, start + packedSize)) });
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return { ok: true, entries };
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
