/**
 * The words around adding, moving and deleting goals and uitwerkingen: their names in buttons and
 * messages, what a delete takes along, and the code a new goal gets. Pure, so it can be tested
 * without a browser.
 */
import type { Goal, SubGoal } from '../../shared/model/types.ts';
import { capitalize, listAnd, plural, shorten } from '../../shared/text/dutch.ts';

/** "doel 3"; a goal without a code is still named, by its title. */
export function goalName(goal: Pick<Goal, 'code' | 'title'>): string {
  if (goal.code.trim()) return `doel ${goal.code.trim()}`;
  return goal.title.trim() ? `doel “${shorten(goal.title, 40)}”` : 'doel zonder nummer';
}

/** "uitwerking 2 van doel 1", plus the title when there is one: uitwerkingen have no code. */
export function subGoalName(subGoal: Pick<SubGoal, 'title'>, index: number, ofGoal: string): string {
  const base = `uitwerking ${index + 1} van ${ofGoal}`;
  return subGoal.title.trim() ? `${base} “${shorten(subGoal.title, 40)}”` : base;
}

/** What deleting this goal also deletes: "4 indicatoren, 2 uitwerkingen en 9 resultaten", or "". */
export function goalLoss(goal: Goal): string {
  const results = goal.subGoals.reduce((n, s) => n + s.results.length, 0);
  return listOf([
    count(goal.indicators.length, 'indicator', 'indicatoren'),
    count(goal.subGoals.length, 'uitwerking', 'uitwerkingen'),
    count(results, 'resultaat', 'resultaten'),
    count(activityCount(goal.subGoals), 'activiteit', 'activiteiten'),
  ]);
}

export function subGoalLoss(subGoal: SubGoal): string {
  return listOf([count(subGoal.results.length, 'resultaat', 'resultaten'), count(activityCount([subGoal]), 'activiteit', 'activiteiten')]);
}

/** "Doel 3 met 4 indicatoren, 2 uitwerkingen en 9 resultaten verwijderen?" */
export function goalDeleteQuestion(goal: Goal): string {
  const loss = goalLoss(goal);
  return `${capitalize(goalName(goal))}${loss ? ` met ${loss}` : ''} verwijderen?`;
}

export function subGoalDeleteQuestion(subGoal: SubGoal, index: number, goal: Goal): string {
  const loss = subGoalLoss(subGoal);
  return `${capitalize(subGoalName(subGoal, index, goalName(goal)))}${loss ? ` met ${loss}` : ''} verwijderen?`;
}

/** Where a section stands after a move, for the screen-reader announcement. */
export function positionText(index: number, total: number): string {
  return `plaats ${index + 1} van ${total}`;
}

/**
 * The code for a goal added at the end: one past the highest whole-number code, so "Doel 5"
 * follows "Doel 4" even after "Doel 2" was deleted. Codes are never renumbered (they are the
 * council's), only proposed.
 */
export function nextGoalCode(codes: readonly string[]): string {
  const numbers = codes.map((c) => c.trim()).filter((c) => /^\d+$/.test(c)).map(Number);
  return String(numbers.length > 0 ? Math.max(...numbers) + 1 : codes.length + 1);
}

function activityCount(subGoals: readonly SubGoal[]): number {
  return subGoals.reduce((n, s) => n + s.activities.length + s.results.reduce((m, r) => m + r.activities.length, 0), 0);
}

function count(n: number, one: string, many: string): string | null {
  return n === 0 ? null : plural(n, one, many);
}

function listOf(parts: readonly (string | null)[]): string {
  return listAnd(parts.filter((p): p is string => p !== null));
}
