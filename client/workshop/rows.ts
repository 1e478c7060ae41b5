/** How a row of the slice is named on the phone and the projector. */
import { shorten } from '../../shared/text/dutch.ts';
import type { SliceRow } from '../../shared/workshop/types.ts';

export const ROW_KIND_LABELS: Record<SliceRow['kind'], string> = {
  goal: 'Doel',
  subGoal: 'Uitwerking',
  result: 'Resultaat',
};

/** Short name for buttons and form labels: the code when there is one. */
export function rowShortName(row: Pick<SliceRow, 'kind' | 'code' | 'text'>): string {
  if (row.code) return /^doel/i.test(row.code) ? row.code : `${ROW_KIND_LABELS[row.kind]} ${row.code}`;
  return shorten(row.text, 40);
}
