/** One goal laid out like the council document: heading, effect, indicator table, uitwerkingen. */
import { memo } from 'react';
import type { Goal, SubGoal } from '../../shared/model/types.ts';
import { EditableText } from './EditableText.tsx';
import { ActivityTable, GoalIndicatorTable, ResultTable } from './tables.tsx';
import { GoalButtons, SubGoalButtons } from './SectionButtons.tsx';
import { goalName } from './section-wording.ts';
import { goal as goalKind, subGoal as subGoalKind } from '../../shared/schema/index.ts';

export function goalHeadingId(goalId: string): string {
  return `kop-${goalId}`;
}

export function subGoalHeadingId(subGoalId: string): string {
  return `kop-${subGoalId}`;
}

export const GoalSection = memo(function GoalSection({
  goal,
  targetHeader,
  index,
  count,
}: {
  goal: Goal;
  targetHeader: string;
  /** Place among the goals, for the move buttons. */
  index: number;
  count: number;
}) {
  const headingId = goalHeadingId(goal.id);
  const goalLabel = goal.code ? `doel ${goal.code}` : 'doel';
  return (
    <section className="goal" aria-labelledby={headingId}>
      <EditableText
        as="h2"
        headingId={headingId}
        className="goal-heading"
        kind="goal"
        rowId={goal.id}
        editLabel={`Nummer en titel van ${goalLabel} bewerken`}
        place={`Doel ${goal.code || '?'} · Nummer en titel`}
        fields={[
          { field: 'code', label: goalKind.fields.code.label, value: goal.code, size: 6 },
          { field: 'title', label: 'Titel van het doel', value: goal.title, multiline: true },
        ]}
      >
        <span className="goal-code">Doel {goal.code || '?'}:</span> {goal.title || <span className="empty">Titel nog niet ingevuld</span>}
      </EditableText>
      <GoalButtons goal={goal} index={index} count={count} />
      <div className="effect">
        <p className="field-label">{goalKind.fields.societalEffect.label}</p>
        <EditableText
          kind="goal"
          rowId={goal.id}
          editLabel={`Maatschappelijk effect van ${goalLabel} bewerken`}
          place={`Doel ${goal.code || '?'} · Maatschappelijk effect`}
          fields={[{ field: 'societalEffect', label: goalKind.fields.societalEffect.label, value: goal.societalEffect, multiline: true }]}
        />
      </div>
      <h3 className="table-heading">Indicatoren bij {goalLabel}</h3>
      <GoalIndicatorTable goalId={goal.id} goalCode={goal.code} indicators={goal.indicators} targetHeader={targetHeader} />
      {goal.subGoals.map((sub, i) => (
        <SubGoalSection
          key={sub.id}
          subGoal={sub}
          goalId={goal.id}
          ofGoal={goalName(goal)}
          goalLabel={goalLabel}
          index={i}
          count={goal.subGoals.length}
        />
      ))}
    </section>
  );
});

const SubGoalSection = memo(function SubGoalSection({
  subGoal,
  goalId,
  ofGoal,
  goalLabel,
  index,
  count,
}: {
  subGoal: SubGoal;
  goalId: string;
  /** The goal's name in the section buttons ("doel 1"). */
  ofGoal: string;
  goalLabel: string;
  index: number;
  /** Uitwerkingen of this goal, for the move buttons. */
  count: number;
}) {
  const headingId = subGoalHeadingId(subGoal.id);
  const name = `uitwerking ${index + 1} van ${goalLabel}`;
  return (
    <section className="subgoal" aria-labelledby={headingId}>
      <EditableText
        as="h3"
        headingId={headingId}
        className="subgoal-heading"
        kind="subGoal"
        rowId={subGoal.id}
        editLabel={`Titel van ${name} bewerken`}
        fields={[{ field: 'title', label: subGoalKind.fields.title.label, value: subGoal.title, multiline: true }]}
      >
        <span className="subgoal-prefix">Uitwerking doel:</span> {subGoal.title || <span className="empty">Nog niet ingevuld</span>}
      </EditableText>
      <SubGoalButtons goalId={goalId} ofGoal={ofGoal} subGoal={subGoal} index={index} count={count} />
      <div className="problem">
        <p className="field-label">{subGoalKind.fields.problem.label}</p>
        <EditableText
          kind="subGoal"
          rowId={subGoal.id}
          editLabel={`Probleem/aanleiding van ${name} bewerken`}
          fields={[{ field: 'problem', label: subGoalKind.fields.problem.label, value: subGoal.problem, multiline: true }]}
        />
      </div>
      <h4 className="table-heading">Resultaten</h4>
      <ResultTable subGoalId={subGoal.id} label={`Resultaten bij ${name}`} results={subGoal.results} />
      <h4 className="table-heading">Activiteiten</h4>
      <ActivityTable subGoalId={subGoal.id} label={`Activiteiten bij ${name}`} activities={subGoal.activities} />
    </section>
  );
});
