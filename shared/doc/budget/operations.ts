/**
 * The only functions that change a budget plan document. Each runs exactly one
 * `doc.transact(..., origin)`, so one user action is one update on the wire and one undo step.
 * Values are checked against their field's declaration (shared/schema/budget/) before anything
 * is written; the server's guard checks them again on the way in.
 */
import * as Y from 'yjs';
import { uuidv4 } from 'lib0/random';
import type { FieldValue } from '../../model/entities.ts';
import { fieldProblem } from '../../schema/fields.ts';
import {
  MAX_LINE_DEPTH,
  amountCell,
  budgetField,
  budgetFieldsOf,
  budgetRowKind,
  statedCell,
  type AmountKind,
  type BudgetKind,
} from '../../schema/budget/index.ts';
import { DocError } from '../errors.ts';
import { ID_KEY, ORDER_KEY, PARENT_KEY } from '../layout.ts';
import { compareOrdered, keysAfter, type Ordered } from '../order.ts';
import type { EditOrigin } from '../origin.ts';
import { BUDGET_ID, amountKey, amountsMap, budgetRows, parseAmountKey, parseStatedKey, statedKey, statedMap } from './layout.ts';

export function setBudgetField(doc: Y.Doc, kind: BudgetKind, id: string, field: string, value: FieldValue, origin: EditOrigin): void {
  const def = budgetField(kind, field);
  if (!def) throw new DocError('unknown-field', `Onbekend veld "${field}".`);
  const problem = fieldProblem(def, value);
  if (problem) throw new DocError('invalid-value', problem);
  const row = budgetRows(doc, kind).get(id);
  if (!row) throw new DocError('unknown-row', 'Deze regel bestaat niet meer; misschien heeft een collega haar verwijderd.');
  if (row.get(field) === value) return;
  doc.transact(() => row.set(field, value), origin);
}

export interface NewBudgetRow {
  parentId: string | null;
  id?: string;
  fields?: Record<string, FieldValue>;
}

export function addBudgetRow(doc: Y.Doc, kind: BudgetKind, row: NewBudgetRow, origin: EditOrigin): string {
  return addBudgetRows(doc, kind, [row], origin)[0]!;
}

/**
 * Appends rows of one kind after their existing siblings, in the given order, in one
 * transaction. A new line may hang under a line earlier in the same list (an import builds a
 * whole tree at once). Every row is checked before anything is written.
 */
function addBudgetRows(doc: Y.Doc, kind: BudgetKind, rows: readonly NewBudgetRow[], origin: EditOrigin): string[] {
  const prepared = prepareRows(doc, kind, rows);
  if (prepared.length === 0) return [];
  doc.transact(() => writePrepared(doc, kind, prepared), origin);
  return prepared.map((p) => p.id);
}

/** Deletes a row; a line with everything under it: sub-lines, shares, links and its cells. */
export function deleteBudgetRow(doc: Y.Doc, kind: BudgetKind, id: string, origin: EditOrigin): void {
  if (!budgetRows(doc, kind).has(id)) throw new DocError('unknown-row', 'Deze regel bestaat niet meer.');
  doc.transact(() => {
    if (kind !== 'budgetLine') {
      budgetRows(doc, kind).delete(id);
      return;
    }
    const gone = new Set<string>();
    collectLines(doc, id, gone);
    for (const child of ['budgetShare', 'budgetLink'] as const) {
      const map = budgetRows(doc, child);
      for (const [childId, row] of [...map.entries()]) if (gone.has(row.get(PARENT_KEY) as string)) map.delete(childId);
    }
    for (const map of [amountsMap(doc), statedMap(doc)]) {
      for (const key of [...map.keys()]) {
        const lineId = parseAmountKey(key)?.lineId ?? parseStatedKey(key)?.lineId;
        if (lineId && gone.has(lineId)) map.delete(key);
      }
    }
    const lines = budgetRows(doc, 'budgetLine');
    for (const lineId of gone) lines.delete(lineId);
  }, origin);
}

export interface CellWrite {
  lineId: string;
  year: number;
  soort: AmountKind;
  /** Null clears the cell. */
  value: number | null;
}

/** One cell of the matrix; null clears it. */
export function setAmount(doc: Y.Doc, cell: CellWrite, origin: EditOrigin): void {
  setAmounts(doc, [cell], origin);
}

/** Many cells in one transaction (a paste, an import): all checked first. */
export function setAmounts(doc: Y.Doc, cells: readonly CellWrite[], origin: EditOrigin): void {
  const lines = budgetRows(doc, 'budgetLine');
  for (const cell of cells) {
    if (!lines.has(cell.lineId)) throw new DocError('unknown-row', 'Deze regel bestaat niet meer; misschien heeft een collega haar verwijderd.');
    checkCell(cell.value, amountCell);
    checkYear(cell.year);
  }
  const map = amountsMap(doc);
  const changed = cells.filter((c) => (map.get(amountKey(c.lineId, c.year, c.soort)) ?? null) !== c.value);
  if (changed.length === 0) return;
  doc.transact(() => {
    for (const c of changed) writeCell(map, amountKey(c.lineId, c.year, c.soort), c.value);
  }, origin);
}

