/**
 * Which other processes are alive, from their heartbeats on the peers channel. A process that
 * was killed says nothing: it is taken for gone when no heartbeat came for GONE_AFTER_MS, and
 * the others then catch up from storage (it may have stored an update it never published) and
 * drop the presence of its sockets, which would otherwise linger for Awareness's 30 s.
 */
export const HEARTBEAT_MS = 1_000;
const GONE_AFTER_MS = 3_500;

export class PeerLiveness {
  private readonly lastSeen = new Map<string, number>();

  constructor(private readonly onGone: (peer: string, why: 'silent' | 'bye') => void) {}

  /** A message from this peer; answers true when it is one not heard from before (or since it went). */
  seen(peer: string, now = Date.now()): boolean {
    const known = this.lastSeen.has(peer);
    this.lastSeen.set(peer, now);
    return !known;
  }

  /** It said goodbye (a clean shutdown). */
  left(peer: string): void {
    if (this.lastSeen.delete(peer)) this.onGone(peer, 'bye');
  }

  /** Runs with every heartbeat of our own. */
  check(now = Date.now()): void {
    for (const [peer, at] of [...this.lastSeen]) {
      if (now - at <= GONE_AFTER_MS) continue;
      this.lastSeen.delete(peer);
      this.onGone(peer, 'silent');
    }
  }

  get count(): number {
    return this.lastSeen.size;
  }
}
