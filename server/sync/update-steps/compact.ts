/** Last step: the stored log is compacted once it passed its threshold (the update is already stored, applied and relayed). */
import type { UpdateStep } from './context.ts';

export const compactWhenDue: UpdateStep = ({ room }) => {
  room.compactWhenDue();
  return 'done';
};
