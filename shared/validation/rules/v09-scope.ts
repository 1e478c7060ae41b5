/**
 * V9: a nulmeting should be a Dronten figure. A national or regional value used as the baseline is
 * a proxy and must be labelled as such. A cell that names no scope is read as Dronten.
 */
import { finding } from '../finding.ts';
import type { EntityRule } from '../types.ts';
import { num } from './helpers.ts';

export const v09: EntityRule = {
  id: 'V9',
  title: 'Schaal van de nulmeting',
  scope: 'entity',
  kinds: ['goalIndicator'],
  check(entry, env) {
    if (entry.kind !== 'goalIndicator') return [];
    const r = env.indicator(entry.entity);
    const p = r.primary;
    // The officer's confirmed scope wins over what the text seems to say.
    if (!p || r.scope === null || r.scope === 'gemeente') return [];
    if (/\bproxy\b/i.test(entry.entity.baseline) || /\bproxy\b/i.test(entry.entity.notes)) return [];
    const scope = r.scope === 'landelijk' ? 'landelijk' : 'regionaal';
    return [
      finding('V9', 'warning', 'goalIndicator', entry.id, 'baseline', `De nulmeting (${num(p.value, p.unit)}) is een ${scope} cijfer, geen cijfer voor Dronten. Markeer het als proxy of vervang het door een Drontens cijfer; een Drontense streefwaarde is er niet goed aan te toetsen.`),
    ];
  },
};
