/**
 * Indicators have no code of their own in the council document; Koers names them by the row they
 * hang under and their place there: "<goal code>-I<n>" for the n-th indicator of a goal
 * ("1-I2"), "<result code>-I<n>" for the n-th indicator of a result ("1.1-I2"). The code follows
 * the order, so moving an indicator renumbers it; the id never changes, and every file Koers
 * writes carries both (the import prefers the id).
 */
import type { GoalIndicator, Programme, ResultIndicator } from '../model/types.ts';

export type IndicatorKind = 'goalIndicator' | 'resultIndicator';

export interface IndicatorPlace {
  kind: IndicatorKind;
  id: string;
  code: string;
  indicator: GoalIndicator | ResultIndicator;
  goalId: string;
  goalCode: string;
  /** For a result indicator: its result. */
  resultId: string | null;
  resultCode: string | null;
  /** The indicator's wording. */
  text: string;
}

export function indicatorCode(parentCode: string, index: number): string {
  return `${parentCode.trim() || '?'}-I${index + 1}`;
}

/** Every indicator of the programme in document order: goal indicators, then each result's. */
export function indicatorPlaces(programme: Programme): IndicatorPlace[] {
  const out: IndicatorPlace[] = [];
  for (const goal of programme.goals) {
    const base = { goalId: goal.id, goalCode: goal.code };
    goal.indicators.forEach((ind, i) =>
      out.push({ ...base, kind: 'goalIndicator', id: ind.id, code: indicatorCode(goal.code, i), indicator: ind, resultId: null, resultCode: null, text: ind.indicator }),
    );
    for (const sub of goal.subGoals) {
      for (const result of sub.results) {
        result.indicators.forEach((ind, i) =>
          out.push({ ...base, kind: 'resultIndicator', id: ind.id, code: indicatorCode(result.code, i), indicator: ind, resultId: result.id, resultCode: result.code, text: ind.text }),
        );
      }
    }
  }
  return out;
}

/** Code -> ids (a code can repeat when two goals or results share a code). */
export function indicatorsByCode(places: readonly IndicatorPlace[]): Map<string, IndicatorPlace[]> {
  const out = new Map<string, IndicatorPlace[]>();
  for (const place of places) {
    const key = normaliseCode(place.code);
    const list = out.get(key);
    if (list) list.push(place);
    else out.set(key, [place]);
  }
  return out;
}

/** How a typed code is compared: no spaces, the I in either case ("1.1 - i2" finds "1.1-I2"). */
export function normaliseCode(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}
