/**
 * Giving a row without a place (shared/doc/orphans.ts) a place again, or deleting it, with what
 * hangs below it: each one change, one undo step. Undo makes it a row without a place again, so
 * the keyboard then returns to its line in the "Zonder plaats" section.
 */
import { deleteRow, moveRowTo } from '../../shared/doc/index.ts';
import type { EntityKind } from '../../shared/model/entities.ts';
import { orphanFocus } from '../programme/orphans/orphan-place.ts';
import type { Action } from './action.ts';
import { writeRowChange } from './write-row.ts';

export interface MoveOrphanArgs {
  kind: EntityKind;
  rowId: string;
  parentId: string;
  /** The row as a line ("Resultaat 9.9: ..."), kept in a change request. */
  text: string;
  /** Its new place in words, for the council's question and a change request. */
  place: string;
}

export const moveOrphan: Action<MoveOrphanArgs> = {
  id: 'orphan.move',
  label: 'Verplaatsen naar…',
  help: 'Een rij zonder plaats onder een ander onderdeel zetten',
  enabled: (a) => (a.parentId ? true : 'Kies eerst de nieuwe plaats.'),
  councilQuestion: (a) => ({ kind: a.kind, rowId: a.rowId, place: `${a.text}: verplaatsen naar ${a.place}` }),
  perform({ doc, origin, council }, a) {
    writeRowChange(doc, origin, a.kind, council, () => {
      moveRowTo(doc, a.kind, a.rowId, a.parentId, origin);
      return { rowId: a.rowId, oldValue: `${a.text} (zonder plaats)`, newValue: `${a.text} (onder ${a.place})` };
    });
    return { result: undefined, undoFocus: orphanFocus(a.rowId) };
  },
};

export interface DeleteOrphanArgs {
  kind: EntityKind;
  rowId: string;
  text: string;
}

export const deleteOrphan: Action<DeleteOrphanArgs> = {
  id: 'orphan.delete',
  label: 'Verwijderen',
  help: 'Een rij zonder plaats verwijderen, met wat eronder hangt',
  councilQuestion: (a) => ({ kind: a.kind, rowId: a.rowId, place: `${a.text}: verwijderen` }),
  perform({ doc, origin, council }, a) {
    writeRowChange(doc, origin, a.kind, council, () => {
      deleteRow(doc, a.kind, a.rowId, origin);
      return { rowId: a.rowId, oldValue: a.text, newValue: '' };
    });
    return { result: undefined, undoFocus: orphanFocus(a.rowId) };
  },
};
