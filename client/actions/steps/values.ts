/** Step 3: every stored value the action writes fits its field, checked before anything is written. */
import { checkFieldValue } from '../../../shared/model/entities.ts';
import type { FieldWrite } from '../action.ts';

/** Null when all fit, else the Dutch reason for the first that does not. */
export function refusedValue(writes: readonly FieldWrite[]): string | null {
  for (const write of writes) {
    const problem = checkFieldValue(write.kind, write.field, write.value);
    if (problem) return `Niet opgeslagen: ${problem}`;
  }
  return null;
}
