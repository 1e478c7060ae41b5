/** Builds the read-only environment the rules run in for one programme. */
import type { GoalIndicator, Programme } from '../model/types.ts';
import type { ValidationContext } from './context.ts';
import type { ProgrammeIndex } from './model-index.ts';
import { readIndicator, type IndicatorReading, type ParseMemo } from './reading.ts';
import type { RuleEnv } from './types.ts';

function periodYears(period: string): [number | null, number | null] {
  const years = (period.match(/(?:19|20)\d{2}/g) ?? []).map(Number);
  if (years.length === 0) return [null, null];
  return [Math.min(...years), Math.max(...years)];
}

function yearOf(date: string | undefined): number | null {
  const m = typeof date === 'string' ? /^((?:19|20)\d{2})-\d{2}-\d{2}$/.exec(date) : null;
  return m ? Number(m[1]) : null;
}

export function makeEnv(programme: Programme, index: ProgrammeIndex, context: ValidationContext, memo: ParseMemo): RuleEnv {
  const [periodStart, periodEnd] = periodYears(programme.period);
  const readings = new Map<GoalIndicator, IndicatorReading>();
  return {
    programme,
    context,
    index,
    memo,
    periodStart,
    periodEnd,
    currentYear: yearOf(context.today),
    indicator(ind) {
      let r = readings.get(ind);
      if (!r) {
        r = readIndicator(ind, memo, periodEnd);
        readings.set(ind, r);
      }
      return r;
    },
    nominalBaselineYear(goalId) {
      const perGoal = context.nominalBaselineYears;
      if (goalId !== null && perGoal && Object.prototype.hasOwnProperty.call(perGoal, goalId)) {
        const y = perGoal[goalId];
        return typeof y === 'number' ? y : null;
      }
      return typeof context.nominalBaselineYear === 'number' ? context.nominalBaselineYear : periodStart;
    },
  };
}
