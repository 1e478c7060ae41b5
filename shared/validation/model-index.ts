/**
 * A flat, ordered view of a programme: every entity with its parent, its goal and its position.
 * The incremental validator uses it to map a changed id to the rules that read it.
 */
import type { Programme } from '../model/types.ts';
import type { FindingEntityKind, IndexEntry } from './types.ts';

export interface ProgrammeIndex {
  entries: IndexEntry[];
  /** All entries with this id, in document order (ids should be unique; V1 reports when not). */
  byId: Map<string, IndexEntry[]>;
  positionOf(id: string, kind: FindingEntityKind): number;
}

export function buildIndex(programme: Programme): ProgrammeIndex {
  const entries: IndexEntry[] = [];
  const push = (e: Omit<IndexEntry, 'position'>) => entries.push({ ...e, position: entries.length } as IndexEntry);
  for (const goal of programme.goals) {
    const goalId = goal.id;
    push({ kind: 'goal', entity: goal, id: goal.id, parentId: null, goalId });
    for (const ind of goal.indicators) {
      push({ kind: 'goalIndicator', entity: ind, id: ind.id, parentId: goal.id, goalId });
      for (const m of ind.measurements) push({ kind: 'measurement', entity: m, id: m.id, parentId: ind.id, goalId });
    }
    for (const sub of goal.subGoals) {
      push({ kind: 'subGoal', entity: sub, id: sub.id, parentId: goal.id, goalId });
      for (const res of sub.results) {
        push({ kind: 'result', entity: res, id: res.id, parentId: sub.id, goalId });
        for (const ri of res.indicators) {
          push({ kind: 'resultIndicator', entity: ri, id: ri.id, parentId: res.id, goalId });
          // A changed measurement re-runs the goal rules of its goal (V41, V42).
          for (const m of ri.measurements) push({ kind: 'measurement', entity: m, id: m.id, parentId: ri.id, goalId });
        }
        for (const a of res.activities) push({ kind: 'activity', entity: a, id: a.id, parentId: res.id, goalId });
      }
      for (const a of sub.activities) push({ kind: 'activity', entity: a, id: a.id, parentId: sub.id, goalId });
    }
  }
  // After the goals: the ranking's findings are listed after the tables'.
  for (const p of programme.priorities ?? []) push({ kind: 'priority', entity: p, id: p.id, parentId: null, goalId: null });
  const byId = new Map<string, IndexEntry[]>();
  for (const e of entries) {
    const list = byId.get(e.id);
    if (list) list.push(e);
    else byId.set(e.id, [e]);
  }
  return {
    entries,
    byId,
    positionOf(id, kind) {
      if (kind === 'programme') return -1;
      if (kind === 'engine') return entries.length;
      return byId.get(id)?.[0]?.position ?? entries.length;
    },
  };
}
