/**
 * V14: indicator, nulmeting and streefwaarde measure the same thing in the same polarity. The
 * documents mix a measure and its complement: indicator "% met startkwalificatie", nulmeting
 * "12% ... zonder", streefwaarde "Maximaal 10%". Polarity comes from context.polarity when the
 * caller has it, else from the wording.
 */
import { lexiconPolarity, polarityFromMovement, POLARITY_LABELS, targetMovement } from '../../indicator/polarity.ts';
import { finding } from '../finding.ts';
import type { EntityRule, Finding } from '../types.ts';
import { quote } from './helpers.ts';

export const v14: EntityRule = {
  id: 'V14',
  title: 'Indicator, nulmeting en streefwaarde in dezelfde richting',
  scope: 'entity',
  kinds: ['goalIndicator'],
  check(entry, env) {
    if (entry.kind !== 'goalIndicator') return [];
    const ind = entry.entity;
    const explicit = ind.polarity ?? env.context.polarity?.[ind.id] ?? null;
    const indicatorWords = lexiconPolarity(ind.indicator);
    const polarity = explicit ?? indicatorWords?.polarity ?? null;
    if (!polarity) return [];
    const how = explicit ? `(${POLARITY_LABELS[polarity]})` : `("${indicatorWords?.phrase}": ${POLARITY_LABELS[polarity]})`;
    const out: Finding[] = [];
    const r = env.indicator(ind);
    const b = lexiconPolarity(ind.baseline);
    if (b && b.polarity !== polarity) {
      out.push(finding('V14', 'warning', 'goalIndicator', ind.id, 'baseline', `De indicator ${quote(ind.indicator)} ${how} en de nulmeting ("${b.phrase}") meten elkaars tegendeel. Laat beide hetzelfde meten, of schrijf de nulmeting om naar de grootheid van de indicator (bij een percentage: 100% min de waarde).`));
    }
    const t = lexiconPolarity(ind.target);
    if (t && t.polarity !== polarity) {
      out.push(finding('V14', 'warning', 'goalIndicator', ind.id, 'target', `De indicator ${quote(ind.indicator)} ${how} en de streefwaarde ("${t.phrase}") meten elkaars tegendeel. Laat beide hetzelfde meten.`));
    } else if (!t && r.target.comparators[0] && !r.target.comparators[0].subgroup) {
      // The target names no polarity itself: what it asks for must suit the indicator.
      const baseValue = b && b.polarity !== polarity ? null : r.baselineValue;
      const implied = polarityFromMovement(targetMovement(r.target.comparators[0], baseValue));
      if (implied && implied !== polarity) {
        const asks = implied === 'lower-is-better' ? 'een lagere of gelijke waarde' : 'een hogere of gelijke waarde';
        out.push(finding('V14', 'warning', 'goalIndicator', ind.id, 'target', `De streefwaarde ${quote(ind.target)} vraagt om ${asks}, terwijl voor de indicator ${quote(ind.indicator)} geldt: ${POLARITY_LABELS[polarity]}. Waarschijnlijk meet de streefwaarde het tegendeel; maak indicator en streefwaarde gelijkgericht of leg de polariteit expliciet vast.`));
      }
    }
    return out;
  },
};
