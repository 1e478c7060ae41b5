/** Changing cell content: a grid cell, a text on the page (goal title, uitwerking texts). */
import type { EntityKind, FieldValue } from '../../shared/model/entities.ts';
import type { Action } from './action.ts';
import { cellEditWrites, writeCellEdit, type CellEdit } from './cell-edit.ts';
import { writeRow } from './write-row.ts';

/** One edited grid cell (typing, the select editor). */
export const editCell: Action<CellEdit> = {
  id: 'cell.edit',
  label: 'Cel bewerken',
  writes: cellEditWrites,
  perform(context, edit) {
    writeCellEdit(context, edit);
    return { result: undefined };
  },
};

export interface FieldsArgs {
  kind: EntityKind;
  rowId: string;
  values: Readonly<Record<string, FieldValue>>;
}

/** Fields of one row at once (a heading's title, an uitwerking's texts); the result is the fields that changed. */
export const writeFields: Action<FieldsArgs, string[]> = {
  id: 'row.fields',
  label: 'Tekst opslaan',
  writes: ({ kind, values }) => Object.entries(values).map(([field, value]) => ({ kind, field, value })),
  perform: ({ doc, origin, council }, { kind, rowId, values }) => ({ result: writeRow(doc, origin, kind, rowId, values, council) }),
};
