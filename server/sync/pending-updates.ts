/**
 * Updates a socket sent that build on items the room does not have yet: offline edits typed
 * before the server's sync reply arrived, whose base is still on its way in the sender's sync
 * step 2. Yjs itself would keep such structs pending; the room keeps the raw bytes here instead,
 * per connection, so nothing unjudged is stored, applied or relayed, and retries them once the
 * room applied something. Bounded, because a socket could otherwise park unlimited bytes.
 */

/** Far more than the few edits typed between reconnect and sync reply. */
export const MAX_PENDING_UPDATES = 64;

export class PendingUpdates {
  private updates: Uint8Array[] = [];
  private held = 0;

  /** @param maxBytes total bytes one connection may keep parked */
  constructor(private readonly maxBytes: number) {}

  get size(): number {
    return this.updates.length;
  }

  get bytes(): number {
    return this.held;
  }

  /** False when the update does not fit: the caller closes the socket and the buffer is cleared. */
  hold(update: Uint8Array): boolean {
    if (this.updates.length >= MAX_PENDING_UPDATES || this.held + update.byteLength > this.maxBytes) return false;
    this.updates.push(update);
    this.held += update.byteLength;
    return true;
  }

  /** Empties the buffer and answers what it held, oldest first (still-pending ones are held again). */
  takeAll(): Uint8Array[] {
    const taken = this.updates;
    this.updates = [];
    this.held = 0;
    return taken;
  }

  clear(): void {
    this.takeAll();
  }
}
