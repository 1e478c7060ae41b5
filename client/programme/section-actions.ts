/**
 * Adding, moving and deleting goals and uitwerkingen: the flows around the actions of
 * client/actions/section-changes.ts. Each is one transaction with the session's
 * origin (one Ctrl+Z), goes through the council lock like any row change, moves focus to the
 * section it concerns and says what happened in the page's live region (the notices).
 * Positions and neighbours are read from the live programme when the action runs, not from the
 * render that drew the button: a colleague may have changed them since.
 */
import type { Goal } from '../../shared/model/types.ts';
import * as sections from '../actions/section-changes.ts';
import { heading } from '../actions/section-changes.ts';
import { focusHeadingSoon } from './focus-heading.ts';
import type { Session } from './session.ts';
import { capitalize } from '../../shared/text/dutch.ts';
import {
  goalDeleteQuestion,
  goalLoss,
  goalName,
  nextGoalCode,
  positionText,
  subGoalDeleteQuestion,
  subGoalLoss,
  subGoalName,
} from './section-wording.ts';

const UNDO_HINT = 'Ctrl+Z maakt dit ongedaan.';

function goals(session: Session): Goal[] {
  return session.programme.get()?.goals ?? [];
}

function findGoal(session: Session, goalId: string): { goal: Goal; index: number; all: Goal[] } | null {
  const all = goals(session);
  const index = all.findIndex((g) => g.id === goalId);
  return index < 0 ? null : { goal: all[index]!, index, all };
}

export async function addGoal(session: Session): Promise<void> {
  const all = goals(session);
  const code = nextGoalCode(all.map((g) => g.code));
  const last = all[all.length - 1];
  const added = await session.actions.request(sections.addGoal, { code, lastId: last?.id ?? null, place: `Doel ${code} toevoegen aan het programma` });
  if (!added.ok || !added.result) return;
  // After adoption the title is locked again once the add is done; asking twice in a row would
  // only confuse, so then the officer starts editing with the pencil.
  session.requestFocus({ rowId: added.result, colId: 'title', edit: !session.council.rowsLocked('goal') });
  session.notify(`Doel ${code} toegevoegd aan het eind van het programma. Vul de titel in.`, 'info');
}

export async function moveGoal(session: Session, goalId: string, step: -1 | 1): Promise<void> {
  const found = findGoal(session, goalId);
  if (!found) return;
  const { goal, index, all } = found;
  const to = index + step;
  if (to < 0 || to >= all.length) return;
  const name = capitalize(goalName(goal));
  const moved = await session.actions.request(sections.moveSection, {
    kind: 'goal',
    rowId: goal.id,
    step,
    positions: { from: index + 1, to: to + 1 },
    place: `${name} verplaatsen naar ${positionText(to, all.length)}`,
  });
  if (!moved.ok || !moved.result) return;
  session.requestFocus(heading(goal.id));
  session.notify(`${name} staat nu op ${positionText(to, all.length)}. ${UNDO_HINT}`, 'info');
}

export async function deleteGoal(session: Session, goalId: string): Promise<void> {
  const before = findGoal(session, goalId);
  if (!before) return;
  const ok = await session.confirm({
    title: `${capitalize(goalName(before.goal))} verwijderen`,
    message: `${goalDeleteQuestion(before.goal)} Je kunt dit ongedaan maken met Ctrl+Z.`,
    confirmLabel: 'Verwijderen',
  });
  if (!ok) return;
  // Read again: a colleague may have added an indicator while the question was open.
  const found = findGoal(session, goalId);
  if (!found) return;
  const { goal, index, all } = found;
  const name = capitalize(goalName(goal));
  const loss = goalLoss(goal);
  const neighbour = all[index - 1] ?? all[index + 1];
  const deleted = await session.actions.request(sections.deleteGoal, { goal, place: `${name} verwijderen` });
  if (!deleted.ok) return;
  if (neighbour) session.requestFocus(heading(neighbour.id));
  else focusHeadingSoon('inhoud');
  session.notify(`${name} verwijderd${loss ? `, met ${loss}` : ''}. ${UNDO_HINT}`, 'info');
}

export async function addSubGoal(session: Session, goalId: string): Promise<void> {
  const found = findGoal(session, goalId);
  if (!found) return;
  const { goal } = found;
  const added = await session.actions.request(sections.addSubGoal, { goalId: goal.id, place: `${capitalize(goalName(goal))}: nieuwe uitwerking` });
  if (!added.ok || !added.result) return;
  session.requestFocus({ rowId: added.result, colId: 'title', edit: true });
  const count = goal.subGoals.length + 1;
  session.notify(`Uitwerking toegevoegd aan ${goalName(goal)} (uitwerking ${count} van ${count}). Vul de titel in.`, 'info');
}

function findSubGoal(session: Session, goalId: string, subGoalId: string) {
  const found = findGoal(session, goalId);
  if (!found) return null;
  const index = found.goal.subGoals.findIndex((s) => s.id === subGoalId);
  return index < 0 ? null : { goal: found.goal, subGoal: found.goal.subGoals[index]!, index };
}

export async function moveSubGoal(session: Session, goalId: string, subGoalId: string, step: -1 | 1): Promise<void> {
  const found = findSubGoal(session, goalId, subGoalId);
  if (!found) return;
  const { goal, subGoal, index } = found;
  const total = goal.subGoals.length;
  const to = index + step;
  if (to < 0 || to >= total) return;
  const title = subGoal.title.trim() ? `“${subGoal.title.trim()}”` : 'zonder titel';
  const place = `${capitalize(subGoalName(subGoal, index, goalName(goal)))} verplaatsen naar ${positionText(to, total)}`;
  const moved = await session.actions.request(sections.moveSection, { kind: 'subGoal', rowId: subGoal.id, step, positions: { from: index + 1, to: to + 1 }, place });
  if (!moved.ok || !moved.result) return;
  session.requestFocus(heading(subGoal.id));
  session.notify(`Uitwerking ${title} staat nu op ${positionText(to, total)} bij ${goalName(goal)}. ${UNDO_HINT}`, 'info');
}

export async function deleteSubGoal(session: Session, goalId: string, subGoalId: string): Promise<void> {
  const before = findSubGoal(session, goalId, subGoalId);
  if (!before) return;
  const ok = await session.confirm({
    title: 'Uitwerking verwijderen',
    message: `${subGoalDeleteQuestion(before.subGoal, before.index, before.goal)} Je kunt dit ongedaan maken met Ctrl+Z.`,
    confirmLabel: 'Verwijderen',
  });
  if (!ok) return;
  const found = findSubGoal(session, goalId, subGoalId);
  if (!found) return;
  const { goal, subGoal, index } = found;
  const name = capitalize(subGoalName(subGoal, index, goalName(goal)));
  const loss = subGoalLoss(subGoal);
  const neighbour = goal.subGoals[index - 1] ?? goal.subGoals[index + 1];
  const deleted = await session.actions.request(sections.deleteSubGoal, { subGoal, place: `${name} verwijderen` });
  if (!deleted.ok) return;
  session.requestFocus(heading(neighbour?.id ?? goal.id));
  session.notify(`${name} verwijderd${loss ? `, met ${loss}` : ''}. ${UNDO_HINT}`, 'info');
}