export interface StatedWrite {
  /** Null: the whole plan. */
  lineId: string | null;
  /** Null: over all years. */
  year: number | null;
  soort: AmountKind;
  value: number | null;
}

/** Typed totals as a source states them (kept for V28, never used as a total). */
export function setStatedTotals(doc: Y.Doc, totals: readonly StatedWrite[], origin: EditOrigin): void {
  const lines = budgetRows(doc, 'budgetLine');
  for (const t of totals) {
    if (t.lineId !== null && !lines.has(t.lineId)) throw new DocError('unknown-row', 'Deze regel bestaat niet meer.');
    checkCell(t.value, statedCell);
  }
  if (totals.length === 0) return;
  const map = statedMap(doc);
  doc.transact(() => {
    for (const t of totals) writeCell(map, statedKey(t.lineId, t.year, t.soort), t.value);
  }, origin);
}

export interface BudgetBatch {
  /** Parents before their children; a line may hang under one earlier in the list. */
  lines?: readonly NewBudgetRow[];
  cells?: readonly CellWrite[];
  stated?: readonly StatedWrite[];
  movements?: readonly NewBudgetRow[];
  shares?: readonly NewBudgetRow[];
  links?: readonly NewBudgetRow[];
}

/**
 * A whole batch in one transaction (an import, a fixture): new lines with their cells, stated
 * totals, movements, shares and links. Everything is checked before anything is written, so a
 * batch lands whole or not at all. Answers the new lines' ids in order.
 */
export function writeBudgetBatch(doc: Y.Doc, batch: BudgetBatch, origin: EditOrigin): string[] {
  const lines = prepareRows(doc, 'budgetLine', batch.lines ?? []);
  const lineIds = new Set(lines.map((l) => l.id));
  const known = (id: string | null) => id === null || lineIds.has(id) || budgetRows(doc, 'budgetLine').has(id);
  for (const cell of batch.cells ?? []) {
    if (!known(cell.lineId)) throw new DocError('unknown-row', 'Een bedrag hoort bij een regel die niet bestaat.');
    checkCell(cell.value, amountCell);
    checkYear(cell.year);
  }
  for (const t of batch.stated ?? []) {
    if (!known(t.lineId)) throw new DocError('unknown-row', 'Een opgegeven totaal hoort bij een regel die niet bestaat.');
    checkCell(t.value, statedCell);
  }
  const movements = prepareRows(doc, 'budgetMovement', batch.movements ?? []);
  const children = (kind: 'budgetShare' | 'budgetLink', rows: readonly NewBudgetRow[]) => {
    for (const row of rows) if (row.parentId === null || !known(row.parentId)) throw new DocError('invalid-parent', 'De regel hierboven bestaat niet (meer).');
    return prepareRows(doc, kind, rows, lineIds);
  };
  const shares = children('budgetShare', batch.shares ?? []);
  const links = children('budgetLink', batch.links ?? []);
  doc.transact(() => {
    writePrepared(doc, 'budgetLine', lines);
    writePrepared(doc, 'budgetMovement', movements);
    writePrepared(doc, 'budgetShare', shares);
    writePrepared(doc, 'budgetLink', links);
    const amounts = amountsMap(doc);
    for (const c of batch.cells ?? []) writeCell(amounts, amountKey(c.lineId, c.year, c.soort), c.value);
    const stated = statedMap(doc);
    for (const t of batch.stated ?? []) writeCell(stated, statedKey(t.lineId, t.year, t.soort), t.value);
  }, origin);
  return lines.map((l) => l.id);
}

interface Prepared {
  id: string;
  parentId: string | null;
  order: string;
  fields: Record<string, FieldValue>;
}

