/**
 * One client socket in a room: who opened it and what they may do, liveness for the
 * heartbeat, its pending updates, guarded sending.
 */
import type { WebSocket } from 'ws';
import type { CloseSpec } from '../../shared/protocol.ts';
import type { Access, Principal } from '../auth/principal.ts';
import type { Logger } from '../log.ts';
import { PendingUpdates } from './pending-updates.ts';

let lastId = 0;

export class Connection {
  readonly id = ++lastId;
  /** Set by every pong; the heartbeat drops a socket that did not answer the previous ping. */
  alive = true;
  /** performance.now() of the last message sent (presence keep-alive: awareness-relay.ts). */
  lastSentAt = performance.now();
  /** Updates that build on items the room does not have yet (update-steps/hold-pending.ts). */
  readonly pendingUpdates: PendingUpdates;
  readonly log: Logger;

  constructor(
    readonly socket: WebSocket,
    readonly docId: string,
    /**
     * As verified at the upgrade. Its grants are not refreshed: a change of rights closes the
     * socket instead (4403, or 4001 to reconnect with the new access).
     */
    readonly principal: Principal,
    readonly access: Access,
    roomLog: Logger,
    /** What this socket may keep parked in pendingUpdates; one largest message by default. */
    maxPendingBytes = 2 * 1024 * 1024,
  ) {
    this.log = roomLog.child({ conn: this.id });
    this.pendingUpdates = new PendingUpdates(maxPendingBytes);
    socket.on('pong', () => {
      this.alive = true;
    });
  }

  get isOpen(): boolean {
    return this.socket.readyState === this.socket.OPEN;
  }

  /** Bytes queued in user space for this socket: the backpressure measure. */
  get bufferedAmount(): number {
    return this.socket.bufferedAmount;
  }

  send(message: Uint8Array): void {
    if (!this.isOpen) return;
    this.lastSentAt = performance.now();
    // A send error means the socket is going away; its close event cleans up.
    this.socket.send(message, { binary: true }, () => {});
  }

  ping(): void {
    if (this.isOpen) this.socket.ping();
  }

  close(spec: Pick<CloseSpec, 'code' | 'reason'>): void {
    if (this.socket.readyState === this.socket.CLOSED || this.socket.readyState === this.socket.CLOSING) return;
    this.socket.close(spec.code, spec.reason);
  }

  terminate(): void {
    this.socket.terminate();
  }
}
