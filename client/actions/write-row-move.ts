/** Moving a row one place among its siblings, through the council lock like every row change. */
import type * as Y from 'yjs';
import { moveRowBy, type EditOrigin } from '../../shared/doc/index.ts';
import type { EntityKind } from '../../shared/model/entities.ts';
import { rowPassFor, type CouncilWriteContext } from '../council/council-write.ts';
import { requestMove, type MovePositions } from '../council/section-write.ts';

/**
 * Moves a row one place among its siblings; for a council-owned row after adoption only with a
 * pass for that row, and with its change request in the same transaction (one undo step).
 * False at an edge (nothing written).
 */
export function writeRowMove(
  doc: Y.Doc,
  origin: EditOrigin,
  kind: EntityKind,
  rowId: string,
  step: -1 | 1,
  council: CouncilWriteContext,
  positions: MovePositions,
): boolean {
  const pass = rowPassFor(kind, council, rowId);
  if (!pass) return moveRowBy(doc, kind, rowId, step, origin);
  let moved = false;
  doc.transact(() => {
    moved = moveRowBy(doc, kind, rowId, step, origin);
    if (moved) requestMove(doc, origin, { kind, rowId }, positions, pass, council);
  }, origin);
  return moved;
}
