/** The line per programme in GET /api/documents: what it is, how big, who is in it. */
import type { Programme } from '../../shared/model/types.ts';

export interface DocumentCounts {
  goals: number;
  goalIndicators: number;
  subGoals: number;
  results: number;
  resultIndicators: number;
  activities: number;
}

export interface DocumentSummary {
  kind: 'programme';
  id: string;
  name: string;
  municipality: string;
  period: string;
  /** Read-only for everyone (POST /documents/:id/archive). */
  archived: boolean;
  counts: DocumentCounts;
  /** Open connections (browser tabs) in the document right now. */
  connected: number;
}

export function countProgramme(programme: Programme): DocumentCounts {
  const counts: DocumentCounts = { goals: 0, goalIndicators: 0, subGoals: 0, results: 0, resultIndicators: 0, activities: 0 };
  for (const goal of programme.goals) {
    counts.goals++;
    counts.goalIndicators += goal.indicators.length;
    for (const sub of goal.subGoals) {
      counts.subGoals++;
      counts.activities += sub.activities.length;
      for (const result of sub.results) {
        counts.results++;
        counts.resultIndicators += result.indicators.length;
        counts.activities += result.activities.length;
      }
    }
  }
  return counts;
}
