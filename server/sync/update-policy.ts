/**
 * What a room does with an incoming update from one socket, decided before anything is
 * stored: an applied Yjs update cannot be taken back. Programme rooms and werkatelier rooms
 * have their own policy, one mechanism: a function of the update's description (read once by
 * the room, shared/doc/update-reader), the socket's verified principal and access, and the
 * room's current doc.
 */
import type * as Y from 'yjs';
import { readUpdate, type UpdateDescription } from '../../shared/doc/index.ts';
import type { CloseSpec } from '../../shared/protocol.ts';
import type { Connection } from './connection.ts';

/**
 * Null: store, apply and relay. Otherwise the update is dropped (never stored or relayed);
 * with `close`, the sender's socket is closed with that code as well.
 */
export type UpdateDecision = null | { close: CloseSpec | null; reason: string };

/** What a policy may know of the socket. */
type Sender = Pick<Connection, 'docId' | 'principal' | 'access'>;

export type DecideUpdate = (description: UpdateDescription, sender: Sender, doc: Y.Doc) => UpdateDecision;

export interface UpdatePolicy {
  decide: DecideUpdate;
  /** decide() on raw bytes, for callers that have not read the update yet. */
  check(doc: Y.Doc, sender: Sender, update: Uint8Array): UpdateDecision;
}

export function updatePolicy(decide: DecideUpdate): UpdatePolicy {
  return { decide, check: (doc, sender, update) => decide(readUpdate(doc, update), sender, doc) };
}
