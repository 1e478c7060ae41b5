/**
 * Step before storing: bytes the room may still take (issue 11, item 11). A user past their
 * rolling hour of stored bytes, or a document past its size cap, is refused with its own close
 * code, so the page can say why in Dutch; what the room already holds is untouched. This only
 * asks whether the bytes fit: they are charged by the store step once the append is durable.
 */
import type { UpdateStep } from './context.ts';

export const checkStorage: UpdateStep = ({ room, conn, update }) => {
  const refusal = room.storageRefusal(conn, update);
  if (!refusal) return 'next';
  room.drop(conn, refusal.close, refusal.reason);
  return 'done';
};
