/**
 * The changes a budget plan page makes: amounts and line fields (the finance right), lines
 * added and removed (finance), links to programme rows added and removed (the edit right of a
 * policy officer). They pass the dispatcher's steps like every other change; the values are
 * checked by shared/doc/budget against their declarations before anything is written, and the
 * layout stays in shared/doc/.
 */
import { addBudgetRow, deleteBudgetRow, setAmount, setBudgetField, type CellWrite } from '../../shared/doc/budget/index.ts';
import type { FieldValue } from '../../shared/model/entities.ts';
import type { Action } from './action.ts';
import { alt } from './shortcut.ts';

export const setBudgetAmount: Action<CellWrite> = {
  id: 'budget.amount',
  label: 'Bedrag wijzigen',
  right: 'finance',
  perform: ({ doc, origin }, cell) => {
    setAmount(doc, cell, origin);
    return { result: undefined };
  },
};

export const setLineField: Action<{ lineId: string; field: string; value: FieldValue }> = {
  id: 'budget.lineField',
  label: 'Regel wijzigen',
  right: 'finance',
  perform: ({ doc, origin }, { lineId, field, value }) => {
    setBudgetField(doc, 'budgetLine', lineId, field, value, origin);
    return { result: undefined };
  },
};

export const addBudgetLine: Action<{ parentId: string | null; label: string }, string> = {
  id: 'budget.addLine',
  label: 'Regel toevoegen',
  help: 'Een regel toevoegen naast de regel waar je op staat (of een thema)',
  shortcuts: [alt('Alt+N', 'Alt+N', 'KeyN'), alt('Alt+Insert', 'Alt+Insert', 'Insert')],
  right: 'finance',
  perform: ({ doc, origin }, { parentId, label }) => {
    const id = addBudgetRow(doc, 'budgetLine', { parentId, fields: { label } }, origin);
    return { result: id, undoFocus: { rowId: id, colId: 'label' } };
  },
};

export const deleteBudgetLine: Action<{ lineId: string }> = {
  id: 'budget.deleteLine',
  label: 'Regel verwijderen',
  shortcuts: [alt('Alt+Delete', 'Alt+Delete', 'Delete'), alt('Alt+Backspace', 'Alt+Backspace', 'Backspace')],
  right: 'finance',
  perform: ({ doc, origin }, { lineId }) => {
    deleteBudgetRow(doc, 'budgetLine', lineId, origin);
    return { result: undefined };
  },
};

export interface NewLink {
  lineId: string;
  programmeId: string;
  rowId: string;
  rowKind: 'goal' | 'subGoal' | 'result' | 'activity';
  /** Null: the whole line. */
  basisPoints: number | null;
}

export const linkToResult: Action<NewLink, string> = {
  id: 'budget.link',
  label: 'Koppelen aan resultaat',
  right: 'edit',
  perform: ({ doc, origin }, { lineId, programmeId, rowId, rowKind, basisPoints }) => ({
    result: addBudgetRow(doc, 'budgetLink', { parentId: lineId, fields: { programmeId, rowId, rowKind, basisPoints } }, origin),
  }),
};

export const unlink: Action<{ linkId: string }> = {
  id: 'budget.unlink',
  label: 'Koppeling verwijderen',
  right: 'edit',
  perform: ({ doc, origin }, { linkId }) => {
    deleteBudgetRow(doc, 'budgetLink', linkId, origin);
    return { result: undefined };
  },
};
