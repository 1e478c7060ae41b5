/**
 * V15: a relative target ("met 50% verminderen") needs a nulmeting of the same measure over a
 * full period; only then does an absolute target follow from it. A one-day stock or a part-year
 * count is not that baseline.
 */
import { splitClauses } from '../../indicator/clauses.ts';
import { describePeriod } from '../../indicator/period.ts';
import { fullPeriodMeasures } from '../../indicator/implied.ts';
import { overlapScore } from '../../indicator/words.ts';
import { finding } from '../finding.ts';
import type { EntityRule } from '../types.ts';
import { num } from './helpers.ts';

export const v15: EntityRule = {
  id: 'V15',
  title: 'Relatieve streefwaarde heeft passende nulmeting',
  scope: 'entity',
  kinds: ['goalIndicator'],
  check(entry, env) {
    if (entry.kind !== 'goalIndicator') return [];
    const r = env.indicator(entry.entity);
    const rel = r.target.comparators.find((c) => c.kind === 'relative');
    if (!rel || rel.percent === null) return [];
    const change = `${rel.percent < 0 ? 'min' : 'plus'} ${num(Math.abs(rel.percent), '%')}`;
    const subject = rel.subject ? ` voor "${rel.subject}"` : '';
    const measures = r.baseline.measures.filter((m) => m.role === 'primary' || m.role === 'additional');
    if (measures.length === 0) {
      return [finding('V15', 'warning', 'goalIndicator', entry.id, 'target', `De streefwaarde is relatief (${change}${subject}), maar de nulmeting heeft geen waarde om dat op toe te passen. Leg eerst de nulmeting van dezelfde grootheid vast.`)];
    }
    // Same measure: the sentence the value stands in shares words with what the target changes.
    const clauses = splitClauses(r.baseline.text);
    const sentence = (at: number) => clauses.find((c) => at >= c.start && at < c.end)?.text ?? '';
    const subjectText = rel.subject;
    const full = fullPeriodMeasures(r.baseline);
    const same = subjectText ? full.filter((m) => overlapScore(subjectText, sentence(m.start)) > 0) : full;
    if (same.length > 0) return [];
    const have = measures
      .map((m) => {
        const what = m.period?.pointInTime ? 'stand' : m.period?.partial ? 'deel van een jaar' : 'andere grootheid';
        return `${num(m.value, m.unit)}${m.label ? ' ' + m.label : ''} (${m.period ? describePeriod(m.period) + ', ' : ''}${what})`;
      })
      .join('; ');
    return [
      finding('V15', 'warning', 'goalIndicator', entry.id, 'target', `De streefwaarde is relatief (${change}${subject}), maar de nulmeting meet niet hetzelfde over een heel jaar: ${have}. Leg een nulmeting vast van precies die grootheid over een volledig jaar; dan volgt de absolute streefwaarde daaruit.`),
    ];
  },
};
