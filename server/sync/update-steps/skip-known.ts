/**
 * Step 3: an allowed update the room already has is not stored again. Every (re)connect sends
 * sync step 2; most carry nothing new and need no log row. A policy that let an unreadable
 * update through must not get it stored.
 */
import { CLOSE } from '../../../shared/protocol.ts';
import type { UpdateStep } from './context.ts';

export const skipKnown: UpdateStep = ({ room, conn, update }) => {
  if (!update.readable) {
    room.drop(conn, CLOSE.updateRejected, `unreadable update (${update.unreadableReason})`);
    return 'done';
  }
  return update.known ? 'done' : 'next';
};
