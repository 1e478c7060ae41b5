/**
 * Step 4, store: the durable append comes before anything else. An update that cannot be
 * stored is neither applied nor relayed; its sender is closed with a transient code and
 * resends it through sync step 2 when it reconnects.
 */
import { CLOSE } from '../../../shared/protocol.ts';
import type { UpdateStep } from './context.ts';

export const storeUpdate: UpdateStep = ({ room, conn, update }) => {
  try {
    room.store.append(room.id, update.bytes);
  } catch (error) {
    conn.log.error('append failed; update not applied', { error });
    room.drop(conn, CLOSE.storageFailed, 'append failed');
    return 'done';
  }
  room.countStored(conn, update.bytes.byteLength);
  return 'next';
};
