/**
 * What a room does with an incoming update from one socket, decided before anything is
 * stored: an applied Yjs update cannot be taken back. Programme rooms and werkatelier rooms
 * have their own policy; both see the socket's verified principal and access.
 */
import type * as Y from 'yjs';
import type { CloseSpec } from '../../shared/protocol.ts';
import type { Connection } from './connection.ts';

/**
 * Null: store, apply and relay. Otherwise the update is dropped (never stored or relayed);
 * with `close`, the sender's socket is closed with that code as well.
 */
export type UpdateDecision = null | { close: CloseSpec | null; reason: string };

export interface UpdatePolicy {
  check(doc: Y.Doc, conn: Connection, update: Uint8Array): UpdateDecision;
}
