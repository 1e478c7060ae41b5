/**
 * What an update from /sync may do to a budget plan, judged from its description
 * (../update-reader/) before anything is stored, as the programme guard does for programmes:
 *
 * - Structure: only the roots of the layout; row maps only under a row root, with their
 *   structural keys and their kind's fields, each value through the field's schema; cells only
 *   as plain numbers under a key that names a line, a year and a kind; meta never (the server
 *   writes it). A new row map brings its id in the same update.
 * - Deletions: no meta key; no structural key of a row that stays; no wipe: rows of several
 *   themes at once only up to the largest theme (or SMALL_DELETE), cells of lines that stay only
 *   up to the cells of the largest theme (or SMALL_CELL_DELETE).
 * - Rights: which rights the update needs (`rightsNeeded`): links need `edit`, everything else
 *   `finance`; the room's policy compares them with the socket's access.
 */
import type * as Y from 'yjs';
import type { Right } from '../../auth/roles.ts';
import { fieldProblem } from '../../schema/fields.ts';
import { amountCell, budgetField, statedCell } from '../../schema/budget/index.ts';
import { ID_KEY, ORDER_KEY, PARENT_KEY, STRUCTURAL_KEYS } from '../layout.ts';
import type { Deletion, ReadProblem, UpdateDescription, Write } from '../update-reader/index.ts';
import { BUDGET_ID, BUDGET_META_KEY, budgetRootOf, budgetRows, parseAmountKey, parseStatedKey, amountsMap, type BudgetRoot } from './layout.ts';

const MAX_KEY_LENGTH = 256;
const SMALL_DELETE = 25;
const SMALL_CELL_DELETE = 500;
const MAX_DEPTH = 8;

class Rejection extends Error {}

/** Null when every write and deletion fits a budget plan, else why not (English, for logs). */
export function budgetUpdateProblem(description: UpdateDescription, doc: Y.Doc): ReadProblem | null {
  if (description.problem) return description.problem;
  try {
    for (const write of description.writes) checkWrite(write);
    checkNewRowsHaveIds(description.writes);
    const deletion = deletionProblem(description, doc);
    return deletion ? { reason: deletion, missingDependency: false } : null;
  } catch (error) {
    if (error instanceof Rejection) return { reason: error.message, missingDependency: false };
    throw error;
  }
}

/** The rights an update needs: `edit` for links to programme rows, `finance` for the rest. */
export function rightsNeeded(description: UpdateDescription): Set<Right> {
  const needed = new Set<Right>();
  const note = (root: string) => {
    const place = budgetRootOf(root);
    needed.add(place?.kind === 'rows' && place.rowKind === 'budgetLink' ? 'edit' : 'finance');
  };
  for (const write of description.writes) if (write.place.live) note(write.place.root);
  for (const deletion of description.deletions) note(deletion.place.root);
  return needed;
}

/** True when the update writes something under a row or cell that is gone (it can never show). */
export function writesUnderDeleted(description: UpdateDescription): boolean {
  return description.writes.some((w) => !w.place.live && w.content.kind !== 'deleted');
}

function placeOf(write: Write): { root: BudgetRoot; rowId: string | null } | 'dead' {
  if (!write.place.live) return 'dead';
  const root = budgetRootOf(write.place.root);
  if (!root) throw new Rejection(`unknown root type "${write.place.root.slice(0, 40)}"`);
  const { path } = write.place;
  if (path.length === 0) return { root, rowId: null };
  if (root.kind === 'rows' && path.length === 1 && path[0] !== null) return { root, rowId: path[0]! };
  throw new Rejection('shared type outside a row collection');
}

function checkWrite(write: Write): void {
  const place = placeOf(write);
  const { key, content } = write;
  if (place === 'dead') {
    if (content.kind === 'deleted') return;
    if (content.kind === 'values') return content.values.forEach(checkPlainValue);
    throw new Rejection(`${content.name} under a deleted parent`);
  }
  if (key === null) throw new Rejection('list content inside a map');
  if (content.kind === 'deleted') return;
  const { root, rowId } = place;
  switch (root.kind) {
    case 'meta':
      throw new Rejection(`budget meta "${clip(key)}" is written by the server only`);
    case 'amounts':
    case 'stated': {
      const parsed = root.kind === 'amounts' ? parseAmountKey(key) : parseStatedKey(key);
      if (!parsed) throw new Rejection(`cell key "${clip(key)}" names no line, year and kind`);
      if (content.kind !== 'values') throw new Rejection(`cell ${clip(key)} holds ${content.name}`);
      for (const value of content.values) {
        const problem = fieldProblem(root.kind === 'amounts' ? amountCell : statedCell, value);
        if (problem !== null || value === null) throw new Rejection(`cell ${clip(key)} refused: ${problem ?? 'null'}`);
      }
      return;
    }
    case 'rows': {
      if (rowId === null) {
        if (!BUDGET_ID.test(key)) throw new Rejection(`row id "${clip(key)}" is not an id`);
        if (content.kind !== 'map') throw new Rejection(`row ${clip(key)} of ${root.rowKind} is not a map`);
        return;
      }
      if (content.kind !== 'values') throw new Rejection(`field "${clip(key)}" holds ${content.name}`);
      for (const value of content.values) checkRowValue(root.rowKind, key, value);
    }
  }
}

