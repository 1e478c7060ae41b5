/**
 * After admit, before the policy, hold pending: an update that builds on items the room does not have yet is not a
 * fault. The client typed it before the server's sync reply arrived; its base follows in the
 * client's sync step 2. As y-websocket's own server does (Yjs keeps such structs pending), the
 * room keeps it per connection, unjudged, unstored and unrelayed, and runs it through the whole
 * pipeline once what it builds on is there. Only a full buffer closes the socket with 4509: the
 * client reconnects and resends everything through sync step 2, so its work is never lost.
 * Read-only sockets skip this: their updates are refused whatever they build on.
 */
import { CLOSE } from '../../../shared/protocol.ts';
import type { UpdateStep } from './context.ts';

export const holdPending: UpdateStep = ({ room, conn, update, retry }) => {
  if (conn.access === 'read' || !update.problem?.missingDependency) return 'next';
  if (conn.pendingUpdates.hold(update.bytes)) {
    if (!retry) conn.log.info('update held until what it builds on arrives', { reason: update.problem.reason, pending: conn.pendingUpdates.size });
    return 'done';
  }
  const { size, bytes } = conn.pendingUpdates;
  conn.pendingUpdates.clear();
  room.drop(conn, CLOSE.missingDependency, `pending buffer full (${size} updates, ${bytes} bytes): ${update.problem.reason}`);
  return 'done';
};
