/**
 * What goes over Redis. On a document channel: `[origin process id, document id, kind,
 * payload]`, lib0 encoded; on the peers channel: one JSON object per message.
 *
 * On a document channel, the origin The origin lets every process skip what it published itself (Redis delivers a
 * publication to its own publisher's subscription too), so nothing is applied or published twice.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { PeerEvent } from './peer-events.ts';

export const KIND = {
  /** A Yjs update the origin process stored before it published it. */
  update: 0,
  /** An awareness update (y-protocols) of sockets on the origin process. */
  awareness: 1,
  /** "Send me the presence of your sockets": a process that just opened the room, or came back. */
  awarenessQuery: 2,
} as const;

type Kind = (typeof KIND)[keyof typeof KIND];

export interface DocumentMessage {
  origin: string;
  docId: string;
  kind: Kind;
  payload: Uint8Array;
}

export function encodeDocumentMessage({ origin, docId, kind, payload }: DocumentMessage): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, origin);
  encoding.writeVarString(encoder, docId);
  encoding.writeVarUint(encoder, kind);
  encoding.writeVarUint8Array(encoder, payload);
  const bytes = encoding.toUint8Array(encoder);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Null for bytes this version cannot read (a newer kind, a truncated message): they are skipped. */
export function decodeDocumentMessage(bytes: Uint8Array): DocumentMessage | null {
  try {
    const decoder = decoding.createDecoder(bytes);
    const origin = decoding.readVarString(decoder);
    const docId = decoding.readVarString(decoder);
    const kind = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (kind !== KIND.update && kind !== KIND.awareness && kind !== KIND.awarenessQuery) return null;
    return { origin, docId, kind, payload };
  } catch {
    return null;
  }
}

/**
 * On the peers channel. `alive`: the heartbeat; `bye`: a clean shutdown; `rejoined`: the
 * sender's connection to Redis came back, so what it published meanwhile may not have arrived;
 * `event`: an announcement about sockets.
 */
export type PeerMessage = { from: string } & ({ type: 'alive' } | { type: 'bye' } | { type: 'rejoined' } | { type: 'event'; event: PeerEvent });

export function encodePeerMessage(message: PeerMessage): string {
  return JSON.stringify(message);
}

/** Null for anything that is not a message this version knows. */
export function decodePeerMessage(raw: string): PeerMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const message = value as Partial<PeerMessage> & { event?: Partial<PeerEvent> };
  if (typeof message.from !== 'string') return null;
  switch (message.type) {
    case 'alive':
    case 'bye':
    case 'rejoined':
      return message as PeerMessage;
    case 'event':
      return isPeerEvent(message.event) ? (message as PeerMessage) : null;
    default:
      return null;
  }
}

function isPeerEvent(event: Partial<PeerEvent> | undefined): event is PeerEvent {
  if (!event) return false;
  if (event.type === 'recheck') return typeof event.userId === 'string';
  if (event.type !== 'drop') return false;
  const selector = event.selector as Record<string, unknown> | undefined;
  const validSelector = Array.isArray(selector?.sessions) || typeof selector?.document === 'string';
  return validSelector && typeof event.code === 'number' && typeof event.detail === 'string';
}
