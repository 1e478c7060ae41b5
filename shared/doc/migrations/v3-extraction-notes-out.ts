/**
 * 2 -> 3: the seed wrote the data extraction's own notes ("A page break moved the last words...
 * (file lines 352-353)") into the goal indicators' Toelichting, so they showed in the grid and
 * went out in every export. A Toelichting that is still, character for character, one of those
 * notes is emptied; one a user has written or changed is theirs and stays.
 *
 * The notes are known by fingerprint (cyrb53 of the exact text), not by text: this file is part
 * of the client bundle (layout.ts reads SCHEMA_VERSION from the migration list), and neither the
 * seed files nor the notes themselves belong there. Spelled out here, not read from the seed, so
 * a later edit of the seed cannot change what this migration does.
 */
import * as Y from 'yjs';
import type { Migration } from './migration.ts';

const FIELD = 'notes';

/** cyrb53 (public domain, bryc): a 53-bit string hash, enough to tell 30 known texts from any other. */
export function noteFingerprint(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The extraction notes the seeds of Bestaanszekerheid, Gezond Samenleven and Kansengelijkheid wrote. */
const EXTRACTION_NOTES = new Set<number>([
  5393596523501379,
  2401510542092899,
  1394622280606329,
  5626335863060553,
  1982655074157097,
  3299755623713895,
  7722029589491170,
  8009677608782976,
  2255904757157236,
  6139322377897142,
  1658826711783155,
  1818777446081708,
  1697078051980127,
  4462920494495682,
  5022679348202295,
  7377275707480400,
  5493410954187744,
  4565135526628662,
  4638161414297396,
  8087945302296390,
  7159085680877772,
  1076825603420129,
  8535001564136403,
  489922125542664,
  8117261642176089,
  5645572679842947,
  4325998925823399,
  3883447451931,
  5924464121041276,
]);

export const extractionNotesOut: Migration = {
  from: 2,
  to: 3,
  why: 'interne notities uit de data-extractie staan niet meer in de toelichting van doelindicatoren',
  up(doc) {
    for (const row of doc.getMap<Y.Map<unknown>>('rows:goalIndicator').values()) {
      if (!(row instanceof Y.Map)) continue;
      const value = row.get(FIELD);
      if (typeof value === 'string' && value !== '' && EXTRACTION_NOTES.has(noteFingerprint(value))) row.set(FIELD, '');
    }
  },
};
