/**
 * V22: the measurement period is explicit, and part-year values ("57 t/m mei", "01-01-2024 tot
 * 01-10-2024") are flagged: they cannot be compared with a yearly target.
 */
import { describePeriod } from '../../indicator/period.ts';
import { finding } from '../finding.ts';
import type { EntityRule } from '../types.ts';
import { num } from './helpers.ts';

export const v22: EntityRule = {
  id: 'V22',
  title: 'Meetperiode expliciet, deelperiodes gemarkeerd',
  scope: 'entity',
  kinds: ['goalIndicator'],
  check(entry, env) {
    if (entry.kind !== 'goalIndicator') return [];
    const r = env.indicator(entry.entity);
    const partial = r.baseline.measures.filter((m) => m.period?.partial && m.role !== 'reference');
    if (partial.length === 0) return [];
    const list = partial.map((m) => `${num(m.value, m.unit)}${m.label ? ' ' + m.label : ''} (${describePeriod(m.period!)})`).join('; ');
    return [
      finding('V22', 'warning', 'goalIndicator', entry.id, 'baseline', `De nulmeting bevat een waarde over een deel van het jaar: ${list}. Zo'n waarde is niet te vergelijken met een jaarstreefwaarde; vul de waarde over het hele jaar aan of houd de deelperiode apart als tussenstand.`),
    ];
  },
};
