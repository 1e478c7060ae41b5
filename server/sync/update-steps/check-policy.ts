/**
 * Step 2, before anything is stored: the room's policy decides on the update's description.
 * Allowed: go on. Refused with a close code: the sender is closed. Refused without one (rights):
 * dropped silently for the sender, with one log line.
 */
import type { UpdateStep } from './context.ts';

export const checkPolicy: UpdateStep = ({ room, conn, update }) => {
  const decision = room.policy.decide(update, conn, room.doc);
  if (!decision) return 'next';
  if (decision.close) {
    room.drop(conn, decision.close, decision.reason);
    return 'done';
  }
  conn.log.warn('update ignored', { access: conn.access, user: conn.principal.id, reason: decision.reason });
  return 'done';
};
