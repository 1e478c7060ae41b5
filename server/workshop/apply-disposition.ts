/**
 * Turns a card into a change in the programme, through the programme's room: stored, relayed
 * to everyone editing and recorded in the cell history under the name of who decided it.
 */
import { DocError, addRow, findRowKind, setField, userOrigin } from '../../shared/doc/index.ts';
import { EDITABLE_FIELDS } from '../../shared/model/entities.ts';
import type { CardDisposition, RecordedDisposition, WorkshopCard } from '../../shared/workshop/types.ts';
import type { Principal } from '../auth/principal.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import { FIELD_NOT_EDITABLE, NOT_A_SUBGOAL, UNKNOWN_PROGRAMME, UNKNOWN_ROW } from './messages.ts';

export type Applied = { ok: true; recorded: RecordedDisposition } | { ok: false; status: 400 | 404; error: string };

/** What to record when done (or nothing to do), else a Dutch reason for a 400/404. */
export function applyDisposition(
  registry: Pick<RoomRegistry, 'changeDocument'>,
  programmeId: string,
  card: WorkshopCard,
  disposition: CardDisposition,
  principal: Principal,
): Applied {
  if (disposition.action === 'niet-verwerkt') return { ok: true, recorded: disposition };
  const origin = userOrigin(principal.id, principal.name);
  try {
    const outcome = registry.changeDocument(programmeId, origin, (doc): Applied => {
      const kind = findRowKind(doc, disposition.rowId);
      if (!kind) return { ok: false, status: 404, error: UNKNOWN_ROW };
      if (disposition.action === 'verwerkt') {
        const spec = EDITABLE_FIELDS[kind][disposition.field];
        // Only text fields: a card is words, and a number or choice field needs the table's own editor.
        if (!spec || spec.type !== 'text') return { ok: false, status: 400, error: FIELD_NOT_EDITABLE };
        setField(doc, kind, disposition.rowId, disposition.field, disposition.value, origin);
        return { ok: true, recorded: disposition };
      }
      if (kind !== 'subGoal') return { ok: false, status: 400, error: NOT_A_SUBGOAL };
      const newRowId = addRow(doc, 'result', disposition.rowId, origin, { fields: { text: card.text } });
      return { ok: true, recorded: { ...disposition, newRowId } };
    });
    return outcome ?? { ok: false, status: 404, error: UNKNOWN_PROGRAMME };
  } catch (error) {
    if (error instanceof DocError) return { ok: false, status: 400, error: error.message };
    throw error;
  }
}
