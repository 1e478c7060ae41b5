/**
 * A written block of cells as one action: the whole plan in one transaction, one undo step, all
 * or nothing. Paste, clearing a selection and fill-down are the same write with their own name
 * and keys: each plans a block (client/transfer/paste-plan.ts) and hands it here.
 */
import type { EntityKind, FieldValue } from '../../shared/model/entities.ts';
import { applyPastePlan, pastedStoredValues } from '../transfer/apply-paste.ts';
import type { PastePlan } from '../transfer/paste-plan.ts';
import type { Action } from './action.ts';
import { writeCellEdit, type CellEdit } from './cell-edit.ts';
import { browserKeys, ctrl, type KeyPress, type Shortcut } from './shortcut.ts';
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

interface BlockSpec {
  id: string;
  label: string;
  help: string;
  shortcuts: readonly Shortcut[];
  failed: string;
}

/** The result: the ids of the added rows (only a paste adds rows). */
function blockWrite(spec: BlockSpec): Action<PasteArgs, string[]> {
  return {
    ...spec,
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
}

export const pasteBlock = blockWrite({
  id: 'cells.paste',
  label: 'Plakken',
  help: 'Blok uit Excel, Word of Google Sheets plakken vanaf de huidige cel; voegt zo nodig rijen toe',
  shortcuts: [browserKeys('Ctrl+V', 'Control+V')],
  failed: 'Plakken is mislukt; er is niets gewijzigd.',
});

/** Delete or Backspace on a selected block (one cell alone opens its editor empty, as before). */
export const clearCells = blockWrite({
  id: 'cells.clear',
  label: 'Cellen leegmaken',
  help: 'Geselecteerd blok leegmaken',
  shortcuts: [
    { keys: 'Delete', aria: 'Delete', matches: (e) => plainKey(e, 'Delete') },
    { keys: 'Backspace', aria: 'Backspace', matches: (e) => plainKey(e, 'Backspace') },
  ],
  failed: 'Leegmaken is mislukt; er is niets gewijzigd.',
});

/** Ctrl+D as in Excel: the top row of the selection into the rows below it (one row: from the row above). */
export const fillDown = blockWrite({
  id: 'cells.fillDown',
  label: 'Omlaag vullen',
  help: 'Bovenste rij van het geselecteerde blok naar de rijen eronder kopiëren (één rij: van de rij erboven)',
  shortcuts: [ctrl('Ctrl+D', 'Control+D', 'd', false)],
  failed: 'Omlaag vullen is mislukt; er is niets gewijzigd.',
});

function plainKey(e: KeyPress, key: string): boolean {
  return e.key === key && !e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey;
}
