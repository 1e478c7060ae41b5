/**
 * V23: numbers are read the Dutch way (decimal comma, thousands dot). A number that reads two
 * ways ("1.115") must be confirmed; as a warning, acknowledging it is the confirmation.
 */
import { formatDutchNumber } from '../../indicator/number.ts';
import { finding } from '../finding.ts';
import type { EntityRule, Finding } from '../types.ts';
import { num } from './helpers.ts';

// 1115, not "1.115": the whole point is to show the reading without the ambiguous dot.
function plain(value: number): string {
  return Number.isInteger(value) ? String(value) : formatDutchNumber(value, 3);
}

export const v23: EntityRule = {
  id: 'V23',
  title: 'Getallen eenduidig in Nederlandse notatie',
  scope: 'entity',
  kinds: ['goalIndicator'],
  check(entry, env) {
    if (entry.kind !== 'goalIndicator') return [];
    const r = env.indicator(entry.entity);
    const out: Finding[] = [];
    for (const [field, cell] of [['baseline', r.baseline], ['target', r.target]] as const) {
      const notes = cell.numberIssues.map((n) =>
        n.kind === 'ambiguous'
          ? `"${n.text.trim()}" kan ${plain(n.value)} of ${formatDutchNumber(n.alternative ?? NaN, 3)} betekenen`
          : `"${n.text.trim()}" is Engels genoteerd; in het Nederlands is dat ${num(n.value)}`,
      );
      if (notes.length === 0) continue;
      out.push(finding('V23', 'warning', 'goalIndicator', entry.id, field, `${notes.join('; ')}. Schrijf het getal ondubbelzinnig (bijvoorbeeld zonder scheidingspunt of met decimale komma), of bevestig de lezing door deze waarschuwing te accorderen.`));
    }
    return out;
  },
};
