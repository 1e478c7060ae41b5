/**
 * 3 -> 4: the advisory body's ranking of the results (Dronten's ASD top 10) was kept in code
 * beside the programmes, so nobody could see or correct it in Koers while V36 kept reporting on
 * it. It becomes rows of the programme (`rows:priority`), seeded from the same source list as a
 * new installation gets. Only for the three Dronten programmes it came with, and only when the
 * document holds no ranking yet.
 */
import * as Y from 'yjs';
import { seedPriorities } from '../../seed/priorities.ts';
import { initialKeys } from '../order.ts';
import type { Migration } from './migration.ts';

const DRONTEN_PROGRAMMES = new Set(['bestaanszekerheid', 'gezond-samenleven', 'kansengelijkheid']);

export const prioritiesAsRows: Migration = {
  from: 3,
  to: 4,
  why: 'de prioriteiten van de adviesraad staan voortaan als rijen in het programma, zichtbaar en te bewerken',
  up(doc) {
    const meta = doc.getMap('meta');
    const id = meta.get('id');
    if (typeof id !== 'string' || !DRONTEN_PROGRAMMES.has(id) || meta.get('municipality') !== 'Dronten') return;
    const rows = doc.getMap<Y.Map<unknown>>('rows:priority');
    if (rows.size > 0) return;
    const items = seedPriorities(id);
    const keys = initialKeys(items.length);
    items.forEach((item, i) => {
      const row = new Y.Map<unknown>();
      const fields = { id: `p${i + 1}`, parentId: null, order: keys[i]!, rank: item.rank, code: item.code, result: item.result, comment: item.comment, tie: item.tie ? 'tie' : null };
      for (const [key, value] of Object.entries(fields)) row.set(key, value);
      rows.set(`p${i + 1}`, row);
    });
  },
};
