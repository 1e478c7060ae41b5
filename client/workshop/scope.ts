/** The 'Onderwerp' of a new werkatelier: the whole programme, one goal or one uitwerking. */
import type { Programme } from '../../shared/model/types.ts';
import { shorten } from '../../shared/text/dutch.ts';
import type { WorkshopScope } from '../../shared/workshop/types.ts';
import { goalLabel } from '../../shared/workshop/slice.ts';

export interface ScopeOption {
  value: string;
  label: string;
  scope: WorkshopScope;
}

export const WHOLE_PROGRAMME = 'programma';

/** Option lists stay readable; the full text is in the table itself. */
const OPTION_LENGTH = 90;

export function scopeOptions(programme: Programme | null): ScopeOption[] {
  const options: ScopeOption[] = [{ value: WHOLE_PROGRAMME, label: 'Het hele programma', scope: { kind: 'programme' } }];
  if (!programme) return options;
  for (const goal of programme.goals) {
    options.push({ value: `doel:${goal.id}`, label: goalOption(goal.code, goal.title), scope: { kind: 'goal', rowId: goal.id } });
    goal.subGoals.forEach((subGoal, index) => {
      options.push({
        value: `uitwerking:${subGoal.id}`,
        label: `Uitwerking ${subGoalCode(goal.code, index)}: ${shorten(subGoal.title, OPTION_LENGTH)}`,
        scope: { kind: 'subGoal', rowId: subGoal.id },
      });
    });
  }
  return options;
}

/** Words for a scope in lists, with the programme when the row is unknown (removed since). */
export function scopeLabel(scope: WorkshopScope, programme: Programme | null): string {
  if (scope.kind === 'programme') return 'Het hele programma';
  const option = scopeOptions(programme).find((o) => o.scope.kind === scope.kind && 'rowId' in o.scope && o.scope.rowId === scope.rowId);
  if (option) return option.label;
  return scope.kind === 'goal' ? 'Eén doel' : 'Eén uitwerking';
}

function goalOption(code: string, title: string): string {
  return `${goalLabel(code) || 'Doel'}: ${shorten(title, OPTION_LENGTH)}`;
}

function subGoalCode(goalCode: string, index: number): string {
  const number = goalCode.replace(/^doel\s*/i, '');
  return number ? `${number}.${index + 1}` : String(index + 1);
}
