/** What kind of file arrived, from its first bytes (names and content types are often wrong). */

export type FileKind = 'xlsx' | 'ole' | 'csv' | 'empty';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function detectFileKind(bytes: Uint8Array): FileKind {
  if (bytes.byteLength === 0) return 'empty';
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, OLE)) return 'ole';
  return 'csv';
}

/**
 * An OLE compound file is either an old .xls or, since Office 2007, an encrypted .xlsx: Excel
 * wraps a password-protected workbook in one with an "EncryptedPackage" stream.
 */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  const needle = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
