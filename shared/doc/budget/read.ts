/**
 * Turns a budget plan Y.Doc into plain data (shared/budget/types.ts): lines depth-first in
 * order, every field read through its declaration. Reading never drops a row: a line whose
 * parent is gone is listed after the tree as an orphan (depth 0), and a cell or share whose
 * line is gone is still listed, so the finance rules can say so (V30).
 */
import * as Y from 'yjs';
import type { BudgetKind } from '../../schema/budget/index.ts';
import { budgetFieldsOf } from '../../schema/budget/index.ts';
import { DEFAULT_BUDGET_LEVELS, DEFAULT_WEEKS_PER_YEAR, type BudgetSettings } from '../../budget/settings.ts';
import type { AmountCell, BudgetLine, BudgetLink, BudgetMovement, BudgetPlan, BudgetShare, StatedTotal } from '../../budget/types.ts';
import { ORDER_KEY, PARENT_KEY } from '../layout.ts';
import { compareOrdered } from '../order.ts';
import { BUDGET_SCHEMA_VERSION, DOCUMENT_KIND_KEY, SETTINGS_KEY, amountsMap, budgetMeta, budgetRows, parseAmountKey, parseStatedKey, statedMap } from './layout.ts';

interface Ref {
  id: string;
  order: string;
  parentId: string | null;
  row: Y.Map<unknown>;
}

function refsOf(doc: Y.Doc, kind: BudgetKind): Ref[] {
  const refs: Ref[] = [];
  budgetRows(doc, kind).forEach((row, id) => {
    if (!(row instanceof Y.Map)) return;
    const parent = row.get(PARENT_KEY);
    const order = row.get(ORDER_KEY);
    refs.push({ id, row, parentId: typeof parent === 'string' ? parent : null, order: typeof order === 'string' ? order : '' });
  });
  return refs.sort(compareOrdered);
}

function fieldsOf(kind: BudgetKind, ref: Ref): Record<string, unknown> {
  const out: Record<string, unknown> = { id: ref.id };
  for (const [name, def] of budgetFieldsOf(kind)) out[name] = def.read(ref.row.get(name));
  return out;
}

/** True when the doc is a budget plan (its meta says so). */
export function isBudgetDoc(doc: Y.Doc): boolean {
  return budgetMeta(doc).get(DOCUMENT_KIND_KEY) === 'budget';
}

export function readBudgetSettings(doc: Y.Doc): BudgetSettings {
  const stored = (budgetMeta(doc).get(SETTINGS_KEY) ?? {}) as Partial<BudgetSettings>;
  const text = (v: unknown, fallback = '') => (typeof v === 'string' ? v : fallback);
  const year = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isInteger(v) ? v : fallback);
  const periodStart = year(stored.periodStart, 2000);
  const periodEnd = year(stored.periodEnd, periodStart);
  const levels = (stored.levelLabels ?? {}) as Partial<BudgetSettings['levelLabels']>;
  return {
    municipality: text(stored.municipality),
    fundingSource: text(stored.fundingSource),
    periodStart,
    periodEnd,
    yearStart: year(stored.yearStart, periodStart),
    yearEnd: year(stored.yearEnd, periodEnd),
    levelLabels: {
      thema: text(levels.thema, DEFAULT_BUDGET_LEVELS.thema),
      actielijn: text(levels.actielijn, DEFAULT_BUDGET_LEVELS.actielijn),
      onderdeel: text(levels.onderdeel, DEFAULT_BUDGET_LEVELS.onderdeel),
    },
    weeksPerYear: year(stored.weeksPerYear, DEFAULT_WEEKS_PER_YEAR),
  };
}

export function readBudgetPlan(doc: Y.Doc): BudgetPlan {
  const meta = budgetMeta(doc);
  const version = meta.get('schemaVersion');
  const lineRefs = refsOf(doc, 'budgetLine');
  const byParent = new Map<string | null, Ref[]>();
  const known = new Set(lineRefs.map((r) => r.id));
  for (const ref of lineRefs) {
    const list = byParent.get(ref.parentId) ?? [];
    list.push(ref);
    byParent.set(ref.parentId, list);
  }
  const lines: BudgetLine[] = [];
  const placed = new Set<string>();
  const walk = (parentId: string | null, depth: number, orphan: boolean) => {
    for (const ref of byParent.get(parentId) ?? []) {
      if (placed.has(ref.id)) continue;
      placed.add(ref.id);
      lines.push({ ...(fieldsOf('budgetLine', ref) as Omit<BudgetLine, 'parentId' | 'depth' | 'orphan'>), parentId: ref.parentId, depth, orphan });
      walk(ref.id, depth + 1, false);
    }
  };
  walk(null, 0, false);
  // Lines the tree does not reach: their parent is gone, or they hang in a loop.
  for (const ref of lineRefs) {
    if (placed.has(ref.id)) continue;
    let top = ref;
    const seen = new Set<string>();
    while (top.parentId !== null && known.has(top.parentId) && !seen.has(top.id) && !placed.has(top.parentId)) {
      seen.add(top.id);
      top = lineRefs.find((r) => r.id === top.parentId)!;
    }
    if (placed.has(top.id)) continue;
    placed.add(top.id);
    lines.push({ ...(fieldsOf('budgetLine', top) as Omit<BudgetLine, 'parentId' | 'depth' | 'orphan'>), parentId: top.parentId, depth: 0, orphan: true });
    walk(top.id, 1, false);
  }
  const amounts: AmountCell[] = [];
  amountsMap(doc).forEach((value, key) => {
    if (typeof value !== 'number') return;
    const parsed = parseAmountKey(key) as AmountCell | null;
    if (!parsed) return;
    parsed.value = value;
    amounts.push(parsed);
  });
  const stated: StatedTotal[] = [];
  statedMap(doc).forEach((value, key) => {
    const parsed = parseStatedKey(key);
    if (parsed && typeof value === 'number') stated.push({ ...parsed, value });
  });
  const children = <T>(kind: 'budgetShare' | 'budgetLink') =>
    refsOf(doc, kind).map((ref) => ({ ...fieldsOf(kind, ref), lineId: ref.parentId ?? '' }) as T);
  return {
    kind: 'budget',
    id: typeof meta.get('id') === 'string' ? (meta.get('id') as string) : '',
    name: typeof meta.get('name') === 'string' ? (meta.get('name') as string) : '',
    schemaVersion: typeof version === 'number' ? version : BUDGET_SCHEMA_VERSION,
    settings: readBudgetSettings(doc),
    lines,
    amounts,
    stated,
    movements: refsOf(doc, 'budgetMovement').map((ref) => fieldsOf('budgetMovement', ref) as BudgetMovement),
    shares: children<BudgetShare>('budgetShare'),
    links: children<BudgetLink>('budgetLink'),
  };
}
