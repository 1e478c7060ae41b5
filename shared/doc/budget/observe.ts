/**
 * Tells a listener, after each transaction, what changed in a budget plan: which cells (so
 * the totals can follow by their differences, shared/budget/totals.ts) and whether anything
 * else did (lines, movements, shares, links, stated totals, settings: a full recompute).
 */
import * as Y from 'yjs';
import { BUDGET_KINDS } from '../../schema/budget/index.ts';
import { amountsMap, budgetMeta, budgetRows, parseAmountKey, statedMap, type AmountKey } from './layout.ts';

export interface BudgetChange {
  /** Cells whose value changed, with their value now (null: cleared). */
  cells: (AmountKey & { value: number | null })[];
  /** Rows, stated totals or settings changed: more than cells. */
  structure: boolean;
  origin: unknown;
  local: boolean;
}

export function observeBudget(doc: Y.Doc, listener: (change: BudgetChange) => void): () => void {
  const amounts = amountsMap(doc);
  const others = new Set<object>([budgetMeta(doc), statedMap(doc), ...BUDGET_KINDS.map((k) => budgetRows(doc, k))]);
  const handler = (tr: Y.Transaction) => {
    const cells: BudgetChange['cells'] = [];
    let structure = false;
    for (const [type, keys] of tr.changed) {
      if ((type as object) === amounts) {
        for (const key of keys) {
          const parsed = key === null ? null : parseAmountKey(key);
          if (!parsed) continue;
          const value = amounts.get(key!);
          cells.push({ ...parsed, value: typeof value === 'number' ? value : null });
        }
      } else if (others.has(type) || (type instanceof Y.Map && type.parent !== null && others.has(type.parent))) {
        structure = true;
      }
    }
    if (cells.length > 0 || structure) listener({ cells, structure, origin: tr.origin, local: tr.local });
  };
  doc.on('afterTransaction', handler);
  return () => doc.off('afterTransaction', handler);
}
