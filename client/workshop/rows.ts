/** How a row of the slice is named on the phone and the projector. */
import { shorten } from '../../shared/text/dutch.ts';
import type { SliceRow } from '../../shared/workshop/types.ts';

const ROW_KIND_LABELS: Record<SliceRow['kind'], string> = {
  goal: 'Doel',
  subGoal: 'Uitwerking',
  result: 'Resultaat',
};

/**
 * The kind and code as one heading: "Resultaat 1.3", "Uitwerking". A goal's slice code already
 * says "Doel 1" (shared/workshop/slice.ts), so the kind is not written twice.
 */
export function rowHeading(row: Pick<SliceRow, 'kind' | 'code'>): string {
  const label = ROW_KIND_LABELS[row.kind];
  if (!row.code) return label;
  return row.code.toLowerCase().startsWith(label.toLowerCase()) ? row.code : `${label} ${row.code}`;
}

/** Short name for buttons and form labels: the code when there is one. */
export function rowShortName(row: Pick<SliceRow, 'kind' | 'code' | 'text'>): string {
  return row.code ? rowHeading(row) : shorten(row.text, 40);
}
