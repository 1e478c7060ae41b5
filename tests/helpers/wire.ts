/** Hand-built y-websocket frames, for tests that speak the protocol without a provider. */
import * as encoding from 'lib0/encoding';
import { MESSAGE_TYPE, SYNC_STEP } from '../../shared/protocol.ts';

export function updateFrame(update: Uint8Array, step: 'update' | 'step2' = 'update'): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPE.sync);
  encoding.writeVarUint(encoder, step === 'update' ? SYNC_STEP.update : SYNC_STEP.step2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
