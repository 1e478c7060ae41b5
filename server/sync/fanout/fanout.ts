/**
 * Several Koers processes on one storage as one service, through Redis pub/sub
 * (KOERS_REDIS_URL). Per document, while its room is open here:
 *
 * - subscribe to its channel when the room opens, unsubscribe when it unloads;
 * - publish `[this process, document, update]` for every update the room relayed, which it
 *   stored first (Room's onRelayed hook): stored before acknowledged, stored before published;
 * - apply what other processes published (Room.applyRemote, origin REMOTE): relayed to the
 *   sockets here, never stored, recorded in cell history or published again; what this process
 *   published itself comes back from Redis and is skipped by its origin;
 * - presence the same way (room-awareness.ts);
 * - one compactor per document (compaction-lease.ts).
 *
 * Nothing relies on Redis delivering everything: whenever a publication may have been missed
 * (the subscription was not confirmed yet, the connection to Redis came back, a peer said it
 * came back, a peer died without a goodbye) the room catches up from storage (catch-up.ts).
 *
 * Announcements about sockets (peer-events.ts) travel on the peers channel with the heartbeats.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Logger } from '../../log.ts';
import type { DocumentStore } from '../../persistence/document-store.ts';
import type { Room, RoomHooks } from '../room.ts';
import { missingFromStorage } from './catch-up.ts';
import { documentChannel, peersChannel } from './channels.ts';
import { CompactionLeases } from './compaction-lease.ts';
import { HEARTBEAT_MS, PeerLiveness } from './peer-liveness.ts';
import type { PeerAnnouncer, PeerEvent } from './peer-events.ts';
import type { RedisConnections } from './redis-connections.ts';
import { REMOTE } from './remote-origin.ts';
import { RoomAwareness } from './room-awareness.ts';
import { decodeDocumentMessage, decodePeerMessage, encodeDocumentMessage, encodePeerMessage, KIND, type PeerMessage } from './wire.ts';

/** Catch-ups asked for within this long are done together. */
const CATCH_UP_DELAY_MS = 50;

export interface FanoutDeps {
  redis: RedisConnections;
  prefix: string;
  store: Pick<DocumentStore, 'load'>;
  log: Logger;
  processId?: string;
}

interface OpenRoom {
  room: Room;
  awareness: RoomAwareness;
}

export class Fanout {
  readonly processId: string;
  /** For RoomRegistry: what every room here does with the other processes. */
  readonly hooks: Required<Pick<RoomHooks, 'onLoaded' | 'onRelayed' | 'mayCompact'>> & { onUnloaded(room: Room): void };
  /** For RoomRegistry.attachPeers. */
  readonly peers: PeerAnnouncer;
  /** Set once the server is wired (start.ts): acts on another process's announcement here. */
  onPeerEvent: (event: PeerEvent) => void = () => {};

  private readonly rooms = new Map<string, OpenRoom>();
  private readonly leases: CompactionLeases;
  private readonly liveness: PeerLiveness;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly pendingCatchUp = new Set<string>();
  private catchUpTimer: NodeJS.Timeout | null = null;
  private readonly log: Logger;
  private commandsWereReady = false;
  private closed = false;

