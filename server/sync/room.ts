/**
 * One loaded document and the sockets editing it.
 *
 * An incoming update runs the steps in ./update-steps/ (admit, hold pending, check policy,
 * skip known, store, apply, after apply, relay, compact): the room only provides what they act
 * on. An update that cannot be stored is never applied or relayed; its sender is closed with a
 * transient code and resends it through sync step 2 when it reconnects. Held updates run the
 * same steps again after anything was applied. Awareness passes each connection's gate
 * (awareness-gate.ts) before the room's Awareness holds it; what changed goes out once per
 * event-loop turn (awareness-relay.ts).
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
import { AwarenessRelay } from './awareness-relay.ts';
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

/** A sync frame read in this turn, handled when the turn's group commit runs. */
type Inbound = { conn: Connection; type: 'update'; update: Uint8Array; step: 'step2' | 'update' } | { conn: Connection; type: 'syncStep1'; stateVector: Uint8Array };

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
  private readonly presence: AwarenessRelay<Connection>;
  /** Bytes appended since the log was last compacted (or loaded), and the compacted state's size. */
  private logBytes = 0;
  private compactedBytes = 0;
  /** Where another process compacts (mayCompact): the log's rows and bytes when this one last measured the document. */
  private measuredAt = { rows: 0, bytes: 0 };
  private readonly log: Logger;
  private unloaded = false;
  /** Sync frames read in this turn; handled together in one group commit (commitTurn). */
  private readonly inbox: Inbound[] = [];
  private commitScheduled: NodeJS.Immediate | null = null;
  private compactionScheduled: NodeJS.Immediate | null = null;
  /** While a group commit runs: what goes out once it is stored. */
  private outbox: Array<() => void> | null = null;
  /**
   * Set when a group commit failed after its updates were applied: the doc holds what the store
   * lacks. Every socket was closed with a transient code (their pages resend on reconnect);
   * the registry loads the document afresh instead of joining this room.
   */
  broken = false;
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
      countStored: (conn, bytes) => {
        this.logRows++;
        this.logBytes += bytes;
        this.budget.charge(this.id, conn.principal.id, bytes);
      },
      storageRefusal: (conn, update) => this.storageRefusal(conn, update),
      applyAndRelay: (update, origin) => this.applyAndRelay(update, origin),
      compactWhenDue: () => this.compactWhenDue(),
    };
    this.load();
    this.hooks.onLoaded?.(this);
    const onApplied = this.hooks.onApplied?.bind(this.hooks, this);
    this.doc.on('afterTransaction', (transaction: Y.Transaction) => afterApplying(onApplied, transaction, this.log));
    this.presence = new AwarenessRelay(this.awareness, () => this.connections, (conn, message) => this.send(conn, message));
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) =>
      this.presence.queue([...added, ...updated, ...removed], origin),
    );
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
      case 'update':
        // In order with the socket's updates: a sync step 2 answer is read after they are stored.
        this.inbox.push({ conn, ...message });
        this.commitScheduled ??= setImmediate(() => this.commitTurn());
        return;
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
    this.commitTurn(); // what sockets sent this turn goes first, as it would have without the change
    const scratch = new Y.Doc();
    try {
      Y.applyUpdate(scratch, Y.encodeStateAsUpdate(this.doc));
      const updates: Uint8Array[] = [];
      scratch.on('update', (update: Uint8Array) => updates.push(update));
      const result = change(scratch);
      if (updates.length > 0) {
        const update = updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
        // Stored (with its history) before it is applied: a failing append throws to the caller
        // and leaves the doc as it was.
        this.inGroupCommit(() => {
          this.store.append(this.id, update);
          this.logRows++;
          this.logBytes += update.byteLength;
          this.applyAndRelay(update, origin);
          this.retryPending();
        });
        this.compactWhenDue();
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
    this.presence.stop();
    for (const timer of [this.commitScheduled, this.compactionScheduled]) if (timer) clearImmediate(timer);
    this.inbox.length = 0; // their sockets are gone; their pages resend through sync step 2
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
      const relay = () => {
        for (const applied of changed) {
          relayUpdate(this.connections, applied, origin, (conn, message) => this.send(conn, message));
          if (stored) this.hooks.onRelayed?.(this, applied);
        }
      };
      // Inside a group commit: relayed once the batch is stored (outbox), to whoever is there then.
      if (this.outbox) this.outbox.push(relay);
      else relay();
    }
  }

  /**
   * The turn's sync frames, in the order they were read, in one group commit (issue 15): every
   * update runs the steps (stored inside the batch, applied, its relay and history staged), the
   * batch commits with one fsync, then what it staged goes out. An append that fails closes
   * its sender only, as before; a commit that fails after updates were applied closes every
   * socket (storageLost).
   */
  private commitTurn(): void {
    if (this.commitScheduled) clearImmediate(this.commitScheduled);
    this.commitScheduled = null;
    if (this.inbox.length === 0 || this.unloaded) return;
    const frames = this.inbox.splice(0);
    try {
      this.inGroupCommit(() => this.handleFrames(frames));
    } catch {
      // Logged in inGroupCommit; nothing of the batch was relayed. Its senders still here never
      // heard back (no relay, no sync step 2 answer): they are closed too, so their pages
      // reconnect and resend instead of waiting for an answer that never comes.
      for (const conn of new Set(frames.map((frame) => frame.conn))) {
        if (this.connections.has(conn)) this.drop(conn, CLOSE.storageFailed, 'group commit failed');
      }
    }
  }

  private handleFrames(frames: readonly Inbound[]): void {
    for (const [index, frame] of frames.entries()) {
      if (this.compactionDue()) {
        // The log is due: this batch ends here, compaction runs in its own turn (already
        // scheduled), and the rest waits for the next batch, which runs after it.
        this.compactWhenDue();
        this.inbox.unshift(...frames.slice(index));
        this.commitScheduled ??= setImmediate(() => this.commitTurn());
        return;
      }
      const { conn } = frame;
      if (!this.connections.has(conn)) continue; // dropped by an earlier frame, or gone
      if (frame.type === 'syncStep1') {
        this.outbox!.push(() => {
          if (this.connections.has(conn)) this.send(conn, syncStep2Message(this.doc, frame.stateVector));
        });
        continue;
      }
      const before = this.applied;
      runUpdateSteps({ room: this.pipeline, conn, update: readUpdate(this.doc, frame.update) });
      if (this.applied !== before || frame.step === 'step2') this.retryPending();
    }
  }


  /** Runs work in one group commit and sends what it staged once that returned. */
  private inGroupCommit(work: () => void): void {
    const outbox: Array<() => void> = [];
    const applied = this.applied;
    this.outbox = outbox;
    try {
      this.store.groupCommit(work);
    } catch (error) {
      this.outbox = null;
      if (this.applied !== applied) this.storageLost(error);
      else this.log.error('group commit failed; nothing of it was applied or relayed', { error });
      throw error;
    }
    this.outbox = null;
    for (const send of outbox) send();
  }

  /** The doc holds updates the store lost with a failed commit: nobody may build on them. */
  private storageLost(error: unknown): void {
    this.broken = true;
    this.log.error('group commit failed after applying; every socket closed, the document reloads', { error });
    for (const conn of [...this.connections]) this.drop(conn, CLOSE.storageFailed, 'group commit failed');
  }

  /** Off the hot path: after the turn's batch went out, never between its relays. */
  private compactWhenDue(): void {
    if (this.hooks.mayCompact?.(this) === false) return this.measureWhenDue();
    if (!this.compactionDue() || this.compactionScheduled) return;
    this.compactionScheduled = setImmediate(() => {
      this.compactionScheduled = null;
      if (!this.unloaded && this.compactionDue()) this.compact('threshold');
    });
  }

  /**
   * Another process holds the compaction lease, so this one never learns the compacted size
   * from a compaction of its own: it measures the document (the same on every process) as
   * often as it would have compacted, so the document cap (storageRefusal) holds for its
   * sockets too, not only for those of the process that compacts.
   */
  private measureWhenDue(): void {
    const rows = this.logRows - this.measuredAt.rows;
    const bytes = this.logBytes - this.measuredAt.bytes;
    if (rows <= this.config.compactThreshold && bytes <= this.config.storage.compactAfterBytes) return;
    this.compactedBytes = Y.encodeStateAsUpdate(this.doc).byteLength;
    this.measuredAt = { rows: this.logRows, bytes: this.logBytes };
  }

  /**
   * By rows, and by bytes so one compaction never has to fold a flood (issue 11, item 11).
   * Never due where another process holds the compaction lease (mayCompact): a batch that ends
   * at a due compaction would otherwise end at every turn and never handle its frames.
   */
  private compactionDue(): boolean {
    const grown = this.logRows > this.config.compactThreshold || this.logBytes > this.config.storage.compactAfterBytes;
    return grown && this.hooks.mayCompact?.(this) !== false;
  }

  /**
   * Server changes (restore, import) are not counted: they come through REST, under their own
   * limits. A full document still takes deletions, so people can make room.
   */
  private storageRefusal(conn: Connection, update: UpdateDescription): { close: CloseSpec; reason: string } | null {
    if (this.compactedBytes > this.config.storage.documentBytes && update.writes.some((w) => w.content.kind !== 'deleted')) {
      return { close: CLOSE.documentFull, reason: `document holds ${this.compactedBytes} bytes` };
    }
    if (!this.budget.fits(this.id, conn.principal.id, update.bytes.byteLength)) {
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
      this.measuredAt = { rows: 0, bytes: 0 };
      this.log.info('log compacted', { why, merged: result.merged, bytes: this.compactedBytes, ms: Math.round(performance.now() - started) });
    } catch (error) {
      // Nothing is lost: the uncompacted log is still complete. Try again a threshold later.
      this.logRows = 0;
      this.logBytes = 0;
      this.measuredAt = { rows: 0, bytes: 0 };
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
