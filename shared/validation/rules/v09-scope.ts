/**
 * V9: a nulmeting should be a figure of the programme's own municipality. A national or regional
 * value used as the baseline is a proxy and must be labelled as such. A cell that names no scope
 * is read as the municipality's own.
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
    const own = env.programme.municipality.trim() ? `de gemeente ${env.programme.municipality.trim()}` : 'de eigen gemeente';
    return [
      finding('V9', 'warning', 'goalIndicator', entry.id, 'baseline', `De nulmeting (${num(p.value, p.unit)}) is een ${scope} cijfer, geen cijfer van ${own}. Markeer het als proxy of vervang het door een cijfer van ${own}; een streefwaarde voor de gemeente is er niet goed aan te toetsen.`),
    ];
  },
};