  constructor(private readonly deps: FanoutDeps) {
    this.processId = deps.processId ?? Fanout.newProcessId();
    this.log = deps.log.child({ fanout: this.processId });
    const { commands, subscriber } = deps.redis;
    this.leases = new CompactionLeases(commands, deps.prefix, this.processId, this.log);
    this.liveness = new PeerLiveness((peer, why) => this.peerGone(peer, why));
    this.hooks = {
      onLoaded: (room) => this.opened(room),
      onRelayed: (room, update) => this.publishDocument(room.id, KIND.update, update),
      mayCompact: (room) => this.leases.holds(room.id),
      onUnloaded: (room) => this.unloaded(room),
    };
    this.peers = { announce: (event) => this.publishPeers({ from: this.processId, type: 'event', event }), shared: true };
    subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => this.received(channel.toString(), message));
    subscriber.on('ready', () => void this.subscribeAll());
    commands.on('ready', () => {
      // Back after an outage: what this process published meanwhile may not have arrived.
      if (this.commandsWereReady) this.publishPeers({ from: this.processId, type: 'rejoined' });
      this.commandsWereReady = true;
    });
    if (commands.status === 'ready') this.commandsWereReady = true;
    if (subscriber.status === 'ready') void this.subscribeAll();
    this.heartbeat = setInterval(() => {
      this.publishPeers({ from: this.processId, type: 'alive' });
      this.liveness.check();
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** The command connection, for what else the processes share through Redis (started sign-ins). */
  get commands(): RedisConnections['commands'] {
    return this.deps.redis.commands;
  }

  /** Unique per start: host, pid and a random part (a restarted process is a new peer). */
  static newProcessId(): string {
    return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  }

  /** Says goodbye and stops; the rooms have unloaded before (RoomRegistry.close). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.heartbeat);
    if (this.catchUpTimer) clearTimeout(this.catchUpTimer);
    this.leases.stop();
    await this.deps.redis.commands.publish(peersChannel(this.deps.prefix), encodePeerMessage({ from: this.processId, type: 'bye' })).catch(() => {});
    await this.deps.redis.close();
  }

  private opened(room: Room): void {
    const open: OpenRoom = { room, awareness: new RoomAwareness(room, (update) => this.publishDocument(room.id, KIND.awareness, update)) };
    this.rooms.set(room.id, open);
    this.leases.track(room.id);
    void this.subscribe([room.id]);
  }

  private unloaded(room: Room): void {
    const open = this.rooms.get(room.id);
    if (!open || open.room !== room) return;
    open.awareness.stop();
    this.rooms.delete(room.id);
    this.leases.untrack(room.id);
    this.pendingCatchUp.delete(room.id);
    if (this.deps.redis.subscriber.status === 'ready') this.deps.redis.subscriber.unsubscribe(documentChannel(this.deps.prefix, room.id)).catch(() => {});
  }

  /**
   * Subscribes, then catches up from storage, asks the others for their presence and tells
   * them its own: whatever was published before the subscription was confirmed is in storage
   * already, and presence that changed while Redis was away would otherwise wait for the next
   * renewal (15 s) wherever the other process subscribed again before this one did and so
   * asked while nobody here could answer.
   */
  private async subscribe(docIds: string[]): Promise<void> {
    if (docIds.length === 0) return;
    try {
      await this.deps.redis.subscriber.subscribe(...docIds.map((id) => documentChannel(this.deps.prefix, id)));
    } catch {
      return; // not connected: subscribeAll runs when it is
    }
    for (const docId of docIds) {
      if (!this.rooms.has(docId)) continue;
      this.catchUp(docId);
      this.publishDocument(docId, KIND.awarenessQuery, new Uint8Array(0));
      const states = this.rooms.get(docId)!.awareness.localStates();
      if (states) this.publishDocument(docId, KIND.awareness, states);
    }
  }

  /** On every (re)connection of the subscriber: the peers channel and every open room's channel. */
  private async subscribeAll(): Promise<void> {
    if (this.closed) return;
    try {
      await this.deps.redis.subscriber.subscribe(peersChannel(this.deps.prefix));
    } catch (error) {
      this.log.warn('redis subscribe failed', { error });
      return;
    }
    const docIds = [...this.rooms.keys()];
    if (docIds.length > 0) this.log.info('redis subscriptions restored; catching up from storage', { rooms: docIds.length });
    await this.subscribe(docIds);
  }

  private received(channel: string, message: Buffer): void {
    if (this.closed) return;
    if (channel === peersChannel(this.deps.prefix)) return this.receivedPeers(message.toString('utf8'));
    const decoded = decodeDocumentMessage(message);
    if (!decoded || decoded.origin === this.processId) return;
    this.liveness.seen(decoded.origin);
    const open = this.rooms.get(decoded.docId);
    if (!open) return;
    switch (decoded.kind) {
      case KIND.update:
        try {
          open.room.applyRemote(decoded.payload, REMOTE);
        } catch (error) {
          // Storage holds it: the room gets it from there.
          this.log.error('remote update could not be applied; catching up from storage', { docId: decoded.docId, error });
          this.catchUp(decoded.docId);
        }
        return;
      case KIND.awareness:
        try {
          open.awareness.applyRemote(decoded.origin, decoded.payload);
        } catch (error) {
          this.log.warn('remote awareness update could not be applied', { docId: decoded.docId, error });
        }
        return;
      case KIND.awarenessQuery: {
        const states = open.awareness.localStates();
        if (states) this.publishDocument(decoded.docId, KIND.awareness, states);
        return;
      }
    }
  }

  private receivedPeers(raw: string): void {
    const message = decodePeerMessage(raw);
    if (!message || message.from === this.processId) return;
    if (message.type === 'bye') return this.liveness.left(message.from);
    const isNew = this.liveness.seen(message.from);
    if (isNew) this.log.info('peer process seen', { peer: message.from, peers: this.liveness.count });
    switch (message.type) {
      case 'rejoined':
        this.log.info('peer process reconnected to redis; catching up from storage', { peer: message.from });
        for (const docId of this.rooms.keys()) this.catchUp(docId);
        return;
      case 'event':
        try {
          this.onPeerEvent(message.event);
        } catch (error) {
          this.log.error('peer announcement failed here', { event: message.event.type, error });
        }
        return;
      case 'alive':
        return;
    }
  }

  private peerGone(peer: string, why: 'silent' | 'bye'): void {
    this.log.info('peer process gone', { peer, why, peers: this.liveness.count });
    for (const [docId, open] of this.rooms) {
      open.awareness.dropPeer(peer);
      // A killed peer may have stored an update it never got to publish.
      if (why === 'silent') this.catchUp(docId);
    }
  }

  private catchUp(docId: string): void {
    this.pendingCatchUp.add(docId);
    this.catchUpTimer ??= setTimeout(() => {
      this.catchUpTimer = null;
      const docIds = [...this.pendingCatchUp];
      this.pendingCatchUp.clear();
      for (const id of docIds) this.catchUpNow(id);
    }, CATCH_UP_DELAY_MS);
  }

  private catchUpNow(docId: string): void {
    const open = this.rooms.get(docId);
    if (!open) return;
    try {
      const { update, newStructs } = missingFromStorage(this.deps.store, docId, open.room.doc, (index, error) =>
        this.log.error('stored update could not be applied; skipped', { docId, index, error }),
      );
      open.room.applyRemote(update, REMOTE);
      if (newStructs) this.log.info('caught up from storage', { docId, bytes: update.byteLength });
    } catch (error) {
      this.log.error('catching up from storage failed', { docId, error });
    }
  }

  private publishDocument(docId: string, kind: (typeof KIND)[keyof typeof KIND], payload: Uint8Array): void {
    if (this.closed) return;
    const message = encodeDocumentMessage({ origin: this.processId, docId, kind, payload });
    // Fails at once while Redis is away (no offline queue); the others catch up from storage.
    this.deps.redis.commands.publish(documentChannel(this.deps.prefix, docId), message).catch(() => {});
  }

  private publishPeers(message: PeerMessage): void {
    if (this.closed) return;
    this.deps.redis.commands.publish(peersChannel(this.deps.prefix), encodePeerMessage(message)).catch(() => {});
  }
}
