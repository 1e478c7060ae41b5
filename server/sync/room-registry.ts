/**
 * The loaded rooms: loads a document on the first join, unloads it a while after the last
 * socket left, pings every socket, and closes everything on shutdown.
 *
 * Unload race: a client that reconnects while its room is about to unload must find either
 * the live room or a freshly loaded one, never a half-destroyed one. The store port is
 * synchronous, so load and unload each run to completion inside one tick and cannot
 * interleave with a join; the only deferred step is the idle timer, which a join cancels and
 * which re-checks that the room is still empty and still the registered one before unloading.
 * (An asynchronous store would have to keep an `unloading` promise per id here and make
 * `connect` wait for it before loading again.)
 */
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import type { EditOrigin } from '../../shared/doc/index.ts';
import { CLOSE, type CloseSpec } from '../../shared/protocol.ts';
import type { Access, Principal } from '../auth/principal.ts';
import type { ServerConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import type { DocumentStore } from '../persistence/document-store.ts';
import { replayUpdates } from '../persistence/replay.ts';
import type { Connection } from './connection.ts';
import { NO_PEERS, selects, type PeerAnnouncer, type PeerEvent, type SocketSelector } from './fanout/peer-events.ts';
import { isBudgetDocId } from '../../shared/budget/document-id.ts';
import { budgetPolicy } from './budget-policy.ts';
import { programmePolicy } from './programme-policy.ts';
import { Room, type RoomHooks } from './room.ts';
import { StorageBudget } from './storage-budget.ts';
import type { UpdatePolicy } from './update-policy.ts';

/** The update policy of a document's room, picked when the room loads. */
export type PolicyPicker = (docId: string) => UpdatePolicy;

/** Budget plans get their own policy, every other document the programme policy. */
export const documentPolicy: PolicyPicker = (docId) => (isBudgetDocId(docId) ? budgetPolicy : programmePolicy);

export type RegistryConfig = Pick<
  ServerConfig,
  'compactThreshold' | 'maxMessageBytes' | 'backpressureBytes' | 'heartbeatMs' | 'roomIdleMs' | 'storage'
>;

const DOCUMENT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const SHUTDOWN_GRACE_MS = 2_000;

/** The rooms' hooks, and one the registry calls after a room unloaded. */
export type RegistryHooks = RoomHooks & { onUnloaded?(room: Room): void };

export interface Membership {
  room: Room;
  conn: Connection;
}

export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly closeHooks: Array<() => unknown> = [];
  private closing = false;
  /** Outlives the rooms: reconnecting to a reloaded room must not reset anyone's budget. */
  private readonly budget: StorageBudget;
  /** The other processes of this service (server/sync/fanout/), or nobody. */
  private peers: PeerAnnouncer = NO_PEERS;

  constructor(
    private readonly store: DocumentStore,
    private readonly config: RegistryConfig,
    private readonly log: Logger,
    private readonly hooks: RegistryHooks = {},
    /**
     * Default: the budget policy for budget plans, the programme policy for every other room.
     * start.ts passes one that gives werkatelier docs their own; the programme policy refuses
     * every update from a werkatelier access.
     */
    private readonly policyFor: PolicyPicker = documentPolicy,
  ) {
    this.heartbeat = setInterval(() => this.beat(), config.heartbeatMs);
    this.budget = new StorageBudget(config.storage.userBytesPerHour);
  }

  /** Joins a socket to its document's room, or closes it when that cannot be. */
  connect(docId: string, socket: WebSocket, principal: Principal, access: Access): Membership | null {
    if (this.closing) {
      socket.close(CLOSE.serverShutdown.code, CLOSE.serverShutdown.reason);
      return null;
    }
    let room: Room;
    try {
      const existing = this.liveRoom(docId);
      if (existing) {
        room = existing;
      } else if (DOCUMENT_ID.test(docId) && this.store.hasDocument(docId)) {
        room = this.load(docId);
      } else {
        this.log.warn('connection refused', { docId: docId.slice(0, 80), code: CLOSE.unknownDocument.code, reason: CLOSE.unknownDocument.reason });
        socket.close(CLOSE.unknownDocument.code, CLOSE.unknownDocument.reason);
        return null;
      }
    } catch (error) {
      this.log.error('room could not be loaded', { docId, error });
      socket.close(CLOSE.storageFailed.code, CLOSE.storageFailed.reason);
      return null;
    }
    this.cancelIdle(docId);
    return { room, conn: room.join(socket, principal, access) };
  }

  isLoaded(docId: string): boolean {
    return this.rooms.has(docId);
  }

  /** Loaded here, or perhaps on another process of the service (then nobody here can tell). */
  mayBeOpen(docId: string): boolean {
    return this.rooms.has(docId) || this.peers.shared;
  }

  /** Set once at start when other processes share the storage (server/sync/fanout/). */
  attachPeers(peers: PeerAnnouncer): void {
    this.peers = peers;
  }

  /** Tells the other processes something about sockets; this process has acted on it already. */
  announce(event: PeerEvent): void {
    this.peers.announce(event);
  }

  connectionCount(docId: string): number {
    return this.rooms.get(docId)?.connections.size ?? 0;
  }

  /** Reads the current state: from the live room if loaded, else straight from the store. */
  readDocument<T>(docId: string, read: (doc: Y.Doc) => T): T | undefined {
    const room = this.liveRoom(docId);
    if (room) return read(room.doc);
    if (!this.store.hasDocument(docId)) return undefined;
    const doc = new Y.Doc();
    try {
      replayUpdates(doc, this.store.load(docId), (index, error) =>
        this.log.error('stored update could not be applied; skipped', { docId, index, error }),
      );
      return read(doc);
    } finally {
      doc.destroy();
    }
  }

  /**
   * A server-side change (a restore) through the document's room, loaded for it if needed, so
   * it is stored, relayed and recorded like any edit. Undefined when there is no such document.
   */
  changeDocument<T>(docId: string, origin: EditOrigin, change: (doc: Y.Doc) => T): T | undefined {
    if (this.closing) throw new Error('server is shutting down');
    let room = this.liveRoom(docId);
    if (!room) {
      if (!DOCUMENT_ID.test(docId) || !this.store.hasDocument(docId)) return undefined;
      room = this.load(docId);
    }
    try {
      return room.applyServerChange(origin, change);
    } finally {
      if (room.connections.size === 0) this.scheduleUnload(room);
    }
  }

  /**
   * Closes every socket the predicate picks (sign-out, changed rights, a closed werkatelier);
   * answers how many were closed.
   */
  dropWhere(predicate: (conn: Connection, room: Room) => boolean, spec: CloseSpec, detail: string): number {
    let dropped = 0;
    for (const room of [...this.rooms.values()]) {
      for (const conn of [...room.connections]) {
        if (!predicate(conn, room)) continue;
        room.drop(conn, spec, detail);
        dropped++;
      }
    }
    return dropped;
  }

  /**
   * dropWhere for what other processes can pick too: closes the selected sockets here and
   * announces it, so every process of the service closes its own (sign-outs, deactivations,
   * an archived programme, a closed werkatelier).
   */
  dropSelected(selector: SocketSelector, spec: CloseSpec, detail: string): number {
    this.peers.announce({ type: 'drop', selector, code: spec.code, detail });
    return this.dropWhere((conn, room) => selects(selector, conn, room.id), spec, detail);
  }

  /** Runs after the rooms closed on shutdown: for resources that live as long as the server (the PDF browser). */
  onClose(hook: () => unknown): void {
    this.closeHooks.push(hook);
  }

  stats(): { rooms: number; connections: number } {
    let connections = 0;
    for (const room of this.rooms.values()) connections += room.connections.size;
    return { rooms: this.rooms.size, connections };
  }

  /** Closes every socket (1001, clients reconnect later), unloads every room. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    clearInterval(this.heartbeat);
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
    const sockets: WebSocket[] = [];
    for (const room of this.rooms.values()) {
      for (const conn of [...room.connections]) {
        sockets.push(conn.socket);
        room.leave(conn);
        conn.close(CLOSE.serverShutdown);
      }
      this.unloadRoom(room);
    }
    this.rooms.clear();
    await closedOrTerminated(sockets, SHUTDOWN_GRACE_MS);
    await Promise.allSettled(this.closeHooks.map(async (hook) => hook()));
  }

  /** The loaded room, unless a failed group commit broke it (room.ts): then it is dropped, to be loaded afresh. */
  private liveRoom(docId: string): Room | undefined {
    const room = this.rooms.get(docId);
    if (!room?.broken) return room;
    this.rooms.delete(docId);
    this.cancelIdle(docId);
    room.unload();
    return undefined;
  }

  private load(docId: string): Room {
    const started = performance.now();
    const room = new Room(docId, this.store, this.config, this.log, (empty) => this.scheduleUnload(empty), this.hooks, this.policyFor(docId), this.budget);
    this.rooms.set(docId, room);
    this.log.info('room loaded', { docId, ms: Math.round(performance.now() - started) });
    return room;
  }

  private scheduleUnload(room: Room): void {
    if (this.closing) return;
    this.cancelIdle(room.id);
    // Always deferred, even with roomIdleMs = 0: the last leave may happen inside the room's
    // own update relay, which must not see its doc destroyed underneath it.
    const timer = setTimeout(() => {
      this.idleTimers.delete(room.id);
      if (this.rooms.get(room.id) !== room || room.connections.size > 0) return;
      this.rooms.delete(room.id);
      this.unloadRoom(room);
    }, this.config.roomIdleMs);
    this.idleTimers.set(room.id, timer);
  }

  private unloadRoom(room: Room): void {
    room.unload();
    try {
      this.hooks.onUnloaded?.(room);
    } catch (error) {
      this.log.error('onUnloaded hook failed', { docId: room.id, error });
    }
  }

  private cancelIdle(docId: string): void {
    const timer = this.idleTimers.get(docId);
    if (timer) {
      clearTimeout(timer);
      this.idleTimers.delete(docId);
    }
  }

  private beat(): void {
    for (const room of this.rooms.values()) {
      for (const conn of [...room.connections]) {
        if (!conn.alive) {
          conn.log.info('connection lost (no pong)');
          room.leave(conn);
          conn.terminate();
          continue;
        }
        conn.alive = false;
        try {
          conn.ping();
        } catch {
          room.leave(conn);
          conn.terminate();
        }
      }
    }
  }
}

async function closedOrTerminated(sockets: WebSocket[], graceMs: number): Promise<void> {
  const open = sockets.filter((s) => s.readyState !== s.CLOSED);
  if (open.length === 0) return;
  await Promise.race([
    Promise.all(open.map((s) => new Promise<void>((resolve) => s.once('close', () => resolve())))),
    new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref()),
  ]);
  for (const socket of open) if (socket.readyState !== socket.CLOSED) socket.terminate();
}
