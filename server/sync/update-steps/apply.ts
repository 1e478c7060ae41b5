/**
 * Step 5, apply, and with it steps 6 and 7: Yjs runs the after-apply hooks (after-apply.ts)
 * inside the transaction's end, while it can still tell what changed, and the room relays what
 * changed (relay.ts) once the transaction is done. An update the policy let through that Yjs
 * cannot integrate keeps the room and loses the sender.
 */
import { CLOSE } from '../../../shared/protocol.ts';
import type { UpdateStep } from './context.ts';

export const applyUpdate: UpdateStep = ({ room, conn, update }) => {
  try {
    room.applyAndRelay(update.bytes, conn);
  } catch (error) {
    conn.log.error('update passed the guard but failed to apply', { error });
    room.drop(conn, CLOSE.updateRejected, 'update failed to apply');
    return 'done';
  }
  return 'next';
};
