/**
 * V16: a streefwaarde that is not set yet says when it will be ("volgt in 2027 na nulmeting
 * 2026"), or why it cannot be set ("niet te bepalen" with a reason).
 */
import { finding } from '../finding.ts';
import type { EntityRule, Finding } from '../types.ts';
import { exampleYear } from './helpers.ts';

/** The year after an example year, or a placeholder when the example has none. */
function nextOf(year: string): string {
  return /^\d{4}$/.test(year) ? String(Number(year) + 1) : 'het jaar daarna';
}

export const v16: EntityRule = {
  id: 'V16',
  title: 'Ontbrekende streefwaarde heeft jaar of reden',
  scope: 'entity',
  kinds: ['goalIndicator'],
  check(entry, env) {
    if (entry.kind !== 'goalIndicator') return [];
    const r = env.indicator(entry.entity);
    const t = r.target;
    const out: Finding[] = [];
    const push = (message: string) => out.push(finding('V16', 'warning', 'goalIndicator', entry.id, 'target', message));
    const baselineStatus = r.baseline.status?.status;
    const plannedBaseline = r.baselinePlannedYear;
    const suggestion = plannedBaseline !== null ? ` (de nulmeting staat voor ${plannedBaseline}; bijvoorbeeld "Streefwaarde volgt in ${plannedBaseline + 1} na nulmeting ${plannedBaseline}")` : ` (bijvoorbeeld "Streefwaarde volgt in ${nextOf(exampleYear(env))} na nulmeting ${exampleYear(env)}")`;
    if (t.empty) {
      if (baselineStatus === 'baseline-pending' || baselineStatus === 'to-be-developed' || baselineStatus === 'not-measurable') {
        push(`De streefwaarde is leeg. Noteer wanneer de streefwaarde volgt${suggestion}.`);
      }
      return out;
    }
    const s = t.status;
    if (!s) return out;
    if (s.status === 'target-pending' && r.targetPlannedYear === null) {
      push(`De streefwaarde volgt later, maar er staat geen jaar bij. Noem het jaar waarin de streefwaarde wordt vastgesteld${suggestion}.`);
    } else if (s.status === 'not-measurable' && r.reason === null) {
      push('De streefwaarde is "niet te bepalen", maar er staat geen reden bij. Schrijf erbij waarom er geen streefwaarde kan komen.');
    } else if (s.status === 'to-be-developed') {
      push(`De streefwaarde is nog te ontwikkelen. Noem het jaar waarin ze wordt vastgesteld${suggestion}.`);
    }
    return out;
  },
};
