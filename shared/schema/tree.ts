/**
 * How the row kinds nest into a Programme: which lists of child rows a row carries. The rows'
 * own fields come from their kind's declaration; this is only the shape of the tree.
 */
import type { EntityKind } from './index.ts';

export interface ChildList {
  /** Property of the parent row that holds the list. */
  key: string;
  kind: EntityKind;
}

export const TOP_LEVEL_KIND: EntityKind = 'goal';


export const CHILD_LISTS: Readonly<Record<EntityKind, readonly ChildList[]>> = {
  goal: [
    { key: 'indicators', kind: 'goalIndicator' },
    { key: 'subGoals', kind: 'subGoal' },
  ],
  goalIndicator: [{ key: 'measurements', kind: 'measurement' }],
  subGoal: [
    { key: 'results', kind: 'result' },
    { key: 'activities', kind: 'activity' },
  ],
  result: [
    { key: 'indicators', kind: 'resultIndicator' },
    { key: 'activities', kind: 'activity' },
  ],
  resultIndicator: [{ key: 'measurements', kind: 'measurement' }],
  activity: [],
  measurement: [],
  priority: [],
};
