/** The section toolbars of one goal, one uitwerking, and the end of the programme. */
import type { Goal, SubGoal } from '../../shared/model/types.ts';
import { addGoal, addSubGoal, deleteGoal, deleteSubGoal, moveGoal, moveSubGoal } from './section-actions.ts';
import { goalName, subGoalName } from './section-wording.ts';
import { useSession } from './SessionContext.ts';
import { SectionToolbar, useSectionEditing } from './SectionToolbar.tsx';

const up = <span aria-hidden="true">↑</span>;
const down = <span aria-hidden="true">↓</span>;
const plus = <span aria-hidden="true">+</span>;

export function GoalButtons({ goal, index, count }: { goal: Goal; index: number; count: number }) {
  const session = useSession();
  if (!useSectionEditing()) return null;
  const name = goalName(goal);
  return (
    <SectionToolbar
      label={`Onderdelen van ${name}`}
      buttons={[
        { key: 'add', text: <>{plus} Uitwerking toevoegen</>, label: `Uitwerking toevoegen: ${name}`, onClick: () => void addSubGoal(session, goal.id) },
        { key: 'up', text: <>{up} Doel omhoog</>, label: `Doel omhoog: ${name}`, disabled: index === 0, onClick: () => void moveGoal(session, goal.id, -1) },
        { key: 'down', text: <>{down} Doel omlaag</>, label: `Doel omlaag: ${name}`, disabled: index === count - 1, onClick: () => void moveGoal(session, goal.id, 1) },
        { key: 'delete', text: 'Doel verwijderen', label: `Doel verwijderen: ${name}`, danger: true, onClick: () => void deleteGoal(session, goal.id) },
      ]}
    />
  );
}

export function SubGoalButtons({ goalId, ofGoal, subGoal, index, count }: { goalId: string; ofGoal: string; subGoal: SubGoal; index: number; count: number }) {
  const session = useSession();
  if (!useSectionEditing()) return null;
  const name = subGoalName(subGoal, index, ofGoal);
  return (
    <SectionToolbar
      label={`Onderdelen van ${name}`}
      buttons={[
        { key: 'up', text: <>{up} Uitwerking omhoog</>, label: `Uitwerking omhoog: ${name}`, disabled: index === 0, onClick: () => void moveSubGoal(session, goalId, subGoal.id, -1) },
        { key: 'down', text: <>{down} Uitwerking omlaag</>, label: `Uitwerking omlaag: ${name}`, disabled: index === count - 1, onClick: () => void moveSubGoal(session, goalId, subGoal.id, 1) },
        { key: 'delete', text: 'Uitwerking verwijderen', label: `Uitwerking verwijderen: ${name}`, danger: true, onClick: () => void deleteSubGoal(session, goalId, subGoal.id) },
      ]}
    />
  );
}

export function ProgrammeButtons() {
  const session = useSession();
  if (!useSectionEditing()) return null;
  return (
    <SectionToolbar
      label="Doelen"
      className="programme-end"
      buttons={[{ key: 'add', text: <>{plus} Doel toevoegen</>, label: 'Doel toevoegen aan het eind van het programma', onClick: () => void addGoal(session) }]}
    />
  );
}
