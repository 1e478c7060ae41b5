/**
 * Presence goes out once per event-loop turn per room: every awareness change the room took in
 * during the turn (each client id once, with its latest state) becomes one message per
 * recipient, sent from setImmediate, after every frame the turn read. Relaying message by
 * message, socket by socket, cost 200 x 200 sends a second at 200 clients and was the whole
 * latency tail (issue 15).
 *
 * A recipient does not get its own state back: it has it. Except when the server sent that
 * socket nothing for KEEPALIVE_MS: y-websocket reconnects after 30 s without a message, and a
 * lone editor hears nothing but its own renewals (every 15 s), so those still come back to it.
 *
 * Cost: each changed state is encoded once per turn; the shared message once; a recipient that
 * owns one of the states gets a message without it, built from the encoded entries (its bytes
 * are what it must receive anyway). Linear in the number of clients per change.
 */
import * as encoding from 'lib0/encoding';
import type { Awareness } from 'y-protocols/awareness';
import { MESSAGE_TYPE } from '../../shared/protocol.ts';

/** Well under y-websocket's 30 s reconnect timeout, and under its 15 s renewal interval. */
const KEEPALIVE_MS = 10_000;

/** What the relay needs of a socket: identity (as the awareness origin) and when it was last sent anything. */
export interface PresenceRecipient {
  readonly lastSentAt: number;
}

interface Entry {
  origin: unknown;
  /** clientId, clock and state JSON, as y-protocols writes one entry. */
  bytes: Uint8Array;
}

export class AwarenessRelay<C extends PresenceRecipient> {
  /** Client id -> origin of its latest change (a connection, or null/'timeout' for the server's own removals). */
  private readonly changed = new Map<number, unknown>();
  private scheduled: NodeJS.Immediate | null = null;

  constructor(
    private readonly awareness: Awareness,
    private readonly recipients: () => Iterable<C>,
    private readonly send: (conn: C, message: Uint8Array) => void,
  ) {}

  /** Called from the Awareness 'update' event: these ids changed (or were renewed or removed), by `origin`. */
  queue(clientIds: readonly number[], origin: unknown): void {
    for (const id of clientIds) {
      this.changed.delete(id); // keeps the map in order of the latest change
      this.changed.set(id, origin);
    }
    this.scheduled ??= setImmediate(() => this.flush());
  }

  /** The room unloads: nothing more goes out. */
  stop(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
    this.changed.clear();
  }

  private flush(): void {
    this.scheduled = null;
    const entries = this.encodeChanged();
    this.changed.clear();
    if (entries.length === 0) return;
    const all = awarenessFrame(entries);
    const now = performance.now();
    for (const conn of [...this.recipients()]) {
      let own = 0;
      for (const entry of entries) if (entry.origin === conn) own++;
      if (own === 0 || now - conn.lastSentAt > KEEPALIVE_MS) this.send(conn, all);
      else if (own < entries.length) this.send(conn, awarenessFrame(entries.filter((entry) => entry.origin !== conn)));
    }
  }

  /** As y-protocols' encodeAwarenessUpdate, entry by entry: a removed state goes out as null. */
  private encodeChanged(): Entry[] {
    const entries: Entry[] = [];
    for (const [clientId, origin] of this.changed) {
      const meta = this.awareness.meta.get(clientId);
      if (!meta) continue;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, clientId);
      encoding.writeVarUint(encoder, meta.clock);
      encoding.writeVarString(encoder, JSON.stringify(this.awareness.getStates().get(clientId) ?? null));
      entries.push({ origin, bytes: encoding.toUint8Array(encoder) });
    }
    return entries;
  }
}

/** One y-websocket awareness message carrying these entries. */
function awarenessFrame(entries: readonly Entry[]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const entry of entries) encoding.writeUint8Array(inner, entry.bytes);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPE.awareness);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}