function prepareRows(doc: Y.Doc, kind: BudgetKind, rows: readonly NewBudgetRow[], alsoLines: ReadonlySet<string> = new Set()): Prepared[] {
  if (rows.length === 0) return [];
  const map = budgetRows(doc, kind);
  const lines = budgetRows(doc, 'budgetLine');
  const byParent = new Map<string | null, Ordered[]>();
  map.forEach((row, id) => {
    const parent = row.get(PARENT_KEY);
    const key = typeof parent === 'string' ? parent : null;
    const list = byParent.get(key) ?? [];
    list.push({ id, order: typeof row.get(ORDER_KEY) === 'string' ? (row.get(ORDER_KEY) as string) : '' });
    byParent.set(key, list);
  });
  const depthOfNew = new Map<string, number>();
  const ids = new Set<string>();
  const withIds = rows.map((row) => {
    const id = row.id ?? uuidv4();
    if (!BUDGET_ID.test(id)) throw new DocError('invalid-value', `"${id.slice(0, 40)}" kan geen id zijn.`);
    if (ids.has(id) || map.has(id)) throw new DocError('invalid-value', `Er bestaat al een regel met id "${id}".`);
    ids.add(id);
    const depth = checkParent(doc, kind, row.parentId, depthOfNew, alsoLines, lines);
    if (kind === 'budgetLine') depthOfNew.set(id, depth);
    return { ...row, id };
  });
  const counts = new Map<string | null, number>();
  for (const row of withIds) counts.set(row.parentId, (counts.get(row.parentId) ?? 0) + 1);
  const keys = new Map<string | null, string[]>();
  for (const [parentId, count] of counts) {
    const siblings = byParent.get(parentId) ?? [];
    const lastId = siblings.length > 0 ? [...siblings].sort(compareOrdered)[siblings.length - 1]!.id : null;
    keys.set(parentId, keysAfter(siblings, lastId, count));
  }
  const used = new Map<string | null, number>();
  return withIds.map((row) => {
    const index = used.get(row.parentId) ?? 0;
    used.set(row.parentId, index + 1);
    return { id: row.id, parentId: row.parentId, order: keys.get(row.parentId)![index]!, fields: defaultsFor(kind, row.fields ?? {}) };
  });
}

/** The depth the new row takes (lines only; 0 for the rest), or a DocError. */
function checkParent(
  doc: Y.Doc,
  kind: BudgetKind,
  parentId: string | null,
  depthOfNew: ReadonlyMap<string, number>,
  alsoLines: ReadonlySet<string>,
  lines: Y.Map<Y.Map<unknown>>,
): number {
  const allowed = budgetRowKind(kind).parents;
  if (parentId === null) {
    if (!allowed.includes('plan')) throw new DocError('invalid-parent', 'Deze rij hoort onder een begrotingsregel.');
    return 0;
  }
  if (!allowed.includes('budgetLine')) throw new DocError('invalid-parent', 'Deze rij staat op zichzelf, niet onder een regel.');
  const parentDepth = depthOfNew.get(parentId) ?? (lines.has(parentId) ? depthOfLine(doc, parentId) : alsoLines.has(parentId) ? 0 : null);
  if (parentDepth === null) throw new DocError('invalid-parent', 'De regel hierboven bestaat niet (meer).');
  if (kind === 'budgetLine' && parentDepth + 1 >= MAX_LINE_DEPTH) {
    throw new DocError('invalid-parent', `Regels gaan hoogstens ${MAX_LINE_DEPTH} niveaus diep (thema, actielijn, onderdeel).`);
  }
  return parentDepth + 1;
}

function depthOfLine(doc: Y.Doc, id: string): number {
  const lines = budgetRows(doc, 'budgetLine');
  let depth = 0;
  let current = lines.get(id)?.get(PARENT_KEY);
  const seen = new Set<string>([id]);
  while (typeof current === 'string' && lines.has(current) && !seen.has(current)) {
    seen.add(current);
    depth++;
    current = lines.get(current)!.get(PARENT_KEY);
  }
  return depth;
}

function writePrepared(doc: Y.Doc, kind: BudgetKind, prepared: readonly Prepared[]): void {
  const map = budgetRows(doc, kind);
  for (const { id, parentId, order, fields } of prepared) {
    const row = new Y.Map<unknown>();
    row.set(ID_KEY, id);
    row.set(PARENT_KEY, parentId);
    row.set(ORDER_KEY, order);
    for (const [field, value] of Object.entries(fields)) row.set(field, value);
    map.set(id, row);
  }
}

function collectLines(doc: Y.Doc, id: string, into: Set<string>): void {
  if (into.has(id)) return;
  into.add(id);
  budgetRows(doc, 'budgetLine').forEach((row, childId) => {
    if (row.get(PARENT_KEY) === id) collectLines(doc, childId, into);
  });
}

function defaultsFor(kind: BudgetKind, given: Record<string, FieldValue>): Record<string, FieldValue> {
  const result: Record<string, FieldValue> = {};
  for (const [field, def] of budgetFieldsOf(kind)) {
    const value = field in given ? given[field]! : def.empty;
    const problem = fieldProblem(def, value);
    if (problem) throw new DocError('invalid-value', `${def.label}: ${problem}`);
    result[field] = value;
  }
  for (const field of Object.keys(given)) if (!(field in result)) throw new DocError('unknown-field', `Onbekend veld "${field}".`);
  return result;
}

function checkCell(value: number | null, def: typeof amountCell): void {
  if (value === null) return;
  const problem = fieldProblem(def, value);
  if (problem) throw new DocError('invalid-value', problem);
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) throw new DocError('invalid-value', 'Verwacht een jaartal van vier cijfers.');
}

function writeCell(map: Y.Map<number>, key: string, value: number | null): void {
  if (value === null) map.delete(key);
  else map.set(key, value);
}
