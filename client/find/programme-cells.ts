/**
 * What the programme search looks through: every cell of every table, in the order the page
 * shows them (per goal its indicators, then per uitwerking its results and activities), with
 * the text the cell shows. Read from the programme, not from the grids: tables mount as they
 * come into view, and a match in a table not yet mounted must be found too.
 */
import type { Programme } from '../../shared/model/types.ts';
import { activity as activityKind } from '../../shared/schema/index.ts';
import { RESULT_INDICATORS_COLUMN } from '../programme/column-labels.ts';
import { containsText } from '../grid/text-match.ts';
import { itemsToText } from '../programme/lines.ts';

export interface SearchCell {
  rowId: string;
  colId: string;
  text: string;
}

const KIND_SHOWN: Readonly<Record<string, string>> = activityKind.fields.kind.shown;

export function programmeCells(programme: Programme): SearchCell[] {
  const cells: SearchCell[] = [];
  const add = (rowId: string, colId: string, text: string | null | undefined) => {
    if (text) cells.push({ rowId, colId, text });
  };
  for (const goal of programme.goals) {
    for (const i of goal.indicators) {
      add(i.id, 'indicator', i.indicator);
      add(i.id, 'baseline', i.baseline);
      add(i.id, 'target', i.target);
      add(i.id, 'source', i.source);
    }
    for (const sub of goal.subGoals) {
      for (const r of sub.results) {
        add(r.id, 'code', r.code);
        add(r.id, 'text', r.text);
        add(r.id, RESULT_INDICATORS_COLUMN, itemsToText(r.indicators));
        add(r.id, 'source', r.source);
        add(r.id, 'measurableFrom', r.measurableFrom);
      }
      for (const a of sub.activities) {
        add(a.id, 'text', a.text);
        add(a.id, 'kind', a.kind ? (KIND_SHOWN[a.kind] ?? a.kind) : '');
      }
    }
  }
  return cells;
}

/** The cells whose text holds the query (ignoring case and accents); none for a blank query. */
export function findMatches(cells: readonly SearchCell[], query: string): SearchCell[] {
  return cells.filter((c) => containsText(c.text, query));
}

/** "3 van 12", "Geen resultaten", or '' before anything is typed. */
export function countText(index: number, total: number, query: string): string {
  if (query.trim() === '') return '';
  if (total === 0) return 'Geen resultaten';
  return `${index + 1} van ${total}`;
}
