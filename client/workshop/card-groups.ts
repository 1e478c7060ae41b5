/** Cards per row in the order of the slice, so the presenter reads them where they belong. */
import type { SliceRow, WorkshopCard } from '../../shared/workshop/types.ts';

export interface CardGroup<C extends WorkshopCard = WorkshopCard> {
  rowId: string;
  row: SliceRow | null;
  cards: C[];
}

export function groupCards<C extends WorkshopCard>(cards: readonly C[], rows: readonly SliceRow[]): CardGroup<C>[] {
  const byRow = new Map<string, C[]>();
  for (const card of [...cards].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))) {
    const list = byRow.get(card.rowId);
    if (list) list.push(card);
    else byRow.set(card.rowId, [card]);
  }
  const groups: CardGroup<C>[] = [];
  for (const row of rows) {
    const list = byRow.get(row.id);
    if (!list) continue;
    groups.push({ rowId: row.id, row, cards: list });
    byRow.delete(row.id);
  }
  // A row removed from the programme during the werkatelier keeps its cards visible.
  for (const [rowId, list] of byRow) groups.push({ rowId, row: null, cards: list });
  return groups;
}

export function rowTitle(row: Pick<SliceRow, 'code' | 'text'> | null): string {
  if (!row) return 'Rij die niet meer in het programma staat';
  return row.code ? `${row.code} ${row.text}` : row.text;
}
