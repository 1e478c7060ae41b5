/**
 * The absolute value a relative target comes down to ("met 50% verminderen" on a baseline of 30
 * gives 15), so the cell editor can show it. Only when the baseline has a full-period value.
 */
import type { Measure, ParsedCell, Unit } from './types.ts';

export interface ImpliedTarget {
  value: number;
  unit: Unit | null;
  basis: Measure;
}

/** Baseline measures a relative target can be applied to: not part-year, not a one-day stock. */
export function fullPeriodMeasures(baseline: ParsedCell): Measure[] {
  return baseline.measures.filter(
    (m) => (m.role === 'primary' || m.role === 'additional') && !(m.period?.partial ?? false) && !(m.period?.pointInTime ?? false),
  );
}

export function impliedTarget(baseline: ParsedCell, target: ParsedCell): ImpliedTarget | null {
  const relative = target.comparators.find((c) => c.kind === 'relative');
  if (!relative || relative.percent === null) return null;
  const basis = fullPeriodMeasures(baseline).find((m) => m.unit !== '%' || relative.unit === '%') ?? null;
  if (!basis) return null;
  return { value: basis.value * (1 + relative.percent / 100), unit: basis.unit, basis };
}
