/**
 * Admission of every frame a socket sends, before its type is known: binary only, within the
 * size limit, a readable y-websocket message.
 */
import { CLOSE, type CloseSpec } from '../../../shared/protocol.ts';
import { MalformedMessage, parseClientMessage, type ClientMessage } from '../messages.ts';

export type FrameAdmission = { ok: true; message: ClientMessage } | { ok: false; close: CloseSpec; detail: string };

export function admitFrame(data: unknown, maxMessageBytes: number): FrameAdmission {
  if (typeof data === 'string') return { ok: false, close: CLOSE.textFrame, detail: 'text frame' };
  if (!(data instanceof ArrayBuffer)) return { ok: false, close: CLOSE.badMessage, detail: 'unexpected frame data' };
  if (data.byteLength > maxMessageBytes) return { ok: false, close: CLOSE.messageTooLarge, detail: `message of ${data.byteLength} bytes` };
  try {
    return { ok: true, message: parseClientMessage(new Uint8Array(data)) };
  } catch (error) {
    return { ok: false, close: CLOSE.badMessage, detail: error instanceof MalformedMessage ? error.message : String(error) };
  }
}
