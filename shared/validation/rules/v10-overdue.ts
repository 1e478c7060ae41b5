/**
 * V10: a planned nulmeting (or streefwaarde) whose year has passed without a value is overdue.
 * Needs context.today (shared code has no clock); a voortgangsrapportage makes it an error.
 */
import { parseMeasurableFrom } from '../../indicator/status.ts';
import { finding } from '../finding.ts';
import type { EntityRule, Finding } from '../types.ts';

export const v10: EntityRule = {
  id: 'V10',
  title: 'Nulmeting of streefwaarde over tijd',
  scope: 'entity',
  kinds: ['goalIndicator', 'result', 'resultIndicator'],
  check(entry, env) {
    const now = env.currentYear;
    if (now === null) return [];
    const severity = env.context.stage === 'progress-report' ? 'error' : 'warning';
    const out: Finding[] = [];
    const late = (what: string, year: number) =>
      `${what} was gepland in ${year} en is er nog niet (het is nu ${now}). Voer ${what === 'De nulmeting' ? 'de nulmeting' : 'dit'} alsnog uit, of plan opnieuw en noteer de reden van het uitstel.`;
    if (entry.kind === 'goalIndicator') {
      const r = env.indicator(entry.entity);
      const b = r.baselinePlannedYear;
      if (b !== null && b < now) out.push(finding('V10', severity, 'goalIndicator', entry.id, 'baseline', late('De nulmeting', b)));
      const t = r.targetPlannedYear;
      if (t !== null && t < now) out.push(finding('V10', severity, 'goalIndicator', entry.id, 'target', late('De streefwaarde', t)));
    } else if (entry.kind === 'result') {
      const from = parseMeasurableFrom(entry.entity.measurableFrom);
      if (from?.kind === 'baseline' && from.year < now) {
        out.push(finding('V10', severity, 'result', entry.id, 'measurableFrom', late('De nulmeting', from.year)));
      }
    } else if (entry.kind === 'resultIndicator') {
      const from = parseMeasurableFrom(entry.entity.text);
      if (from?.kind === 'baseline' && from.year < now) {
        out.push(finding('V10', severity, 'resultIndicator', entry.id, 'text', late('De nulmeting', from.year)));
      }
    }
    return out;
  },
};
