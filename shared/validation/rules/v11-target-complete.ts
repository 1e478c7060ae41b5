/**
 * V11: a streefwaarde has a direction or comparator (≥, ≤, =, range, toename, afname, behoud,
 * relatief) and a target year (default: the end of the programme period).
 */
import { finding } from '../finding.ts';
import type { EntityRule, Finding } from '../types.ts';
import { isBlank } from './helpers.ts';

const NOT_YET = new Set(['baseline-pending', 'to-be-developed', 'delegated', 'not-measurable']);
const TARGET_NOT_SET = new Set(['target-pending', 'not-measurable', 'to-be-developed', 'delegated']);

export const v11: EntityRule = {
  id: 'V11',
  title: 'Streefwaarde met richting en jaar',
  scope: 'entity',
  kinds: ['goalIndicator'],
  check(entry, env) {
    if (entry.kind !== 'goalIndicator') return [];
    const ind = entry.entity;
    if ([ind.indicator, ind.baseline, ind.target, ind.source].every(isBlank)) return [];
    const r = env.indicator(ind);
    const t = r.target;
    const out: Finding[] = [];
    const push = (severity: 'error' | 'warning', message: string) => out.push(finding('V11', severity, 'goalIndicator', ind.id, 'target', message));
    if (t.empty) {
      // Without a nulmeting an empty target is expected; V16 asks for the planned year.
      if (!NOT_YET.has(r.baseline.status?.status ?? '')) {
        push('error', 'Er is geen streefwaarde. Vul een streefwaarde in met een richting of vergelijking en het jaar, bijvoorbeeld "Minimaal 70%" of "Maximaal 3%", of noteer wanneer de streefwaarde volgt.');
      }
      return out;
    }
    if (TARGET_NOT_SET.has(t.status?.status ?? '')) return out;
    if (t.comparators.length === 0) {
      push('error', 'In de streefwaarde is geen richting of vergelijking herkend. Schrijf bijvoorbeeld "Minimaal 70%", "Maximaal 3%", "Tussen 78% en 80%", "neemt toe" of "met 50% verminderen".');
      return out;
    }
    const year = t.targetYear ?? ind.targetYear ?? env.periodEnd;
    if (year === null) {
      push('error', 'De streefwaarde heeft geen jaar en het programma geen looptijd. Noem het jaar waarin de streefwaarde gehaald moet zijn.');
    } else if ((env.periodEnd !== null && year > env.periodEnd) || (env.periodStart !== null && year < env.periodStart)) {
      push('warning', `Het streefjaar ${year} valt buiten de programmaperiode ${env.programme.period}. Kies een jaar binnen de periode of leg uit waarom de streefwaarde later geldt.`);
    }
    return out;
  },
};
