/** A pasted block as one action: the whole plan in one transaction, one undo step, all or nothing. */
import type { EntityKind, FieldValue } from '../../shared/model/entities.ts';
import { applyPastePlan, pastedStoredValues } from '../transfer/apply-paste.ts';
import type { PastePlan } from '../transfer/paste-plan.ts';
import type { Action } from './action.ts';
import { writeCellEdit, type CellEdit } from './cell-edit.ts';
import { browserKeys } from './shortcut.ts';
import { writeRow } from './write-row.ts';

export interface PasteArgs<Row extends { id: string } = { id: string }> {
  plan: PastePlan;
  kind: EntityKind;
  parentId: string | null;
  rowsById: ReadonlyMap<string, Row>;
  /** The table's cell writer: what a typed value in this cell would write. */
  toEdit(row: Row, field: string, value: unknown): CellEdit;
  /** A row as the table would show it right after adding it. */
  blankRow(id: string): Row;
}

/** The result: the ids of the added rows. */
export const pasteBlock: Action<PasteArgs, string[]> = {
  id: 'cells.paste',
  label: 'Plakken',
  help: 'Blok uit Excel, Word of Google Sheets plakken vanaf de huidige cel; voegt zo nodig rijen toe',
  shortcuts: [browserKeys('Ctrl+V', 'Control+V')],
  failed: 'Plakken is mislukt; er is niets gewijzigd.',
  writes: ({ kind, plan }) => pastedStoredValues(kind, plan).map((w) => ({ kind, ...w })),
  perform(context, a) {
    const added = applyPastePlan(
      {
        doc: context.doc,
        origin: context.origin,
        kind: a.kind,
        parentId: a.parentId,
        rowsById: a.rowsById,
        writeFields: (rowId: string, values: Record<string, FieldValue>) => void writeRow(context.doc, context.origin, a.kind, rowId, values, context.council),
        onEdit: (row, field, value) => writeCellEdit(context, a.toEdit(row, field, value)),
        blankRow: a.blankRow,
      },
      a.plan,
    );
    return { result: added };
  },
};
