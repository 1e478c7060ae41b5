/**
 * The grid's columns as the paste planner sees them: read-only, text (with the editor's length
 * limit), a number or a choice. Field types come from the shared allowlist, so a paste converts
 * a value exactly as the document will check it.
 */
import type { ColDef } from 'ag-grid-community';
import { EDITABLE_FIELDS, MAX_TEXT_LENGTH, type EntityKind } from '../../shared/model/entities.ts';
import { rowKind } from '../../shared/schema/index.ts';
import type { PasteColumn, PasteColumnType } from './paste-plan.ts';


export function pasteColumnsFor(kind: EntityKind, columns: readonly ColDef[]): PasteColumn[] {
  return columns.map((col) => {
    const colId = String(col.colId ?? col.field ?? '');
    return { colId, header: col.headerName ?? colId, type: columnType(kind, col, colId) };
  });
}

function columnType(kind: EntityKind, col: ColDef, colId: string): PasteColumnType {
  if (col.editable === false || !col.field) return { kind: 'readOnly' };
  const spec = EDITABLE_FIELDS[kind][colId];
  // A column that is not a stored field (the indicators of a result, one per line) is text that
  // the table's own edit handler turns into rows.
  if (!spec || spec.type === 'text') return { kind: 'text', maxLength: editorMaxLength(col) };
  switch (spec.type) {
    case 'int':
      return { kind: 'int' };
    case 'number':
      return { kind: 'number' };
    case 'enum': {
      // The choice labels as the grid shows them; a paste accepts the label or the value.
      const labels: Readonly<Record<string, string>> = rowKind(kind).fields[colId]?.shown ?? {};
      return { kind: 'choice', options: (spec.values ?? []).map((value) => ({ value, label: labels[value] ?? value })) };
    }
    case 'boolean':
      return { kind: 'choice', options: [{ value: true, label: 'ja' }, { value: false, label: 'nee' }] };
  }
}

function editorMaxLength(col: ColDef): number {
  const params = col.cellEditorParams as { maxLength?: unknown } | undefined;
  const max = typeof params?.maxLength === 'number' ? params.maxLength : MAX_TEXT_LENGTH;
  return Math.min(max, MAX_TEXT_LENGTH);
}
