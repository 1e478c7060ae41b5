/** Encoding and decoding of y-websocket messages (see shared/protocol.ts for the type numbers). */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MESSAGE_TYPE, SYNC_STEP } from '../../shared/protocol.ts';

export type ClientMessage =
  | { type: 'syncStep1'; stateVector: Uint8Array }
  | { type: 'update'; update: Uint8Array; step: 'step2' | 'update' }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'queryAwareness' }
  | { type: 'auth' };

export class MalformedMessage extends Error {}

/** Reads one message from a client; throws MalformedMessage when it cannot. */
export function parseClientMessage(data: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE_TYPE.sync: {
        const step = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (step === SYNC_STEP.step1) {
          Y.decodeStateVector(payload); // throws on garbage, before we answer it
          return { type: 'syncStep1', stateVector: payload };
        }
        if (step === SYNC_STEP.step2) return { type: 'update', update: payload, step: 'step2' };
        if (step === SYNC_STEP.update) return { type: 'update', update: payload, step: 'update' };
        throw new MalformedMessage(`unknown sync step ${step}`);
      }
      case MESSAGE_TYPE.awareness:
        return { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
      case MESSAGE_TYPE.queryAwareness:
        return { type: 'queryAwareness' };
      case MESSAGE_TYPE.auth:
        return { type: 'auth' };
      default:
        throw new MalformedMessage(`unknown message type ${type}`);
    }
  } catch (error) {
    if (error instanceof MalformedMessage) throw error;
    throw new MalformedMessage(error instanceof Error ? error.message : String(error));
  }
}

export function syncStep1Message(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPE.sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function syncStep2Message(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPE.sync);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPE.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPE.awareness);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}
