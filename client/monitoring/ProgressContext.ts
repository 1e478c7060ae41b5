/** Progress per indicator id, for the grid's Voortgang column and the Metingen panel. */
import { createContext, useContext } from 'react';
import type { PlacedProgress, ProgrammeProgress } from '../../shared/monitoring/index.ts';

export interface ProgressIndex {
  byId: ReadonlyMap<string, PlacedProgress>;
}

const NO_PROGRESS: ProgressIndex = { byId: new Map() };

export function indexProgress(progress: ProgrammeProgress | null): ProgressIndex {
  return progress ? { byId: new Map(progress.indicators.map((p) => [p.indicatorId, p])) } : NO_PROGRESS;
}

export const ProgressContext = createContext<ProgressIndex>(NO_PROGRESS);

export function useIndicatorProgress(indicatorId: string): PlacedProgress | null {
  return useContext(ProgressContext).byId.get(indicatorId) ?? null;
}