function checkRowValue(kind: Extract<BudgetRoot, { kind: 'rows' }>['rowKind'], key: string, value: unknown): void {
  if (key === ID_KEY || key === ORDER_KEY) {
    if (typeof value !== 'string' || value.length > MAX_KEY_LENGTH || (key === ID_KEY && !BUDGET_ID.test(value))) throw new Rejection(`row ${key} refused`);
    return;
  }
  if (key === PARENT_KEY) {
    if (value === null && (kind === 'budgetLine' || kind === 'budgetMovement')) return;
    if (typeof value !== 'string' || !BUDGET_ID.test(value) || kind === 'budgetMovement') throw new Rejection(`${kind}.parentId refused`);
    return;
  }
  const field = budgetField(kind, key);
  if (!field) throw new Rejection(`unknown field "${clip(key)}" on ${kind}`);
  const problem = fieldProblem(field, value);
  if (problem) throw new Rejection(`${kind}.${key} refused by its schema: ${problem}`);
}

function checkNewRowsHaveIds(writes: readonly Write[]): void {
  const ids = new Set<unknown>();
  for (const w of writes) if (w.key === ID_KEY && w.content.kind === 'values') for (const v of w.content.values) ids.add(v);
  for (const w of writes) {
    if (!w.place.live || w.place.path.length !== 0 || w.content.kind !== 'map' || w.key === null) continue;
    if (budgetRootOf(w.place.root)?.kind === 'rows' && !ids.has(w.key)) throw new Rejection(`new row ${clip(w.key)} without its id`);
  }
}

function deletionProblem(description: UpdateDescription, doc: Y.Doc): string | null {
  const slot = (root: string, path: readonly (string | null)[], key: string | null) => JSON.stringify([root, path, key]);
  const rewritten = new Set(description.writes.flatMap((w) => (w.place.live ? [slot(w.place.root, w.place.path, w.key)] : [])));
  const slotOf = (d: Deletion) => slot(d.place.root, d.place.path, d.key);
  const deletedLines = new Set<string>();
  const deletedRows = new Set<string>();
  for (const d of description.deletions) {
    if (d.place.path.length !== 0 || d.key === null || rewritten.has(slotOf(d))) continue;
    const root = budgetRootOf(d.place.root);
    if (root?.kind !== 'rows') continue;
    deletedRows.add(d.key);
    if (root.rowKind === 'budgetLine') deletedLines.add(d.key);
  }
  let cellsOfStayingLines = 0;
  for (const d of description.deletions) {
    if (rewritten.has(slotOf(d))) continue; // an overwrite: the write was judged above
    const { root, path } = d.place;
    if (root === BUDGET_META_KEY) return `deletes budget meta "${String(d.key).slice(0, 40)}"`;
    const place = budgetRootOf(root);
    if (place?.kind === 'rows' && path.length === 1 && (STRUCTURAL_KEYS as readonly (string | null)[]).includes(d.key) && !deletedRows.has(path[0]!)) {
      return `removes ${String(d.key)} of row ${String(path[0]).slice(0, 40)} that stays`;
    }
    if (place?.kind === 'amounts' && path.length === 0 && d.key !== null) {
      const lineId = parseAmountKey(d.key)?.lineId;
      if (lineId === undefined || !deletedLines.has(lineId)) cellsOfStayingLines++;
    }
  }
  const themes = new Set([...deletedLines].map((id) => themeOf(doc, id)));
  if (themes.size > 1 && deletedLines.size > SMALL_DELETE) {
    const largest = largestTheme(doc).lines;
    if (deletedLines.size > largest) return `deletes ${deletedLines.size} lines of ${themes.size} themes in one update (the largest theme holds ${largest})`;
  }
  if (cellsOfStayingLines > SMALL_CELL_DELETE) {
    const largest = largestTheme(doc).cells;
    if (cellsOfStayingLines > largest) return `clears ${cellsOfStayingLines} cells of lines that stay in one update (the largest theme holds ${largest})`;
  }
  return null;
}

function themeOf(doc: Y.Doc, lineId: string): string {
  const lines = budgetRows(doc, 'budgetLine');
  let current = lineId;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const parent = lines.get(current)?.get(PARENT_KEY);
    if (typeof parent !== 'string' || !lines.has(parent)) return current;
    current = parent;
  }
  return current;
}

function largestTheme(doc: Y.Doc): { lines: number; cells: number } {
  const lines = new Map<string, number>();
  const cells = new Map<string, number>();
  for (const id of budgetRows(doc, 'budgetLine').keys()) {
    const theme = themeOf(doc, id);
    lines.set(theme, (lines.get(theme) ?? 0) + 1);
  }
  for (const key of amountsMap(doc).keys()) {
    const lineId = parseAmountKey(key)?.lineId;
    if (!lineId) continue;
    const theme = themeOf(doc, lineId);
    cells.set(theme, (cells.get(theme) ?? 0) + 1);
  }
  return { lines: Math.max(0, ...lines.values()), cells: Math.max(0, ...cells.values()) };
}

function checkPlainValue(value: unknown): void {
  if (value === null || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return;
  if (typeof value === 'string' && value.length <= 20_000) return;
  throw new Rejection('value is not a plain value');
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}...` : text;
}
