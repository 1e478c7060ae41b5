/** The part of a programme a werkatelier covers, flattened for participants and the tally. */
import type { Goal, Programme, SubGoal } from '../model/types.ts';
import type { SliceRow, WorkshopScope } from './types.ts';

/** "Doel 3" for a goal whose stored code is "3"; a code that already says Doel is kept. */
export function goalLabel(code: string): string {
  const trimmed = code.trim();
  if (trimmed === '') return '';
  return /^doel\b/i.test(trimmed) ? trimmed : `Doel ${trimmed}`;
}

/** Goal, uitwerking and result rows of the scope, in document order; empty when the scope row is gone. */
export function sliceOf(programme: Programme, scope: WorkshopScope): SliceRow[] {
  const rows: SliceRow[] = [];
  const addSubGoal = (goalId: string, sub: SubGoal) => {
    rows.push({ id: sub.id, kind: 'subGoal', code: '', text: sub.title, parentId: goalId });
    for (const result of sub.results) rows.push({ id: result.id, kind: 'result', code: result.code, text: result.text, parentId: sub.id });
  };
  const addGoal = (goal: Goal) => {
    rows.push({ id: goal.id, kind: 'goal', code: goalLabel(goal.code), text: goal.title, parentId: null });
    for (const sub of goal.subGoals) addSubGoal(goal.id, sub);
  };
  switch (scope.kind) {
    case 'programme':
      programme.goals.forEach(addGoal);
      break;
    case 'goal': {
      const goal = programme.goals.find((g) => g.id === scope.rowId);
      if (goal) addGoal(goal);
      break;
    }
    case 'subGoal':
      for (const goal of programme.goals) {
        const sub = goal.subGoals.find((s) => s.id === scope.rowId);
        if (sub) addSubGoal(goal.id, sub);
      }
      break;
  }
  return rows;
}

/** A scope from a request body, or null when it has the wrong shape. */
export function parseScope(value: unknown): WorkshopScope | null {
  if (typeof value !== 'object' || value === null) return null;
  const { kind, rowId } = value as Record<string, unknown>;
  if (kind === 'programme') return { kind: 'programme' };
  if ((kind === 'goal' || kind === 'subGoal') && typeof rowId === 'string' && rowId.length > 0 && rowId.length <= 128) {
    return { kind, rowId };
  }
  return null;
}
