/**
 * Presence between processes for one room. What this process's sockets announce (their gate
 * applied it, origin: the Connection) and the removal of a state when its socket leaves
 * (origin null) are published; states from other processes are applied with the REMOTE
 * origin, relayed by the room to its own sockets like any state, and never published again.
 * Knows which states are whose, so it can answer another process's query with its own sockets'
 * states only, and drop at once the states of a process that died.
 */
import * as awarenessProtocol from 'y-protocols/awareness';
import { Connection } from '../connection.ts';
import type { Room } from '../room.ts';
import { REMOTE } from './remote-origin.ts';

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

export class RoomAwareness {
  private readonly local = new Set<number>();
  /** Client id -> the process whose socket holds it. */
  private readonly remote = new Map<number, string>();
  private applyingFrom: string | null = null;
  private readonly listener = (change: AwarenessChange, origin: unknown) => this.changed(change, origin);

  constructor(
    private readonly room: Room,
    private readonly publish: (update: Uint8Array) => void,
  ) {
    room.awareness.on('update', this.listener);
  }

  /** An awareness update another process published. */
  applyRemote(peer: string, update: Uint8Array): void {
    this.applyingFrom = peer;
    try {
      awarenessProtocol.applyAwarenessUpdate(this.room.awareness, update, REMOTE);
    } finally {
      this.applyingFrom = null;
    }
  }

  /** The states of this process's sockets, for a process that asked; null when there are none. */
  localStates(): Uint8Array | null {
    const ids = [...this.local].filter((id) => this.room.awareness.getStates().has(id));
    return ids.length > 0 ? awarenessProtocol.encodeAwarenessUpdate(this.room.awareness, ids) : null;
  }

  /** A process died: its sockets' presence goes now, not after Awareness's timeout. */
  dropPeer(peer: string): void {
    const ids = [...this.remote].filter(([, owner]) => owner === peer).map(([id]) => id);
    if (ids.length > 0) awarenessProtocol.removeAwarenessStates(this.room.awareness, ids, REMOTE);
  }

  stop(): void {
    this.room.awareness.off('update', this.listener);
  }

  private changed({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    if (origin === REMOTE) {
      if (this.applyingFrom !== null) for (const id of [...added, ...updated]) this.remote.set(id, this.applyingFrom);
      for (const id of removed) this.remote.delete(id);
      return;
    }
    for (const id of removed) this.remote.delete(id);
    if (origin instanceof Connection) {
      for (const id of [...added, ...updated]) {
        this.local.add(id);
        this.remote.delete(id);
      }
      for (const id of removed) this.local.delete(id);
      const ids = [...added, ...updated, ...removed];
      if (ids.length > 0) this.publish(awarenessProtocol.encodeAwarenessUpdate(this.room.awareness, ids));
      return;
    }
    // origin null: the room removed the state of a socket that left; 'timeout': Awareness
    // expired it, which every process does by itself.
    const gone = removed.filter((id) => this.local.delete(id));
    if (origin === null && gone.length > 0) this.publish(awarenessProtocol.encodeAwarenessUpdate(this.room.awareness, gone));
  }
}
