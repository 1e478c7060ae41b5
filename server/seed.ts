/**
 * First start: writes the three Dronten programmes into an empty store. A programme that is
 * already stored is never written again: a second seed would carry new Yjs item ids and
 * fight with the edits made since.
 */
import * as Y from 'yjs';
import { seedProgramme } from '../shared/doc/index.ts';
import { SEED_PROGRAMMES } from '../shared/seed/programmes.ts';
import type { SeedProgramme } from '../shared/seed/types.ts';
import type { Logger } from './log.ts';
import type { DocumentStore } from './persistence/document-store.ts';

/** Returns the ids it seeded (empty on every start after the first). */
export function seedMissingProgrammes(
  store: DocumentStore,
  log: Logger,
  programmes: readonly SeedProgramme[] = SEED_PROGRAMMES,
): string[] {
  const seeded: string[] = [];
  for (const programme of programmes) {
    if (store.hasDocument(programme.id)) continue;
    const doc = new Y.Doc();
    try {
      seedProgramme(doc, programme);
      store.append(programme.id, Y.encodeStateAsUpdate(doc));
    } finally {
      doc.destroy();
    }
    seeded.push(programme.id);
    log.info('programme seeded', { docId: programme.id, goals: programme.goals.length });
  }
  return seeded;
}
