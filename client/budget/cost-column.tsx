/**
 * The programme grid's read-only Kosten column for results and activities: what the budget
 * plans pay for the row (and below it), live from LiveCosts; "nog niet gekoppeld" in words
 * where nothing is linked. tables.tsx adds it only while some plan pays for something in the
 * programme.
 */
import { createContext, useContext } from 'react';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { formatEuro } from '../../shared/budget/money.ts';
import type { CostIndex } from './live-costs.ts';
import './budget.css';

export const CostContext = createContext<CostIndex>(null);

export function useCostsShown(): boolean {
  return useContext(CostContext) !== null;
}

function CostCell({ data }: ICellRendererParams<{ id: string }>) {
  const cost = useContext(CostContext)?.get(data?.id ?? '');
  if (!cost) return <span className="cost-unlinked">nog niet gekoppeld</span>;
  return <span className="cost-linked">{formatEuro(cost.bestemd)}</span>;
}

export function costColumn<Row extends { id: string }>(): ColDef<Row> {
  return {
    colId: 'kosten',
    headerName: 'Kosten',
    headerTooltip: 'Gereserveerd en toegekend in de begrotingsplannen die aan deze rij (of eronder) zijn gekoppeld, over alle jaren',
    width: 150,
    minWidth: 120,
    editable: false,
    sortable: false,
    cellRenderer: CostCell,
    valueGetter: () => null,
  };
}
