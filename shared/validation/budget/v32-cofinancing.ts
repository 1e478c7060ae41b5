/**
 * V32: the shares of a line's co-financing add up to 100%, and each names its funding source
 * ("de helft ... POK-middelen en de andere helft vanuit veiligheid", 000:203-205).
 */
import { formatShare, WHOLE_SHARE } from '../../budget/money.ts';
import { finding } from '../finding.ts';
import type { Finding } from '../types.ts';
import type { BudgetRule } from './types.ts';

export const v32: BudgetRule = {
  id: 'V32',
  title: 'Cofinanciering telt op tot 100%',
  check({ plan, lines, nameOf }) {
    const out: Finding[] = [];
    const byLine = new Map<string, typeof plan.shares>();
    for (const share of plan.shares) {
      if (share.source.trim() === '') out.push(finding('V32', 'error', 'budgetShare', share.id, 'source', 'Dit aandeel noemt geen financieringsbron. Vul in waar dit deel van het geld vandaan komt.'));
      if (share.basisPoints === null) out.push(finding('V32', 'error', 'budgetShare', share.id, 'basisPoints', 'Dit aandeel heeft geen percentage. Vul het in.'));
      if (!lines.has(share.lineId)) continue;
      byLine.set(share.lineId, [...(byLine.get(share.lineId) ?? []), share]);
    }
    for (const [lineId, shares] of byLine) {
      const sum = shares.reduce((a, s) => a + (s.basisPoints ?? 0), 0);
      if (sum !== WHOLE_SHARE) {
        out.push(finding('V32', 'error', 'budgetLine', lineId, 'cofinanciering', `De cofinanciering van ${nameOf(lineId)} telt op tot ${formatShare(sum)}, niet tot 100%. Pas de aandelen aan.`));
      }
    }
    return out;
  },
};
