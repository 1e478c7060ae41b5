/**
 * What one process tells the others about sockets, as plain data that survives JSON: which
 * sockets to close (ended sessions, an archived programme, a closed werkatelier) and whose
 * rights changed. The process where it happened acts on its own sockets at once and announces
 * it; every other process acts on its own when the announcement arrives (fanout.ts).
 */
import { CLOSE, type CloseSpec } from '../../../shared/protocol.ts';
import type { Access } from '../../auth/principal.ts';
import type { Connection } from '../connection.ts';

/** Picks sockets by what every process can tell about them. */
export type SocketSelector =
  /** Every socket of these sessions (sign-out, deactivation, password change, the session cap). */
  | { sessions: readonly string[] }
  /** Sockets on one document, optionally only those with one of `access`, without one of `exceptAccess`, or of one participant. */
  | { document: string; access?: readonly Access[]; exceptAccess?: readonly Access[]; participant?: string };

export type PeerEvent =
  | { type: 'drop'; selector: SocketSelector; code: number; detail: string }
  /** The user's grants changed: each process decides that user's open sockets again (recheck-access.ts). */
  | { type: 'recheck'; userId: string };

/** Where a process sends its announcements; without Redis nobody listens. */
export interface PeerAnnouncer {
  announce(event: PeerEvent): void;
  /** True when other processes may have rooms open (KOERS_REDIS_URL is set). */
  readonly shared: boolean;
}

export const NO_PEERS: PeerAnnouncer = { announce: () => {}, shared: false };

export function selects(selector: SocketSelector, conn: Pick<Connection, 'principal' | 'access'>, docId: string): boolean {
  if ('sessions' in selector) return selector.sessions.includes(conn.principal.sessionId);
  if (docId !== selector.document) return false;
  if (selector.access && !selector.access.includes(conn.access)) return false;
  if (selector.exceptAccess?.includes(conn.access)) return false;
  if (selector.participant !== undefined && !(conn.principal.kind === 'participant' && conn.principal.id === selector.participant)) return false;
  return true;
}

/** The close spec of an announced code; a code this version does not know closes as transient. */
export function closeOfCode(code: number): CloseSpec {
  return Object.values(CLOSE).find((spec) => spec.code === code) ?? CLOSE.rightsChanged;
}
