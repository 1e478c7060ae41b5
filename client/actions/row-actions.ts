/** Adding, deleting and moving the current row of a table (the row toolbar and its Alt-keys). */
import { addRow, deleteRow, moveRowBy } from '../../shared/doc/index.ts';
import type { EntityKind } from '../../shared/model/entities.ts';
import type { Action } from './action.ts';
import { alt } from './shortcut.ts';
import { writeRowChange } from './write-row.ts';

export interface AddRowArgs {
  kind: EntityKind;
  /** Null for a row directly under the programme. */
  parentId: string | null;
  /** The current row; the new one goes right under it (else at the end). */
  afterId: string | null;
  /** The table's accessible name, for the council's question. */
  table: string;
}

export const addTableRow: Action<AddRowArgs, string> = {
  id: 'row.add',
  label: 'Rij toevoegen',
  help: 'Rij toevoegen onder de huidige rij',
  shortcuts: [alt('Alt+N', 'Alt+N', 'KeyN'), alt('Alt+Insert', 'Alt+Insert', 'Insert')],
  councilQuestion: (a) => {
    const rowId = a.afterId ?? a.parentId;
    return rowId === null ? null : { kind: a.kind, rowId, place: `${a.table}: nieuwe rij` };
  },
  perform({ doc, origin, council }, a) {
    let id = '';
    writeRowChange(doc, origin, a.kind, council, () => {
      id = addRow(doc, a.kind, a.parentId, origin, a.afterId ? { afterId: a.afterId } : {});
      return { rowId: id, oldValue: '', newValue: '' };
    });
    return { result: id };
  },
};

export interface DeleteRowArgs {
  kind: EntityKind;
  rowId: string;
  /** 0-based place in the table, for the council's question. */
  index: number;
  /** The row's first text, kept in a change request. */
  text: string;
  table: string;
}

export const deleteTableRow: Action<DeleteRowArgs> = {
  id: 'row.delete',
  label: 'Verwijderen',
  help: 'Huidige rij verwijderen',
  shortcuts: [alt('Alt+Delete', 'Alt+Delete', 'Delete'), alt('Alt+Backspace', 'Alt+Backspace', 'Backspace')],
  councilQuestion: (a) => ({ kind: a.kind, rowId: a.rowId, place: `${a.table}, rij ${a.index + 1}: verwijderen` }),
  perform({ doc, origin, council }, a) {
    writeRowChange(doc, origin, a.kind, council, () => {
      deleteRow(doc, a.kind, a.rowId, origin);
      return { rowId: a.rowId, oldValue: a.text, newValue: '' };
    });
    return { result: undefined };
  },
};

export interface MoveRowArgs {
  kind: EntityKind;
  rowId: string;
}

/** True when it moved (false at the edge). */
function moveRow(id: string, label: string, help: string, key: string, step: -1 | 1): Action<MoveRowArgs, boolean> {
  return {
    id,
    label,
    help,
    perform: ({ doc, origin }, a) => ({ result: moveRowBy(doc, a.kind, a.rowId, step, origin) }),
    shortcuts: [alt(step < 0 ? 'Alt+↑' : 'Alt+↓', `Alt+${key}`, key)],
  };
}

export const moveTableRowUp = moveRow('row.up', 'Omhoog', 'Huidige rij omhoog', 'ArrowUp', -1);
export const moveTableRowDown = moveRow('row.down', 'Omlaag', 'Huidige rij omlaag', 'ArrowDown', 1);
