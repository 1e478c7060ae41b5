/**
 * The rows without a place as the section shows them: each with its depth (children are
 * indented under the row they hang under) and how many rows hang below it; and the places a row
 * of a kind may be moved to. Pure, from the programme as read.
 */
import { orphanDepths } from '../../../shared/doc/index.ts';
import { PARENT_KINDS, type EntityKind } from '../../../shared/model/entities.ts';
import type { Orphan, Programme } from '../../../shared/model/types.ts';
import { rowNameText } from '../../../shared/schema/row-name.ts';
import { shorten } from '../../../shared/text/dutch.ts';

export interface OrphanLine {
  orphan: Orphan;
  /** 0 for a row whose own parent is gone, 1 for its child, ... */
  depth: number;
  /** "Resultaat 9.9: Offline bedacht" */
  text: string;
  /** Rows below it in the list (they go along when it is moved or deleted). */
  below: number;
}

/** readProgramme lists orphans depth first, each row after its parent. */
export function orphanLines(orphans: readonly Orphan[]): OrphanLine[] {
  const depths = orphanDepths(orphans);
  const lines = orphans.map((orphan, i) => ({ orphan, depth: depths[i]!, text: rowNameText(orphan.kind, orphan.row), below: 0 }));
  lines.forEach((line, i) => {
    let j = i + 1;
    while (j < lines.length && lines[j]!.depth > line.depth) j++;
    line.below = j - i - 1;
  });
  return lines;
}

export interface ParentChoice {
  id: string;
  kind: EntityKind;
  /** As the option says it: "Uitwerking 2: Schulden voorkomen". */
  label: string;
  /** The new place in a sentence: "uitwerking 2 van doel 1". */
  place: string;
}

export interface ParentGroup {
  /** "Doel 1: Inwoners doen mee" */
  label: string;
  choices: ParentChoice[];
}

const MAX = 70;

/** The rows in the programme a row of this kind may hang under, per goal, in the document's order. */
export function parentChoices(programme: Programme, kind: EntityKind): ParentGroup[] {
  const allowed = PARENT_KINDS[kind];
  const groups: ParentGroup[] = [];
  for (const goal of programme.goals) {
    const goalName = `Doel ${goal.code || '?'}`;
    const choices: ParentChoice[] = [];
    if (allowed.includes('goal')) choices.push({ id: goal.id, kind: 'goal', label: shorten(rowNameText('goal', goal), MAX), place: goalName.toLowerCase() });
    goal.subGoals.forEach((sub, s) => {
      const subName = `Uitwerking ${s + 1}`;
      const subPlace = `${subName.toLowerCase()} van ${goalName.toLowerCase()}`;
      if (allowed.includes('subGoal')) choices.push({ id: sub.id, kind: 'subGoal', label: shorten(`${subName}: ${sub.title || '(zonder titel)'}`, MAX), place: subPlace });
      if (!allowed.includes('result')) return;
      for (const result of sub.results) {
        const name = rowNameText('result', result);
        const resultPlace = result.code ? `resultaat ${result.code}` : `resultaat “${shorten(result.text, 30)}”`;
        choices.push({ id: result.id, kind: 'result', label: shorten(`${subName} › ${name}`, MAX), place: `${resultPlace} bij ${subPlace}` });
      }
    });
    if (choices.length > 0) groups.push({ label: shorten(`${goalName}: ${goal.title || '(zonder titel)'}`, MAX), choices });
  }
  return groups;
}
