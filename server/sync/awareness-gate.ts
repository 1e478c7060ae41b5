/**
 * What one connection may put into its room's awareness: exactly one client id (the first it
 * announces and nobody else holds), states up to MAX_AWARENESS_STATE_CHARS, the user stamped from
 * the session (presence-stamp.ts), and a rate limit (awareness-throttle.ts). Everything else is
 * dropped with one log line per kind and connection: a flood should not become a log flood.
 */
import type { Connection } from './connection.ts';
import { decodeAwarenessEntries, type AwarenessEntry } from './awareness-entries.ts';
import { AwarenessThrottle } from './awareness-throttle.ts';
import { stampPresence } from './presence-stamp.ts';

/**
 * The real client sends user (id, name, colour) and focus (row, column, editing): about 200
 * characters. Twenty times that leaves room for longer names and ids, not for payloads.
 */
const MAX_AWARENESS_STATE_CHARS = 4 * 1024;

export interface AwarenessOwners {
  /** The connection that holds an awareness client id in this room, if any. */
  ownerOf(clientId: number): Connection | undefined;
  /**
   * The user a state of this id was stamped with when no socket here holds it: a socket on
   * another process (server/sync/fanout/). Such an id is taken too, except by the same user
   * (a page that moved from a killed process keeps its id).
   */
  remoteUserOf(clientId: number): string | undefined;
  /** Gives the id to `conn`; a previous holder (the same user's dropped socket) loses it. */
  claim(clientId: number, conn: Connection): void;
  /** The room's own awareness id, which no socket may use. */
  readonly serverClientId: number;
}

export class AwarenessGate {
  /** The one awareness client id of this connection, once it announced one. */
  clientId: number | null = null;
  private readonly logged = new Set<string>();
  private readonly throttle: AwarenessThrottle;

  constructor(
    private readonly conn: Connection,
    private readonly owners: AwarenessOwners,
    apply: (entry: AwarenessEntry) => void,
  ) {
    this.throttle = new AwarenessThrottle(apply);
  }

  /** Throws when the bytes are no awareness update or a state is no JSON (the room closes with 4400). */
  receive(update: Uint8Array): void {
    let accepted: AwarenessEntry | null = null;
    for (const entry of decodeAwarenessEntries(update)) {
      if (!this.mayWrite(entry.clientId)) continue;
      if (entry.state.length > MAX_AWARENESS_STATE_CHARS) {
        this.logOnce('state-size', 'awareness state over the size limit dropped', { chars: entry.state.length, limit: MAX_AWARENESS_STATE_CHARS });
        continue;
      }
      const parsed: unknown = JSON.parse(entry.state);
      const state = parsed === null ? 'null' : JSON.stringify(stampPresence(parsed, this.conn.principal));
      accepted = { ...entry, state };
    }
    if (accepted) this.throttle.offer(accepted);
  }

  stop(): void {
    this.throttle.stop();
  }

  private mayWrite(clientId: number): boolean {
    if (this.clientId === clientId && this.owners.ownerOf(clientId) === this.conn) return true;
    if (this.clientId !== null) {
      this.logOnce('other-id', 'awareness for a second client id dropped', { clientId, own: this.clientId });
      return false;
    }
    const holder = this.owners.ownerOf(clientId);
    const remoteUser = holder === undefined ? this.owners.remoteUserOf(clientId) : undefined;
    const taken =
      clientId === this.owners.serverClientId ||
      (holder !== undefined && holder !== this.conn && holder.principal.id !== this.conn.principal.id) ||
      (remoteUser !== undefined && remoteUser !== this.conn.principal.id);
    if (taken) {
      this.logOnce('taken-id', "awareness for another connection's client id dropped", { clientId });
      return false;
    }
    this.clientId = clientId;
    this.owners.claim(clientId, this.conn);
    return true;
  }

  private logOnce(kind: string, msg: string, fields: Record<string, unknown>): void {
    if (this.logged.has(kind)) return;
    this.logged.add(kind);
    this.conn.log.warn(msg, { user: this.conn.principal.id, ...fields });
  }
}
