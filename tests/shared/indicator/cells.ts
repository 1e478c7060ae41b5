/** Every verbatim nulmeting and streefwaarde cell of the three seeded programmes. */
import { SEED_PROGRAMMES } from '../../../shared/seed/programmes.ts';

export interface RealCell {
  where: string;
  indicator: string;
  baseline: string;
  target: string;
}

export const REAL_CELLS: RealCell[] = SEED_PROGRAMMES.flatMap((p) =>
  p.goals.flatMap((g) =>
    g.indicators.map((ind, i) => ({
      where: `${p.id} doel ${g.number} indicator ${i + 1}`,
      indicator: ind.indicator,
      baseline: ind.baseline ?? '',
      target: ind.target ?? '',
    })),
  ),
);

export function cell(programme: string, goal: number, indicator: number): RealCell {
  const found = REAL_CELLS.find((c) => c.where === `${programme} doel ${goal} indicator ${indicator}`);
  if (!found) throw new Error(`no cell ${programme} ${goal} ${indicator}`);
  return found;
}

/** Result texts that state a target ("daalt of blijft maximaal 3,6%"). */
export const RESULT_TEXTS: string[] = SEED_PROGRAMMES.flatMap((p) => p.goals.flatMap((g) => g.subGoals.flatMap((s) => s.results.map((r) => r.result))));
