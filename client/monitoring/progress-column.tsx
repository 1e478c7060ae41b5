/**
 * The grid's Voortgang column for goal indicators: the hook tables.tsx adds to its columns. It
 * shows the badge from the ProgressContext; editing happens in the Metingen panel.
 */
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { GoalIndicator } from '../../shared/model/types.ts';
import { ProgressBadge } from './ProgressBadge.tsx';
import { useIndicatorProgress } from './ProgressContext.ts';

const PROGRESS_COLUMN = 'voortgang';

function ProgressCell({ data }: ICellRendererParams<GoalIndicator>) {
  const progress = useIndicatorProgress(data?.id ?? '');
  // The grid cell is the keyboard's place already: no tab stop of its own, the words say it all.
  return progress ? <ProgressBadge progress={progress} withTooltip={false} /> : null;
}

export function progressColumn(): ColDef<GoalIndicator> {
  return {
    colId: PROGRESS_COLUMN,
    headerName: 'Voortgang',
    headerTooltip: 'Op koers, risico, achter of onbekend: uit de metingen (paneel Metingen)',
    // Flexible, so the indicator table fits its pane instead of scrolling sideways.
    flex: 1,
    minWidth: 110,
    editable: false,
    sortable: false,
    cellRenderer: ProgressCell,
    valueGetter: () => null,
  };
}
