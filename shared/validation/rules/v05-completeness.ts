/**
 * V5: every uitwerking has results; from the 2025 cost exercise on every result should have
 * activities. Activities under the uitwerking count for all its results (the documents list
 * them that way). Info until context.requireActivities says the cost exercise has started.
 */
import { finding } from '../finding.ts';
import type { Finding, GoalRule } from '../types.ts';
import { isBlank } from './helpers.ts';

export const v05: GoalRule = {
  id: 'V5',
  title: 'Uitwerking heeft resultaten, resultaat heeft activiteiten',
  scope: 'goal',
  check(goal, env) {
    const out: Finding[] = [];
    if (goal.subGoals.length === 0) {
      out.push(finding('V5', 'warning', 'goal', goal.id, null, 'Dit doel heeft geen uitwerking. Voeg een uitwerking toe met de resultaten die bij dit doel horen.'));
    }
    const severity = env.context.requireActivities ? 'warning' : 'info';
    for (const sub of goal.subGoals) {
      if (sub.results.length === 0) {
        out.push(finding('V5', 'warning', 'subGoal', sub.id, null, 'Deze uitwerking heeft geen resultaten. Voeg ten minste één resultaat toe; monitoring en bijsturing gebeuren op resultaatniveau.'));
      }
      const shared = sub.activities.some((a) => !isBlank(a.text));
      if (shared) continue;
      for (const res of sub.results) {
        if (res.activities.some((a) => !isBlank(a.text))) continue;
        out.push(finding('V5', severity, 'result', res.id, null, 'Aan dit resultaat is nog geen activiteit gekoppeld. Voeg de activiteiten toe die eraan bijdragen, zodat ook hun kosten aan het resultaat gekoppeld kunnen worden.'));
      }
    }
    return out;
  },
};
