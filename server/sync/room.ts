/**
 * One loaded document and the sockets editing it.
 *
 * An incoming update runs the steps in ./update-steps/ (admit, hold pending, check policy,
 * skip known, store, apply, after apply, relay, compact): the room only provides what they act
 * on. An update that cannot be stored is never applied or relayed; its sender is closed with a
 * transient code and resends it through sync step 2 when it reconnects. Held updates run the
 * same steps again after anything was applied. Awareness passes each connection's gate
 * (awareness-gate.ts) before the room's Awareness holds or relays it.
 */
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { readUpdate, type EditOrigin, type UpdateDescription } from '../../shared/doc/index.ts';
import { CLOSE, type CloseSpec } from '../../shared/protocol.ts';
import type { Access, Principal } from '../auth/principal.ts';
import type { ServerConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import type { DocumentStore } from '../persistence/document-store.ts';
import { replayUpdates } from '../persistence/replay.ts';
import { encodeAwarenessEntry, type AwarenessEntry } from './awareness-entries.ts';
import { AwarenessGate, type AwarenessOwners } from './awareness-gate.ts';
import { Connection } from './connection.ts';
import { awarenessMessage, syncStep1Message, syncStep2Message } from './messages.ts';
import { StorageBudget } from './storage-budget.ts';
import type { UpdatePolicy } from './update-policy.ts';
import { admitFrame, afterApplying, relayUpdate, runUpdateSteps, type PipelineRoom } from './update-steps/index.ts';

export type RoomConfig = Pick<ServerConfig, 'compactThreshold' | 'maxMessageBytes' | 'backpressureBytes' | 'storage'>;

export interface RoomHooks {
  /** Called once the stored log is in the room's doc, before any connection joins. */
  onLoaded?(room: Room): void;
  /**
   * Called for every transaction that applied a connection's update or a server change, after
   * that update is stored, while Yjs can still tell what changed (cell history lives here).
   * Must not change the doc; errors are logged, never passed to the sender.
   */
  onApplied?(room: Room, source: Connection | EditOrigin, transaction: Y.Transaction): void;
  /**
   * Called with what a stored update changed, right after it was relayed to this room's
   * sockets: other processes get it from here (server/sync/fanout/). Not called for remote ones.
   */
  onRelayed?(room: Room, update: Uint8Array): void;
  /** False: another process compacts this document now (a lease); this room leaves its log alone. */
  mayCompact?(room: Room): boolean;
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<Connection>();
  private logRows = 0;
  /** Counts applied updates, so retrying held updates knows when a pass made progress. */
  private applied = 0;
  private retrying = false;
  private readonly awarenessGates = new Map<Connection, AwarenessGate>();
  private readonly awarenessOwners = new Map<number, Connection>();
  /** Bytes appended since the log was last compacted (or loaded), and the compacted state's size. */
  private logBytes = 0;
  private compactedBytes = 0;
  private readonly log: Logger;
  private unloaded = false;
  /** The room as the update steps see it. */
  private readonly pipeline: PipelineRoom;

  constructor(
    readonly id: string,
    private readonly store: DocumentStore,
    private readonly config: RoomConfig,
    log: Logger,
    /** Called when the last socket left; the registry decides when to unload. */
    private readonly onEmpty: (room: Room) => void,
    private readonly hooks: RoomHooks,
    /** Decides per update and socket what may be stored (programme or werkatelier rules). */
    private readonly policy: UpdatePolicy,
    /** Stored bytes per user per document over the last hour; the registry's, so it outlives the room. */
    private readonly budget: StorageBudget = new StorageBudget(config.storage.userBytesPerHour),
  ) {
    // One child logger per room and per connection: every line names its docId and conn.
    this.log = log.child({ docId: id });
    this.awareness.setLocalState(null); // the server has no presence of its own
    this.pipeline = {
      id,
      doc: this.doc,
      log: this.log,
      policy,
      store,
      drop: (conn, spec, detail) => this.drop(conn, spec, detail),
      countStored: (bytes) => {
        this.logRows++;
        this.logBytes += bytes;
      },
      storageRefusal: (conn, update) => this.storageRefusal(conn, update),
      applyAndRelay: (update, origin) => this.applyAndRelay(update, origin),
      compactWhenDue: () => this.compactWhenDue(),
    };
    this.load();
    this.hooks.onLoaded?.(this);
    const onApplied = this.hooks.onApplied?.bind(this.hooks, this);
    this.doc.on('afterTransaction', (transaction: Y.Transaction) => afterApplying(onApplied, transaction, this.log));
    this.awareness.on('update', (change: AwarenessChange) => this.relayAwareness(change));
  }

  join(socket: Connection['socket'], principal: Principal, access: Access): Connection {
    const conn = new Connection(socket, this.id, principal, access, this.log, this.config.maxMessageBytes);
    this.connections.add(conn);
    this.awarenessGates.set(conn, new AwarenessGate(conn, this.owners, (entry) => this.applyAwareness(conn, entry)));
    this.send(conn, syncStep1Message(this.doc));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) this.send(conn, awarenessMessage(this.awareness, states));
    conn.log.debug('connection opened', { access, connections: this.connections.size });
    return conn;
  }

  /** Handles one frame from a socket, as the Hono adapter delivers it. */
  receive(conn: Connection, data: unknown): void {
    if (!this.connections.has(conn)) return; // already dropped; late frames are ignored
    const frame = admitFrame(data, this.config.maxMessageBytes);
    if (!frame.ok) return this.drop(conn, frame.close, frame.detail);
    const message = frame.message;
    switch (message.type) {
      case 'syncStep1':
        return this.send(conn, syncStep2Message(this.doc, message.stateVector));
      case 'update': {
        const before = this.applied;
        runUpdateSteps({ room: this.pipeline, conn, update: readUpdate(this.doc, message.update) });
        if (this.applied !== before || message.step === 'step2') this.retryPending();
        return;
      }
      case 'awareness':
        try {
          this.awarenessGates.get(conn)?.receive(message.update);
        } catch (error) {
          this.drop(conn, CLOSE.badMessage, `awareness: ${error instanceof Error ? error.message : String(error)}`);
        }
        return;
      case 'queryAwareness':
        return this.send(conn, awarenessMessage(this.awareness, [...this.awareness.getStates().keys()]));
      case 'auth':
        return; // sign-in is checked once, at the upgrade (session cookie); nothing to do here
    }
  }

  /** Removes a socket from the room (idempotent); its presence disappears for the others. */
  leave(conn: Connection): void {
    if (!this.connections.delete(conn)) return;
    conn.pendingUpdates.clear();
    const gate = this.awarenessGates.get(conn);
    this.awarenessGates.delete(conn);
    gate?.stop();
    if (gate?.clientId != null && this.awarenessOwners.get(gate.clientId) === conn) {
      this.awarenessOwners.delete(gate.clientId);
      awarenessProtocol.removeAwarenessStates(this.awareness, [gate.clientId], null);
    }
    conn.log.debug('connection left', { connections: this.connections.size });
    if (this.connections.size === 0) this.onEmpty(this);
  }

  /** Closes a socket for a reason; one JSON log line says why. */
  drop(conn: Connection, spec: CloseSpec, detail: string): void {
    const level = spec.code >= 4500 || spec.code < 4000 ? 'info' : 'warn';
    conn.log[level]('connection closed by server', {
      code: spec.code,
      reason: spec.reason,
      detail,
    });
    this.leave(conn);
    conn.close(spec);
  }

  /**
   * A change the server makes itself (a restore). It runs on a copy of the current state, so
   * a change that throws leaves nothing behind; its update then takes the same path as a
   * client's: stored first, then applied and relayed to every socket.
   */
  applyServerChange<T>(origin: EditOrigin, change: (doc: Y.Doc) => T): T {
    const scratch = new Y.Doc();
    try {
      Y.applyUpdate(scratch, Y.encodeStateAsUpdate(this.doc));
      const updates: Uint8Array[] = [];
      scratch.on('update', (update: Uint8Array) => updates.push(update));
      const result = change(scratch);
      if (updates.length > 0) {
        const update = updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
        this.store.append(this.id, update);
        this.logRows++;
        this.logBytes += update.byteLength;
        this.applyAndRelay(update, origin);
        this.compactWhenDue();
        this.retryPending();
      }
      return result;
    } finally {
      scratch.destroy();
    }
  }

  /**
   * An update another process stored and published (server/sync/fanout/): applied and relayed
   * to this room's sockets, never stored, recorded or published again. It counts as a row of
   * the log, which this room may be the one to compact.
   */
  applyRemote(update: Uint8Array, origin: object): void {
    if (this.unloaded) return;
    this.logRows++;
    this.logBytes += update.byteLength;
    this.applyAndRelay(update, origin, false);
    this.compactWhenDue();
    this.retryPending();
  }

  /** Final compaction and release; the store already holds every applied update. */
  unload(): void {
    if (this.unloaded) return;
    this.unloaded = true;
    if (this.logRows > 1) this.compact('unload');
    this.doc.destroy(); // also destroys the awareness and its timer
    this.log.debug('room unloaded');
  }

  private load(): void {
    const updates = this.store.load(this.id);
    replayUpdates(this.doc, updates, (index, error) =>
      this.log.error('stored update could not be applied; skipped', { index, error }),
    );
    this.logRows = updates.length;
    this.logBytes = updates.reduce((sum, update) => sum + update.byteLength, 0);
    this.compactedBytes = this.logBytes;
    if (this.compactionDue()) this.compact('load');
  }

  /**
   * Applies stored bytes. What changed is relayed once the transaction ended, to everyone but
   * the sender; a failing apply still relays what Yjs integrated before it threw.
   */
  private applyAndRelay(update: Uint8Array, origin: Connection | EditOrigin | object, stored = true): void {
    const changed: Uint8Array[] = [];
    const capture = (applied: Uint8Array) => changed.push(applied);
    this.applied++;
    this.doc.on('update', capture);
    try {
      Y.applyUpdate(this.doc, update, origin);
    } finally {
      this.doc.off('update', capture);
      for (const applied of changed) {
        relayUpdate(this.connections, applied, origin, (conn, message) => this.send(conn, message));
        if (stored) this.hooks.onRelayed?.(this, applied);
      }
    }
  }

  private compactWhenDue(): void {
    if (this.compactionDue()) this.compact('threshold');
  }

  /** By rows, and by bytes so one compaction never has to fold a flood (issue 11, item 11). */
  private compactionDue(): boolean {
    return this.logRows > this.config.compactThreshold || this.logBytes > this.config.storage.compactAfterBytes;
  }

  /**
   * Server changes (restore, import) are not counted: they come through REST, under their own
   * limits. A full document still takes deletions, so people can make room.
   */
  private storageRefusal(conn: Connection, update: UpdateDescription): { close: CloseSpec; reason: string } | null {
    if (this.compactedBytes > this.config.storage.documentBytes && update.writes.some((w) => w.content.kind !== 'deleted')) {
      return { close: CLOSE.documentFull, reason: `document holds ${this.compactedBytes} bytes` };
    }
    if (!this.budget.charge(this.id, conn.principal.id, update.bytes.byteLength)) {
      return { close: CLOSE.storageQuota, reason: `user ${conn.principal.id} passed ${this.config.storage.userBytesPerHour} stored bytes this hour` };
    }
    return null;
  }

  /**
   * Runs every connection's held updates through the pipeline again, read against the doc as
   * it is now, until a pass applies nothing: one update can be the base of the next. Those
   * still lacking their base are held again, in their order.
   */
  private retryPending(): void {
    if (this.retrying) return; // an update applied during a retry is covered by its next pass
    this.retrying = true;
    try {
      let before: number;
      do {
        before = this.applied;
        for (const conn of this.connections) {
          if (conn.pendingUpdates.size === 0) continue;
          for (const bytes of conn.pendingUpdates.takeAll()) {
            if (!this.connections.has(conn)) break; // closed by an earlier one of its updates
            runUpdateSteps({ room: this.pipeline, conn, update: readUpdate(this.doc, bytes), retry: true });
          }
        }
      } while (this.applied !== before);
    } finally {
      this.retrying = false;
    }
  }

  private get owners(): AwarenessOwners {
    return {
      ownerOf: (clientId) => this.awarenessOwners.get(clientId),
      remoteUserOf: (clientId) => stampedUserOf(this.awareness.getStates().get(clientId)),
      claim: (clientId, conn) => this.awarenessOwners.set(clientId, conn),
      serverClientId: this.awareness.clientID,
    };
  }

  /** A state the connection's gate let through (one id, size-capped, user stamped, rate-limited). */
  private applyAwareness(conn: Connection, entry: AwarenessEntry): void {
    if (!this.connections.has(conn) || this.awarenessOwners.get(entry.clientId) !== conn) return;
    awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntry(entry), conn);
  }

  private relayAwareness({ added, updated, removed }: AwarenessChange): void {
    // Sent to the sender too: y-websocket reconnects after 30 s without any message, and
    // its own renewals coming back are what keeps a lone editor's connection quiet.
    const message = awarenessMessage(this.awareness, [...added, ...updated, ...removed]);
    for (const conn of this.connections) this.send(conn, message);
  }

  private send(conn: Connection, message: Uint8Array): void {
    if (conn.bufferedAmount > this.config.backpressureBytes) {
      return this.drop(conn, CLOSE.slowConsumer, `${conn.bufferedAmount} bytes queued`);
    }
    conn.send(message);
  }

  private compact(why: 'threshold' | 'load' | 'unload'): void {
    if (this.hooks.mayCompact?.(this) === false) return;
    const started = performance.now();
    try {
      const result = this.store.compact(this.id);
      this.logRows = this.logRows - result.merged + (result.merged > 0 ? 1 : 0);
      // The compacted row is the state of this doc, gc'd like it: its encoding has the same size.
      this.compactedBytes = Y.encodeStateAsUpdate(this.doc).byteLength;
      this.logBytes = 0;
      this.log.info('log compacted', { why, merged: result.merged, bytes: this.compactedBytes, ms: Math.round(performance.now() - started) });
    } catch (error) {
      // Nothing is lost: the uncompacted log is still complete. Try again a threshold later.
      this.logRows = 0;
      this.logBytes = 0;
      this.log.error('compaction failed', { why, error });
    }
  }
}

/** The user id the origin process stamped on an awareness state (presence-stamp.ts). */
function stampedUserOf(state: unknown): string | undefined {
  const user = state !== null && typeof state === 'object' ? (state as { user?: unknown }).user : undefined;
  const id = user !== null && typeof user === 'object' ? (user as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}
