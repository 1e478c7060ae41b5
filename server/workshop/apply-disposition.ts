/**
 * Turns a card into a change in the programme, through the programme's room: stored, relayed
 * to everyone editing and recorded in the cell history under the name of who decided it.
 * A card speaks about the werkatelier's slice, so only rows of that slice and only the fields
 * a card can propose (shared/workshop/card-fields.ts) are reachable this way; the route
 * decides who may use it at all.
 */
import { DocError, addRow, findRowKind, setField, userOrigin } from '../../shared/doc/index.ts';
import { EDITABLE_FIELDS } from '../../shared/model/entities.ts';
import { isCardField } from '../../shared/workshop/card-fields.ts';
import type { CardDisposition, RecordedDisposition, WorkshopCard } from '../../shared/workshop/types.ts';
import type { Principal } from '../auth/principal.ts';
import type { RoomRegistry } from '../sync/room-registry.ts';
import { FIELD_NOT_EDITABLE, NOT_A_SUBGOAL, ROW_OUTSIDE_SLICE, UNKNOWN_PROGRAMME, UNKNOWN_ROW } from './messages.ts';

/** `reason` is the English log line for a refusal; `error` what the user reads. */
export type Applied = { ok: true; recorded: RecordedDisposition } | { ok: false; status: 400 | 403 | 404; error: string; reason: string };

/** What to record when done (or nothing to do), else a Dutch reason for a 400/403/404. */
export function applyDisposition(
  registry: Pick<RoomRegistry, 'changeDocument'>,
  programmeId: string,
  sliceRowIds: ReadonlySet<string>,
  card: WorkshopCard,
  disposition: CardDisposition,
  principal: Principal,
): Applied {
  if (disposition.action === 'niet-verwerkt') return { ok: true, recorded: disposition };
  // Before the doc is touched: a row outside the slice is refused whether or not it exists.
  if (!sliceRowIds.has(disposition.rowId)) return { ok: false, status: 403, error: ROW_OUTSIDE_SLICE, reason: `row ${disposition.rowId.slice(0, 64)} is outside the slice` };
  const origin = userOrigin(principal.id, principal.name);
  try {
    const outcome = registry.changeDocument(programmeId, origin, (doc): Applied => {
      const kind = findRowKind(doc, disposition.rowId);
      if (!kind) return { ok: false, status: 404, error: UNKNOWN_ROW, reason: 'row not in the programme' };
      if (disposition.action === 'verwerkt') {
        const spec = EDITABLE_FIELDS[kind][disposition.field];
        // Only text fields a card can propose: a code, number or choice needs the table's own editor.
        if (!spec || spec.type !== 'text' || !isCardField(kind, disposition.field)) {
          return { ok: false, status: 400, error: FIELD_NOT_EDITABLE, reason: `field ${kind}.${disposition.field.slice(0, 64)} is not a card field` };
        }
        setField(doc, kind, disposition.rowId, disposition.field, disposition.value, origin);
        return { ok: true, recorded: disposition };
      }
      if (kind !== 'subGoal') return { ok: false, status: 400, error: NOT_A_SUBGOAL, reason: 'new result under a row that is not an uitwerking' };
      const newRowId = addRow(doc, 'result', disposition.rowId, origin, { fields: { text: card.text } });
      return { ok: true, recorded: { ...disposition, newRowId } };
    });
    return outcome ?? { ok: false, status: 404, error: UNKNOWN_PROGRAMME, reason: 'programme doc missing' };
  } catch (error) {
    if (error instanceof DocError) return { ok: false, status: 400, error: error.message, reason: `doc refused: ${error.code}` };
    throw error;
  }
}
