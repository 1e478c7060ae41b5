/**
 * 1 -> 2: the scope code of "this municipality" was 'dronten', the first municipality Koers
 * served. Koers serves any municipality, so the code becomes 'gemeente'. Change requests on a
 * baselineScope carry the code as their old or new value, so they follow.
 */
import * as Y from 'yjs';
import type { Migration } from './migration.ts';

const OLD = 'dronten';
const NEW = 'gemeente';
const FIELD = 'baselineScope';

export const scopeGemeente: Migration = {
  from: 1,
  to: 2,
  why: "schaal 'dronten' heet voortaan 'gemeente', zodat Koers voor elke gemeente werkt",
  up(doc) {
    for (const row of doc.getMap<Y.Map<unknown>>('rows:goalIndicator').values()) {
      if (row instanceof Y.Map && row.get(FIELD) === OLD) row.set(FIELD, NEW);
    }
    for (const request of doc.getMap<Y.Map<unknown>>('notes:changeRequest').values()) {
      if (!(request instanceof Y.Map) || request.get('field') !== FIELD) continue;
      for (const key of ['oldValue', 'newValue']) if (request.get(key) === OLD) request.set(key, NEW);
    }
  },
};
