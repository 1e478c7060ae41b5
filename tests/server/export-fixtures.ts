/** The three Dronten programmes as export snapshots, and the texts every report must carry. */
import { inflateRawSync } from 'node:zlib';
import * as Y from 'yjs';
import { addRow, readProgramme, seedProgramme, userOrigin } from '../../shared/doc/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { SEED_PROGRAMMES } from '../../shared/seed/programmes.ts';
import type { ExportSnapshot, VersionLabel } from '../../server/export/snapshot.ts';
import { printable } from '../../server/export/printable.ts';

const CURRENT: VersionLabel = {
  versionId: null,
  name: 'Huidige versie',
  status: 'werkversie (niet vastgesteld)',
  date: '2026-11-22',
  documentNumber: '',
};

export function seededProgrammes(): Programme[] {
  return SEED_PROGRAMMES.map((seed) => {
    const doc = new Y.Doc();
    seedProgramme(doc, seed);
    const programme = readProgramme(doc);
    doc.destroy();
    return programme;
  });
}

/** Bestaanszekerheid with a few measurements (issue 13), so the Metingen sheet has rows. */
export function measuredProgramme(): Programme {
  const doc = new Y.Doc();
  seedProgramme(doc, SEED_PROGRAMMES[0]!);
  const origin = userOrigin('test', 'Test');
  const note =
    'Cijfer uit de Monitor Sociaal Domein, peildatum 1 oktober; de CBS-definitie veranderde in 2024, zodat de reeks vanaf dat jaar niet één op één vergelijkbaar is met eerdere jaren. Navragen bij de regio.';
  addRow(doc, 'measurement', 'g3-i1', origin, { fields: { period: '2024', value: 67.4, valueStatus: 'final', source: 'Monitor Sociaal Domein' } });
  addRow(doc, 'measurement', 'g3-i1', origin, { fields: { period: '2025-Q3', value: 68.1, valueStatus: 'provisional', note } });
  addRow(doc, 'measurement', 'g1-s1-r1-i1', origin, { fields: { period: '2025', value: 12, scope: 'gemeente' } });
  const programme = readProgramme(doc);
  doc.destroy();
  return programme;
}

export function snapshotOf(programmes: Programme[], version: VersionLabel = CURRENT): ExportSnapshot {
  const combined = programmes.length > 1;
  return {
    title: combined ? "Alle programma's" : programmes[0]!.name,
    programmes,
    acknowledgements: {},
    combined,
    version,
    exportedAt: '2026-11-22T10:00:00.000Z',
  };
}

/** Texts a reader must find: every goal, goal indicator, result and result indicator. */
export function requiredTexts(programme: Programme): string[] {
  const texts: string[] = [];
  for (const goal of programme.goals) {
    texts.push(`Doel ${goal.code}: ${goal.title}`);
    for (const ind of goal.indicators) texts.push(ind.indicator, ind.baseline, ind.target, ind.source);
    for (const sub of goal.subGoals) {
      texts.push(sub.title, sub.problem);
      for (const result of sub.results) {
        texts.push(result.text);
        for (const ind of result.indicators) texts.push(ind.text);
      }
    }
  }
  return texts.filter((t) => t.trim() !== '');
}

/**
 * Whitespace-insensitive text. Readers wrap lines (also after a hyphen: "Wmo-\nmaatwerk").
 * The reports print the source's "🡪" as "→" (server/export/printable.ts), so both sides are
 * read that way; any other symbol outside the Basic Multilingual Plane is left out, since a
 * PDF only carries glyphs that an installed font has.
 */
function flat(text: string): string {
  return printable(text)
    .replace(/[\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .replace(/- /g, '-')
    .trim();
}

/** The texts a reader did not find, whitespace-insensitively; [] when all are there. */
export function missingTexts(haystack: string, texts: readonly string[]): string[] {
  const all = flat(haystack);
  return texts.filter((t) => !all.includes(flat(t)));
}

/** One file out of a zip (.docx, .xlsx), via the central directory and node:zlib. */
export function zipEntry(bytes: Uint8Array, name: string): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip');
  let offset = buf.readUInt32LE(end + 16);
  for (let i = 0; i < buf.readUInt16LE(end + 10); i++) {
    const method = buf.readUInt16LE(offset + 10);
    const size = buf.readUInt32LE(offset + 20);
    const nameLength = buf.readUInt16LE(offset + 28);
    const local = buf.readUInt32LE(offset + 42);
    const entryName = buf.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (entryName === name) {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return (method === 0 ? data : inflateRawSync(data)).toString('utf8');
    }
    offset += 46 + nameLength + buf.readUInt16LE(offset + 30) + buf.readUInt16LE(offset + 32);
  }
  throw new Error(`${name} is not in the zip`);
}
