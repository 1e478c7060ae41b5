/**
 * The council lock for whole goals (see council-write.ts for fields and single rows; the move
 * itself is written by client/actions/write-row-move.ts). After
 * adoption a goal's place in the programme and its indicator table are the raad's too: moving a
 * goal needs the same pass as editing its title, and deleting one records a change request for
 * every council-owned row it takes along, so V37 sees each removal as asked for.
 */
import type * as Y from 'yjs';
import { addChangeRequest, type EditOrigin } from '../../shared/doc/index.ts';
import type { EntityKind } from '../../shared/model/entities.ts';
import { COUNCIL_OWNED } from '../../shared/validation/index.ts';
import { WHOLE_ROW, type CouncilPass, type CouncilWriteContext, requestedUnder } from './council-write.ts';

/**
 * The field a change request names for a new place in the order. Not a row field, so V37 (which
 * reads WHOLE_ROW as "the whole row") does not take it as permission for later text edits; shown as is
 * in the list of change requests.
 */
export const ORDER_FIELD = 'Volgorde';

export interface MovePositions {
  /** 1-based places before and after, for the change request ("plaats 2" → "plaats 1"). */
  from: number;
  to: number;
}

export interface RemovedRow {
  kind: EntityKind;
  id: string;
  /** Its text, kept in the change request so the raad can see what went. */
  text: string;
}

/**
 * Change requests for council-owned rows that go along with a deleted goal (its indicators).
 * Call inside the deleting transaction; does nothing when nothing is locked.
 */
export function requestRemovals(doc: Y.Doc, origin: EditOrigin, council: CouncilWriteContext, rows: readonly RemovedRow[]): void {
  const pass = council.pass;
  if (!council.locked || !pass) return;
  for (const row of rows) {
    if (!COUNCIL_OWNED[row.kind]) continue;
    addChangeRequest(
      doc,
      {
        targetKind: row.kind,
        targetId: row.id,
        field: WHOLE_ROW,
        oldValue: row.text || '(leeg)',
        newValue: '',
        ...requestedUnder(pass, council),
      },
      origin,
    );
  }
}

/** The change request for a council-owned row's new place; call inside the moving transaction. */
export function requestMove(
  doc: Y.Doc,
  origin: EditOrigin,
  target: { kind: EntityKind; rowId: string },
  positions: MovePositions,
  pass: CouncilPass,
  council: CouncilWriteContext,
): void {
  addChangeRequest(
    doc,
    {
      targetKind: target.kind,
      targetId: target.rowId,
      field: ORDER_FIELD,
      oldValue: `plaats ${positions.from}`,
      newValue: `plaats ${positions.to}`,
      ...requestedUnder(pass, council),
    },
    origin,
  );
}
