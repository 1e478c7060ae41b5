/**
 * V21: subgroups in the nulmeting and the streefwaarde are the same set, and every subgroup value
 * has its own year ("Jongeren 76% (2023), Volwassenen 75% (2022)").
 */
import { fold } from '../../indicator/words.ts';
import { finding } from '../finding.ts';
import type { EntityRule, Finding } from '../types.ts';

export const v21: EntityRule = {
  id: 'V21',
  title: 'Subgroepen in nulmeting en streefwaarde gelijk',
  scope: 'entity',
  kinds: ['goalIndicator'],
  check(entry, env) {
    if (entry.kind !== 'goalIndicator') return [];
    const ind = entry.entity;
    const r = env.indicator(ind);
    const out: Finding[] = [];
    const base = r.baseline.subgroups;
    const target = r.target.subgroups;
    const baseKeys = new Set(base.map(fold));
    const targetKeys = new Set(target.map(fold));
    if (base.length > 0 && target.length > 0) {
      const onlyBase = base.filter((s) => !targetKeys.has(fold(s)));
      const onlyTarget = target.filter((s) => !baseKeys.has(fold(s)));
      if (onlyBase.length > 0 || onlyTarget.length > 0) {
        const parts = [
          onlyBase.length > 0 ? `zonder streefwaarde: ${onlyBase.join(', ')}` : '',
          onlyTarget.length > 0 ? `zonder nulmeting: ${onlyTarget.join(', ')}` : '',
        ].filter(Boolean);
        out.push(finding('V21', 'warning', 'goalIndicator', ind.id, 'target', `De subgroepen van nulmeting en streefwaarde verschillen (${parts.join('; ')}). Geef elke subgroep een nulmeting én een streefwaarde.`));
      }
    } else if (base.length > 0 && r.target.comparators.some((c) => c.value !== null)) {
      out.push(finding('V21', 'warning', 'goalIndicator', ind.id, 'target', `De nulmeting is per subgroep (${base.join(', ')}), de streefwaarde niet. Geef per subgroep een streefwaarde, of schrijf dat de streefwaarde voor alle groepen geldt.`));
    } else if (target.length > 0 && !r.baseline.empty && r.baseline.measures.length > 0) {
      out.push(finding('V21', 'warning', 'goalIndicator', ind.id, 'baseline', `De streefwaarde is per subgroep (${target.join(', ')}), de nulmeting niet. Geef per subgroep een nulmeting.`));
    }
    const undated = r.baseline.measures.filter((m) => m.subgroup !== null && m.period === null).map((m) => m.subgroup!);
    if (undated.length > 0 && ind.baselineYear === null) {
      out.push(finding('V21', 'warning', 'goalIndicator', ind.id, 'baseline', `Bij ${undated.join(', ')} staat geen jaar. Vermeld bij elke subgroepwaarde het jaar van de meting.`));
    }
    return out;
  },
};
