/**
 * The Y.Doc layout of one budget plan. Only files in shared/doc/ may use these keys.
 *
 *   budget:meta        Y.Map  documentKind ('budget'), schemaVersion, id, name, settings
 *                             (BudgetSettings as one plain value); written by the server only
 *   budget:lines       Y.Map<id, Y.Map { id, parentId, order, ...fields }>  thema / actielijn / sub-item
 *   budget:shares      Y.Map<id, Y.Map { id, parentId = line, order, ...fields }>  co-financing
 *   budget:links       Y.Map<id, Y.Map { id, parentId = line, order, ...fields }>  to programme rows
 *   budget:movements   Y.Map<id, Y.Map { id, parentId = null, order, ...fields }>  decided entries
 *   budget:amounts     Y.Map<"<lineId>|<year>|<soort>", number>   the matrix cells
 *   budget:stated      Y.Map<"<lineId or *>|<year or *>|<soort>", number>   typed totals (V28)
 *
 * A cell is one key of one root map holding a plain number: two colleagues typing in two cells
 * never touch the same key, and two typing in one cell end with one value (the last writer's),
 * never two rows. Rows are keyed by id and ordered by a fractional key, as in a programme.
 */
import * as Y from 'yjs';
import type { AmountKind, BudgetKind } from '../../schema/budget/index.ts';
import { BUDGET_KINDS, isAmountKind } from '../../schema/budget/index.ts';

export const BUDGET_SCHEMA_VERSION = 1;

export const BUDGET_META_KEY = 'budget:meta';
const AMOUNTS_KEY = 'budget:amounts';
const STATED_KEY = 'budget:stated';

const ROW_ROOTS: Readonly<Record<BudgetKind, string>> = {
  budgetLine: 'budget:lines',
  budgetShare: 'budget:shares',
  budgetLink: 'budget:links',
  budgetMovement: 'budget:movements',
};

export const DOCUMENT_KIND_KEY = 'documentKind';
export const SETTINGS_KEY = 'settings';

/** Row ids and cell keys of a plan: machine-made, short, no separator inside. */
export const BUDGET_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function budgetMeta(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(BUDGET_META_KEY);
}

export function budgetRows(doc: Y.Doc, kind: BudgetKind): Y.Map<Y.Map<unknown>> {
  return doc.getMap(ROW_ROOTS[kind]);
}

export function amountsMap(doc: Y.Doc): Y.Map<number> {
  return doc.getMap(AMOUNTS_KEY);
}

export function statedMap(doc: Y.Doc): Y.Map<number> {
  return doc.getMap(STATED_KEY);
}

/** What a user's undo may take back: every root but the server-written meta. */
export function budgetUndoScope(doc: Y.Doc): Y.Map<unknown>[] {
  return [...BUDGET_KINDS.map((k) => budgetRows(doc, k) as Y.Map<unknown>), amountsMap(doc) as Y.Map<unknown>, statedMap(doc) as Y.Map<unknown>];
}

export type BudgetRoot = { kind: 'meta' } | { kind: 'rows'; rowKind: BudgetKind } | { kind: 'amounts' } | { kind: 'stated' };

/** What a root name of a budget doc is, or null for a name the layout does not have. */
export function budgetRootOf(name: string): BudgetRoot | null {
  if (name === BUDGET_META_KEY) return { kind: 'meta' };
  if (name === AMOUNTS_KEY) return { kind: 'amounts' };
  if (name === STATED_KEY) return { kind: 'stated' };
  const rowKind = BUDGET_KINDS.find((k) => ROW_ROOTS[k] === name);
  return rowKind ? { kind: 'rows', rowKind } : null;
}

export interface AmountKey {
  lineId: string;
  year: number;
  soort: AmountKind;
}

export function amountKey(lineId: string, year: number, soort: AmountKind): string {
  return `${lineId}|${year}|${soort}`;
}

export function parseAmountKey(key: string): AmountKey | null {
  // Read for every cell of a plan on every reading: indexOf, not split and a regular expression.
  const first = key.indexOf('|');
  const second = first < 0 ? -1 : key.indexOf('|', first + 1);
  if (second !== first + 5 || key.indexOf('|', second + 1) >= 0) return null;
  const lineId = key.slice(0, first);
  const year = Number(key.slice(first + 1, second));
  const soort = key.slice(second + 1);
  if (!Number.isInteger(year) || year < 1900 || year > 2199 || !isAmountKind(soort) || !BUDGET_ID.test(lineId)) return null;
  return { lineId, year, soort };
}

const ALL = '*';

export interface StatedKey {
  lineId: string | null;
  year: number | null;
  soort: AmountKind;
}

export function statedKey(lineId: string | null, year: number | null, soort: AmountKind): string {
  return `${lineId ?? ALL}|${year ?? ALL}|${soort}`;
}

export function parseStatedKey(key: string): StatedKey | null {
  const [target, year, soort, extra] = key.split('|');
  if (extra !== undefined || target === undefined || year === undefined || !isAmountKind(soort)) return null;
  if (target !== ALL && !BUDGET_ID.test(target)) return null;
  if (year !== ALL && !isYearText(year)) return null;
  return { lineId: target === ALL ? null : target, year: year === ALL ? null : Number(year), soort };
}

function isYearText(text: string | undefined): text is string {
  return text !== undefined && /^(19|20|21)\d{2}$/.test(text);
}
