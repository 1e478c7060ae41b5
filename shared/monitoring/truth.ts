/**
 * One truth per (indicator, period, scope, subgroup, source): two measurements with the same
 * five are one measurement (the import updates it; validation V41 flags two values). The period
 * compares by its canonical key ("Q3 2025" is "2025-Q3"), a measurement without a scope is the
 * municipality's, and subgroup and source compare without case and spacing.
 */
import type { Scope } from '../model/types.ts';

const words = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

export function truthKey(indicatorId: string, periodKey: string, scope: Scope | null, subgroup: string, source: string): string {
  return JSON.stringify([indicatorId, periodKey, scope ?? 'gemeente', words(subgroup), words(source)]);
}
