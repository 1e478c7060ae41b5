/**
 * Where a row without a place is on screen: its line in the "Zonder plaats" section at the end
 * of the programme. A focus request (from the Problemen panel, or undo) names it by this colId,
 * which no table has, so only the section answers it.
 */
import type { CellRef } from '../../actions/action.ts';

/** The section's name, also the group it gets in the Problemen panel. */
export const ORPHANS_GROUP = 'Zonder plaats';

export const ORPHANS_SECTION_ID = 'zonder-plaats';

const ORPHAN_COLUMN = '@zonder-plaats';

export function orphanFocus(rowId: string): CellRef {
  return { rowId, colId: ORPHAN_COLUMN };
}

export function orphanLineId(rowId: string): string {
  return `zonder-plaats-${rowId}`;
}
