/**
 * V11: a streefwaarde has a direction or comparator (≥, ≤, =, range, toename, afname, behoud,
 * relatief) and a target year (default: the end of the programme period). A bare value ("50") is
 * read as exactly that value; it is complete only when some wording (the indicator, its
 * uitwerking or goal) or the structured direction says which way it should go, so the rule reads
 * the goal's subtree.
 */
import type { Goal, GoalIndicator } from '../../model/types.ts';
import { finding } from '../finding.ts';
import type { Finding, GoalRule, RuleEnv } from '../types.ts';
import { directionWording } from './direction-wording.ts';
import { isBlank, num, quote } from './helpers.ts';

const NOT_YET = new Set(['baseline-pending', 'to-be-developed', 'delegated', 'not-measurable']);
const TARGET_NOT_SET = new Set(['target-pending', 'not-measurable', 'to-be-developed', 'delegated']);

export const v11: GoalRule = {
  id: 'V11',
  title: 'Streefwaarde met richting en jaar',
  scope: 'goal',
  check(goal, env) {
    return goal.indicators.flatMap((ind) => checkIndicator(goal, ind, env));
  },
};

function checkIndicator(goal: Goal, ind: GoalIndicator, env: RuleEnv): Finding[] {
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
  const first = t.comparators[0];
  if (!first) {
    push('error', 'In de streefwaarde is geen richting of vergelijking herkend. Schrijf bijvoorbeeld "Minimaal 70%", "Maximaal 3%", "Tussen 78% en 80%", "neemt toe" of "met 50% verminderen".');
    return out;
  }
  const year = t.targetYear ?? ind.targetYear ?? env.periodEnd;
  if (first.kind === 'exact' && first.subgroup === null && ind.direction === null && directionWording(goal, ind) === null) {
    const value = first.value !== null ? num(first.value, first.unit) : quote(ind.target, 30);
    push(
      'warning',
      `De streefwaarde ${quote(ind.target, 40)} is alleen een getal, en nergens staat of de waarde minimaal, maximaal of precies ${value} moet zijn. Schrijf bijvoorbeeld "Minimaal ${value}${year !== null ? ` in ${year}` : ''}" of "Maximaal ${value}".`,
    );
  }
  if (year === null) {
    push('error', 'De streefwaarde heeft geen jaar en het programma geen looptijd. Noem het jaar waarin de streefwaarde gehaald moet zijn.');
  } else if ((env.periodEnd !== null && year > env.periodEnd) || (env.periodStart !== null && year < env.periodStart)) {
    push('warning', `Het streefjaar ${year} valt buiten de programmaperiode ${env.programme.period}. Kies een jaar binnen de periode of leg uit waarom de streefwaarde later geldt.`);
  }
  return out;
}
