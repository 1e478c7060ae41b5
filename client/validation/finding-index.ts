/**
 * The findings as the screen needs them: per cell (markers, tooltip), per goal (rail counts),
 * and in total (panel, top bar). Built once per validation run and handed down by context, like
 * presence.
 */
import { createContext } from 'react';
import type { Programme } from '../../shared/model/types.ts';
import type { ShownFinding } from './live-validation.ts';
import { Places, type Place } from './places.ts';

export type PlacedFinding = ShownFinding & { place: Place };

/** What a cell marker shows: the worst open finding, or that every warning there is acknowledged. */
export type MarkLevel = 'error' | 'warning' | 'acknowledged';

export interface Counts {
  error: number;
  /** Open warnings: not acknowledged. */
  warning: number;
  acknowledged: number;
  info: number;
}

export interface FindingIndex {
  all: readonly PlacedFinding[];
  byCell: ReadonlyMap<string, readonly PlacedFinding[]>;
  byGoal: ReadonlyMap<string, Counts>;
  counts: Counts;
}

export function cellKey(rowId: string, colId: string): string {
  return `${rowId}\u0001${colId}`;
}

function zero(): Counts {
  return { error: 0, warning: 0, acknowledged: 0, info: 0 };
}

function count(counts: Counts, f: ShownFinding): void {
  if (f.severity === 'error') counts.error++;
  else if (f.severity === 'info') counts.info++;
  else if (f.acknowledgement) counts.acknowledged++;
  else counts.warning++;
}

export function indexFindings(programme: Programme | null, findings: readonly ShownFinding[]): FindingIndex {
  const places = programme ? new Places(programme) : null;
  const all: PlacedFinding[] = [];
  const byCell = new Map<string, PlacedFinding[]>();
  const byGoal = new Map<string, Counts>();
  const counts = zero();
  for (const f of findings) {
    const place = places?.place(f) ?? { target: null, goalId: null, goalLabel: null, label: 'Programma' };
    const placed: PlacedFinding = { ...f, place };
    all.push(placed);
    count(counts, f);
    if (place.goalId) {
      let c = byGoal.get(place.goalId);
      if (!c) byGoal.set(place.goalId, (c = zero()));
      count(c, f);
    }
    // Infos are hints for the panel; cells only carry what needs attention.
    if (place.target && f.severity !== 'info') {
      const key = cellKey(place.target.rowId, place.target.colId);
      const list = byCell.get(key);
      if (list) list.push(placed);
      else byCell.set(key, [placed]);
    }
  }
  return { all, byCell, byGoal, counts };
}

export function markLevel(findings: readonly PlacedFinding[]): MarkLevel | null {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  if (findings.some((f) => f.severity === 'warning' && !f.acknowledgement)) return 'warning';
  if (findings.some((f) => f.acknowledgement)) return 'acknowledged';
  return null;
}

export const EMPTY_INDEX: FindingIndex = { all: [], byCell: new Map(), byGoal: new Map(), counts: zero() };

export const FindingsContext = createContext<FindingIndex>(EMPTY_INDEX);
