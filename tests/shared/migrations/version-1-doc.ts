/**
 * A programme document as Koers wrote it at schema version 1: the seed, stamped 1, with the
 * scope code 'dronten' on two indicators and in a change request. Written with raw Y.Map calls
 * because today's operations refuse the old code.
 */
import * as Y from 'yjs';
import { seedProgramme } from '../../../shared/doc/index.ts';
import { SEED_PROGRAMMES } from '../../../shared/seed/programmes.ts';

export const V1_PROGRAMME = SEED_PROGRAMMES[0]!;

export function version1Doc(): Y.Doc {
  const doc = new Y.Doc();
  seedProgramme(doc, V1_PROGRAMME);
  doc.transact(() => {
    doc.getMap('meta').set('schemaVersion', 1);
    const indicators = doc.getMap<Y.Map<unknown>>('rows:goalIndicator');
    indicators.get('g2-i3')!.set('baselineScope', 'dronten');
    indicators.get('g3-i1')!.set('baselineScope', 'dronten');
    indicators.get('g2-i2')!.set('baselineScope', 'landelijk');
    const request = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({
      id: 'cr1', targetKind: 'goalIndicator', targetId: 'g2-i3', field: 'baselineScope', oldValue: 'dronten', newValue: 'regio',
      reason: 'Regionaal cijfer', decisionMoment: 'begroting', versionId: 'v1', authorId: 'u1', authorName: 'Ada', at: '2025-01-01T00:00:00.000Z', status: 'open',
    })) request.set(k, v);
    doc.getMap('notes:changeRequest').set('cr1', request);
    // A text that happens to say "dronten" is the officer's words, not a code: it stays.
    indicators.get('g2-i3')!.set('notes', 'dronten');
  });
  return doc;
}

export function version1State(): Uint8Array {
  const doc = version1Doc();
  try {
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
