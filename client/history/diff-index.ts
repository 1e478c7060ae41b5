/**
 * Differences laid onto the grid: which rows are new, and per cell what it was before. Built
 * from the shared diff and the programme the grid shows (the "to" side). Fields without a column
 * of their own (the parts of a nulmeting, an indicator on a result, an activity under a result)
 * are noted on the cell that shows them, the same way findings are placed.
 */
import { createContext } from 'react';
import type { ProgrammeDiff } from '../../shared/history/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { shorten } from '../../shared/text/dutch.ts';
import { Places } from '../validation/places.ts';
import { cellKey } from '../validation/finding-index.ts';
import { fieldLabel, KIND_LABELS, valueText } from './wording.ts';

export interface DiffNote {
  /** What changed, in Dutch: "Nulmeting", "Nieuwe indicator op resultaat". */
  label: string;
  /** Before and after as text; null where the thing did not exist. */
  old: string | null;
  new: string | null;
}

export interface DiffIndex {
  diff: ProgrammeDiff;
  /** Rows shown in the grid (or as a heading) that the "from" side did not have. */
  added: ReadonlySet<string>;
  cells: ReadonlyMap<string, readonly DiffNote[]>;
}

export function indexDiff(diff: ProgrammeDiff, shown: Programme): DiffIndex {
  const places = new Places(shown);
  const added = new Set<string>();
  const cells = new Map<string, DiffNote[]>();
  const note = (rowId: string, colId: string, n: DiffNote) => {
    const key = cellKey(rowId, colId);
    const list = cells.get(key);
    if (list) list.push(n);
    else cells.set(key, [n]);
  };
  // Indicators and activities under a result have no row of their own: noted on the result.
  const results = new Set(shown.goals.flatMap((g) => g.subGoals.flatMap((s) => s.results.map((r) => r.id))));
  const onResult = (row: ProgrammeDiff['added'][number]) => !row.withParent && row.parentId !== null && results.has(row.parentId);
  const resultColumn = (kind: string) => (kind === 'resultIndicator' ? 'indicatorsText' : 'text');

  for (const row of diff.added) {
    if (onResult(row)) {
      note(row.parentId!, resultColumn(row.kind), { label: `Nieuw: ${KIND_LABELS[row.kind].toLowerCase()}`, old: null, new: shorten(row.label, 200) });
    } else {
      added.add(row.id);
    }
  }
  for (const row of diff.removed) {
    if (!onResult(row)) continue;
    note(row.parentId!, resultColumn(row.kind), { label: `Verwijderd: ${KIND_LABELS[row.kind].toLowerCase()}`, old: shorten(row.label, 200), new: null });
  }
  for (const change of diff.changed) {
    if (added.has(change.id)) continue;
    const target = places.place({ entityId: change.id, field: change.field }).target;
    if (!target) continue;
    note(target.rowId, target.colId, {
      label: fieldLabel(change.kind, change.field),
      old: valueText(change.field, change.old),
      new: valueText(change.field, change.new),
    });
  }
  return { diff, added, cells };
}

export const DiffContext = createContext<DiffIndex | null>(null);
