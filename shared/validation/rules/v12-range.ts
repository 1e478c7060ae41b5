/** V12: a range has its lower bound first, and is in the indicator's unit. */
import { finding } from '../finding.ts';
import type { EntityRule, Finding } from '../types.ts';
import { UNIT_NAMES, num } from './helpers.ts';

export const v12: EntityRule = {
  id: 'V12',
  title: 'Bandbreedte klopt',
  scope: 'entity',
  kinds: ['goalIndicator'],
  check(entry, env) {
    if (entry.kind !== 'goalIndicator') return [];
    const r = env.indicator(entry.entity);
    const out: Finding[] = [];
    for (const c of r.target.comparators) {
      if (c.kind !== 'range' || c.value === null || c.high === null) continue;
      if (c.value > c.high) {
        out.push(finding('V12', 'error', 'goalIndicator', entry.id, 'target', `De bandbreedte loopt van ${num(c.value, c.unit)} naar ${num(c.high, c.unit)}: de ondergrens is hoger dan de bovengrens. Zet de laagste waarde eerst.`));
      }
      if (c.unit !== null && r.unit !== null && c.unit !== r.unit) {
        out.push(finding('V12', 'error', 'goalIndicator', entry.id, 'target', `De bandbreedte is in ${UNIT_NAMES[c.unit]}, de indicator in ${UNIT_NAMES[r.unit]}. Geef de grenzen in de eenheid van de indicator.`));
      }
    }
    const ind = entry.entity;
    if (ind.targetValue !== null && ind.targetHigh !== null && ind.targetValue > ind.targetHigh) {
      out.push(finding('V12', 'error', 'goalIndicator', entry.id, 'targetHigh', `De bovengrens (${num(ind.targetHigh, r.unit)}) is lager dan de ondergrens (${num(ind.targetValue, r.unit)}). Zet de grenzen in de goede volgorde.`));
    }
    for (const m of r.baseline.measures) {
      if (m.high !== null && m.value > m.high) {
        out.push(finding('V12', 'error', 'goalIndicator', entry.id, 'baseline', `De bandbreedte ${m.text} in de nulmeting heeft de hoogste waarde eerst. Zet de laagste waarde eerst.`));
      }
    }
    return out;
  },
};
