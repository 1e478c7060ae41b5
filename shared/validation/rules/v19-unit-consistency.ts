/**
 * V19: indicator, nulmeting and streefwaarde share one unit. A "% inwoners" indicator with a
 * nulmeting of "112 buurtinitiatieven" measures something else. A bare number ("126") takes the
 * indicator's unit; a number with a counted noun is a count.
 */
import type { Unit } from '../../indicator/types.ts';
import { finding } from '../finding.ts';
import type { EntityRule, Finding } from '../types.ts';
import { UNIT_NAMES, measureUnit, quote } from './helpers.ts';

export const v19: EntityRule = {
  id: 'V19',
  title: 'Zelfde eenheid in indicator, nulmeting en streefwaarde',
  scope: 'entity',
  kinds: ['goalIndicator'],
  check(entry, env) {
    if (entry.kind !== 'goalIndicator') return [];
    const ind = entry.entity;
    const r = env.indicator(ind);
    const unit = r.unit;
    if (unit === null) return [];
    const out: Finding[] = [];
    const current = r.baseline.measures.filter((m) => m.role === 'primary' || m.role === 'additional');
    const units = [...new Set(current.map((m) => measureUnit(m, null)).filter((u): u is Unit => u !== null))];
    if (units.length > 0 && !units.includes(unit)) {
      out.push(finding('V19', 'warning', 'goalIndicator', ind.id, 'baseline', `De indicator ${quote(ind.indicator)} is een ${UNIT_NAMES[unit]}, maar de nulmeting geeft ${units.map((u) => UNIT_NAMES[u]).join(' en ')}. Meet de nulmeting in de eenheid van de indicator, of pas de indicator aan.`));
    }
    const c = r.target.comparators.find((x) => x.kind !== 'relative' && x.unit !== null);
    if (c && c.unit !== null && c.unit !== unit) {
      out.push(finding('V19', 'warning', 'goalIndicator', ind.id, 'target', `De indicator is een ${UNIT_NAMES[unit]}, maar de streefwaarde is in ${UNIT_NAMES[c.unit]}. Geef de streefwaarde in de eenheid van de indicator.`));
    }
    return out;
  },
};
