/**
 * What one edited grid cell writes: stored fields of its row, or, for "Indicator op resultaat",
 * the result's indicator rows (one per line). Tables turn a cell's new value into a CellEdit;
 * typing, paste and fill-down all write it through `writeCellEdit`.
 */
import { addRow, deleteRow, setField } from '../../shared/doc/index.ts';
import type { EntityKind, FieldValue } from '../../shared/model/entities.ts';
import type { ResultIndicator } from '../../shared/model/types.ts';
import { planLines, textToItems } from '../programme/lines.ts';
import type { ActionContext, FieldWrite } from './action.ts';
import { writeRow } from './write-row.ts';

export type CellEdit =
  | { kind: 'fields'; rowKind: EntityKind; rowId: string; values: Readonly<Record<string, FieldValue>> }
  | { kind: 'resultIndicators'; resultId: string; current: readonly ResultIndicator[]; text: string };

export function writeCellEdit(context: ActionContext, edit: CellEdit): void {
  if (edit.kind === 'fields') writeRow(context.doc, context.origin, edit.rowKind, edit.rowId, edit.values, context.council);
  else writeResultIndicators(context, edit.resultId, edit.current, edit.text);
}

export function cellEditWrites(edit: CellEdit): FieldWrite[] {
  if (edit.kind === 'fields') return Object.entries(edit.values).map(([field, value]) => ({ kind: edit.rowKind, field, value }));
  return [];
}

/** Maps the edited lines onto the result's indicator rows (inside the action's transaction: one undo step). */
function writeResultIndicators(context: ActionContext, resultId: string, current: readonly ResultIndicator[], text: string): void {
  const { doc, origin } = context;
  const plan = planLines(current, textToItems(text));
  for (const id of plan.deletes) deleteRow(doc, 'resultIndicator', id, origin);
  let prevId: string | null = null;
  for (const entry of plan.entries) {
    if (entry.kind === 'keep') prevId = entry.id;
    else if (entry.kind === 'update') {
      setField(doc, 'resultIndicator', entry.id, 'text', entry.text, origin);
      prevId = entry.id;
    } else {
      prevId = addRow(doc, 'resultIndicator', resultId, origin, { afterId: prevId, fields: { text: entry.text } });
    }
  }
}
