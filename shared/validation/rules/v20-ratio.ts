/**
 * V20: a percentage given with its numerator and denominator must match them within rounding.
 * "3% (ca. 1.115 van 10.996)" is 10,1%. "ca." widens the margin to one percentage point.
 */
import { finding } from '../finding.ts';
import type { EntityRule, Finding } from '../types.ts';
import { num } from './helpers.ts';

export const v20: EntityRule = {
  id: 'V20',
  title: 'Percentage klopt met teller en noemer',
  scope: 'entity',
  kinds: ['goalIndicator'],
  check(entry, env) {
    if (entry.kind !== 'goalIndicator') return [];
    const r = env.indicator(entry.entity);
    const out: Finding[] = [];
    for (const [field, cell] of [['baseline', r.baseline], ['target', r.target]] as const) {
      for (const m of cell.measures) {
        if (m.unit !== '%' || !m.ratio || m.ratio.denominator === 0) continue;
        const actual = (m.ratio.numerator / m.ratio.denominator) * 100;
        const tolerance = Math.max(0.5 * 10 ** -m.decimals, m.ratio.approximate || m.approximate ? 1 : 0) + 1e-9;
        if (Math.abs(actual - m.value) <= tolerance) continue;
        out.push(finding('V20', 'error', 'goalIndicator', entry.id, field, `${num(m.value, '%')} klopt niet met ${m.ratio.text}: dat is ${num(Math.round(actual * 10) / 10, '%')}. Corrigeer het percentage of de aantallen.`));
      }
    }
    return out;
  },
};
