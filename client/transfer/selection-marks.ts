/**
 * How a cell selection looks: a tinted background and a 2px outline around the rectangle. It is
 * a stylesheet keyed by row id and column id rather than classes on cells, because AG Grid
 * redraws cells whenever a colleague's change arrives.
 */
import { cellsIn, type SelectionRect } from './cell-selection.ts';

const OUTLINE = '#1546a0';
const TINT = '#dce7fb';

export function selectionCss(domId: string, rect: SelectionRect, rowIds: readonly string[], colIds: readonly string[]): string {
  const rules: string[] = [];
  cellsIn(rect, rowIds, colIds).forEach((line, r) => {
    line.forEach(({ rowId, colId }, c) => {
      const edges: string[] = [];
      if (r === 0) edges.push(`inset 0 2px 0 0 ${OUTLINE}`);
      if (r === rect.bottom - rect.top) edges.push(`inset 0 -2px 0 0 ${OUTLINE}`);
      if (c === 0) edges.push(`inset 2px 0 0 0 ${OUTLINE}`);
      if (c === rect.right - rect.left) edges.push(`inset -2px 0 0 0 ${OUTLINE}`);
      const selector = `#${CSS.escape(domId)} .ag-row[row-id="${CSS.escape(rowId)}"] .ag-cell[col-id="${CSS.escape(colId)}"]`;
      rules.push(`${selector} { background-color: ${TINT}; box-shadow: ${edges.length ? edges.join(', ') : 'none'}; }`);
    });
  });
  return rules.join('\n');
}

/** "1 cel", "3 x 2 cellen" (rows x columns). */
export function sizeText(size: { rows: number; cols: number }): string {
  return size.rows * size.cols === 1 ? '1 cel' : `${size.rows} x ${size.cols} cellen`;
}
